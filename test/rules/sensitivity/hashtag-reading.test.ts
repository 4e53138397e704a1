import { describe, expect, it } from "vitest";
import rule, { brandWords, misreading, readerFor, readings } from "../../../rules/sensitivity/hashtag-reading.ts";
import { testRule } from "../rule-tester.ts";
import { HASHTAG_BRANDS, ORDINARY_HASHTAGS, PROBLEM_HASHTAGS } from "./hashtags.ts";

testRule(rule, {
  valid: [
    { text: "Shot on 35mm in Porto 🎞️ #analogphotography #filmisnotdead", name: "a reading with a lone i inside is one nobody makes" },
    "#TherapistFinder", // capitals say where the words end
    "#classy #assessment #grapeshot #childrenswear",
    "#grassfed #glassart #bassfishing #passiton #masterclass #brassband",
    "#dataanalytics #analogphotography #canalboat #sussexcricket #essexlife",
    "#cumberlandsausage #scunthorpeunited #pornstarmartini #peacockfeathers #cockpitview",
    "#cocktailhour #dickensfestival #scrapbooking #mississippiriver #clitheroecastle",
    "#sexeducation #artsexhibition #kidsexpo #thegratefuldead #deadlinesday",
    "#throwbackthursday #motivationmonday #selfcare #shopsmall #blackfriday #whyistayed",
    "#therapist #rapist", // one word: read as written
    "#the_rapist_finder", // underscores mark the words
    "#Therapist2Finder",
  ],
  invalid: [
    {
      text: "Find help fast: #therapistfinder",
      findings: [{ messageId: "hidden", excerpt: "#therapistfinder", severity: "warn", suggestions: ["#TherapistFinder"] }],
    },
    { text: "#susanalbumparty", findings: [{ messageId: "hidden", excerpt: "#susanalbumparty", suggestions: ["#SusanAlbumParty"] }], name: "Susan Boyle 2012" },
    { text: "#penisland", findings: [{ messageId: "hidden", excerpt: "#penisland", suggestions: ["#PenIsland"] }] },
    { text: "#expertsexchange", findings: [{ messageId: "hidden", excerpt: "#expertsexchange", suggestions: ["#ExpertsExchange"] }] },
    { text: "#whorepresents", findings: [{ messageId: "hidden", excerpt: "#whorepresents", suggestions: ["#WhoRepresents"] }] },
    { text: "#speedofart", findings: [{ messageId: "hidden", excerpt: "#speedofart", suggestions: ["#SpeedOfArt"] }] },
    { text: "#THERAPISTFINDER", findings: [{ messageId: "hidden", excerpt: "#THERAPISTFINDER" }], name: "all capitals" },
    { text: "#Therapistfinder", findings: [{ messageId: "hidden", excerpt: "#Therapistfinder" }], name: "an initial capital only" },
    {
      text: "#nowthatchersdead",
      findings: [{ messageId: "ambiguous", excerpt: "#nowthatchersdead", suggestions: ["#NowThatchersDead"] }],
      name: "Thatcher or Cher, 2013",
    },
    {
      text: "Swap your duplicates at the #writersexchange",
      findings: [{ messageId: "hidden", excerpt: "#writersexchange", suggestions: ["#WritersExchange"] }],
      name: "a modern plural the frequency list lacks is not needed for 'writers'",
    },
    {
      text: "Trade cards at the #streamersexchange tonight",
      findings: [{ messageId: "hidden", excerpt: "#streamersexchange", suggestions: ["#StreamersExchange"] }],
      name: "vocabulary: 'streamers' read as 'streamer sex change'",
    },
    {
      text: "Our team's favourites: #acmesexpertpicks",
      ruleSet: { brand: { names: ["Acme"], accounts: [] } },
      findings: [{ messageId: "hidden", excerpt: "#acmesexpertpicks", suggestions: ["#AcmesExpertPicks"] }],
      name: "a brand's possessive: Acme's expert picks, or acme sexpert picks",
    },
    {
      text: "New reel: #northwindspeedofart",
      ruleSet: { brand: { names: ["Northwind Cycles"], accounts: [] } },
      findings: [{ messageId: "hidden", excerpt: "#northwindspeedofart" }],
      name: "a brand word before the misreading",
    },
  ],
});

describe("ordinary and problem hashtags (test/rules/sensitivity/hashtags.ts)", () => {
  const reader = readerFor(HASHTAG_BRANDS);
  it(`stays quiet on ${ORDINARY_HASHTAGS.length} ordinary hashtags`, () => {
    const flagged = ORDINARY_HASHTAGS.map((t) => [t, reader.misreading(t.slice(1))] as const)
      .filter(([, m]) => m !== undefined)
      .map(([t, m]) => `${t}: "${m!.reading.join(" ")}"`);
    expect(flagged).toEqual([]);
  });
  it.each(PROBLEM_HASHTAGS)("reads $word in $tag", ({ tag, word }) => {
    expect(reader.misreading(tag.slice(1))?.word).toBe(word);
  });
  it("needs the brand's names to read a brand's hashtag", () => {
    expect(misreading("glowesexpertpicks")).toBeUndefined(); // "glowe" is no word without the brand
    expect(reader.misreading("glowesexpertpicks")).toMatchObject({ word: "sexpert", intended: ["glowes", "expert", "picks"] });
  });
  it("takes the words of each name, the whole name, and no fragment too short to read", () => {
    expect(brandWords(["Kestrel Motors", "Crumb & Co", "iBrew"])).toEqual(["kestrel", "motors", "kestrelmotors", "crumb", "crumbco", "ibrew"]);
  });
  it("reads a word that opens a longer one as the longer one", () => {
    expect(reader.misreading("cocktailhour")).toBeUndefined();
    expect(reader.misreading("assamtea")).toBeUndefined();
  });
});

describe("misreading", () => {
  it("gives the reading that exposes the word and the intended one", () => {
    expect(misreading("therapistfinder")).toMatchObject({ word: "rapist", reading: ["the", "rapist", "finder"], intended: ["therapist", "finder"] });
    expect(misreading("expertsexchange")).toMatchObject({ word: "sex", reading: ["expert", "sex", "change"], intended: ["experts", "exchange"] });
  });
  it("needs both sides of the word to read as words", () => {
    expect(misreading("classact")).toBeUndefined(); // "cl" is not a word
    expect(misreading("bassboost")).toBeUndefined();
  });
  it("splits a run into its cheapest readings", () => {
    expect(readings("whyistayed")[0]?.parts).toEqual(["why", "i", "stayed"]);
    expect(readings("nowthatchers", 2).map((r) => r.parts.join(" "))).toEqual(["now thatchers", "now that chers"]);
  });
});
