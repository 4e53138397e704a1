/** The term-list kind's entry conditions, used by the sensitivity pack (lib/engine/kinds/term-list.ts). */
import { describe, expect, it } from "vitest";
import { listHits, reportableHits, termListTerms, type TermKey, type TermList } from "../../../lib/engine/kinds/term-list.ts";
import { NO_INFLECTION } from "../../../lib/engine/inflect.ts";
import { TermMatcher } from "../../../lib/engine/matcher.ts";
import type { Hit } from "../../../lib/engine/rule.ts";
import { parseTerm, termVariants } from "../../../lib/engine/terms.ts";
import { tokenize } from "../../../lib/engine/tokenize.ts";

const LIST: TermList = {
  about: "test",
  entries: [
    { terms: ["#MeToo"], note: "hashtag only", source: "test", hashtagOnly: true },
    { terms: ["RIP"], note: "capitals only", source: "test", matchCase: true, inflect: false },
    { terms: ["pray for"], note: "a hashtag prefix", source: "test", hashtagOnly: true },
    { terms: ["Never Forget"], note: "mild", source: "test", severity: "info", matchCase: true },
    { terms: ["#NeverForget"], note: "strong", source: "test", severity: "warn", hashtagOnly: true },
    { terms: ["/[#＃]justicefor\\p{L}+/"], note: "a pattern", source: "test" },
    { terms: ["storm"], note: "plain", source: "test", group: "weather" },
  ],
  safe: [{ terms: ["storm of compliments"], note: "idiom" }],
};

/** What the engine would hand the rule: its hits in text order, longest first. */
function hitsOf(text: string, list: TermList, skip: string[] = []): Hit<TermKey>[] {
  const matcher = new TermMatcher();
  const keys: TermKey[] = [];
  const hits: Hit<TermKey>[] = [];
  for (const spec of termListTerms(list, skip, { native: true })) {
    const parsed = parseTerm(spec.term, { native: spec.native });
    if (parsed.kind === "regex") {
      for (const [start, end] of parsed.find(text)) hits.push({ key: spec.key, start, end });
      continue;
    }
    keys.push(spec.key);
    for (const words of termVariants(parsed, NO_INFLECTION)) matcher.addWords(words, keys.length - 1);
  }
  for (const h of matcher.match(tokenize(text))) hits.push({ key: keys[h.entry]!, start: h.start, end: h.end });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

const found = (text: string, skip: string[] = []) =>
  listHits(LIST, text, tokenize(text), hitsOf(text, LIST, skip)).map((h) => `${h.key}:${text.slice(h.start, h.end)}`);

describe("term lists: entry conditions", () => {
  it("matches a hashtagOnly entry only as a hashtag", () => {
    expect(found("Me too! #MeToo")).toEqual(["0:#MeToo"]);
    expect(found("#metoo")).toEqual(["0:#metoo"]);
  });

  it("widens a hashtagOnly hit to its whole hashtag", () => {
    expect(found("#PrayForParis and pray for rain")).toEqual(["2:#PrayForParis"]);
  });

  it("matches a matchCase entry only in its capitals, inside hashtags too", () => {
    expect(found("RIP Carrie. rip-stop, Rip Curl, #RIPKobe, #ripcurl")).toEqual(["1:RIP", "1:#RIP"]);
  });

  it("prefers the most severe of entries matching the same text", () => {
    expect(found("#NeverForget")).toEqual(["4:#NeverForget"]);
    expect(found("Never Forget. never forget")).toEqual(["3:Never Forget"]);
  });

  it("runs pattern terms natively", () => {
    expect(found("#JusticeForAll")).toEqual(["5:#JusticeForAll"]);
  });

  it("drops hits inside safe phrases and skipped groups", () => {
    expect(found("A storm of compliments after the storm")).toEqual(["6:storm"]);
    expect(found("the storm", ["weather"])).toEqual([]);
  });

  it("keeps reportableHits as it was: safe phrases and one hit per span, no entry conditions", () => {
    const text = "me too";
    expect(reportableHits(hitsOf(text, LIST)).map((h) => h.key)).toEqual([0]);
  });
});
