import { describe, expect, it } from "vitest";
import rule, { misreading, readings } from "../../../rules/sensitivity/hashtag-reading.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
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
  ],
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
