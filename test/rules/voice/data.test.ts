/**
 * The brand-voice data files: every entry explained (a note and a source), no duplicates, every
 * term parses (regular expressions on both engines), and every group has its message.
 */
import { describe, expect, it } from "vitest";
import { parseTerm } from "../../../lib/engine/terms.ts";
import { PLATFORMS } from "../../../lib/engine/types.ts";
import acronyms from "../../../rules/voice/acronyms.json" with { type: "json" };
import claims from "../../../rules/voice/claims.json" with { type: "json" };
import disclosure from "../../../rules/voice/disclosure.json" with { type: "json" };
import formality from "../../../rules/voice/formality.json" with { type: "json" };
import platforms from "../../../rules/voice/platforms.json" with { type: "json" };
import { AcronymsSchema } from "../../../rules/voice/all-caps.ts";
import claimsRule, { CLAIM_GROUPS } from "../../../rules/voice/claims.ts";
import { DisclosureFileSchema } from "../../../rules/voice/disclosure.ts";
import { PlatformsSchema, VoiceListSchema, type VoiceEntry } from "../../../rules/voice/support/data.ts";

const isRegex = (t: string) => /^\/.+\/[a-z]*$/s.test(t);

/** What the matcher sees of a term: its folded words, or the regular expression's source. */
function identity(term: string): string {
  const parsed = parseTerm(term);
  return parsed.kind === "regex" ? `/${parsed.source}/` : parsed.words.join(" ");
}

function checkEntries(entries: readonly VoiceEntry[], extraTerms: readonly string[] = []) {
  it("explains every entry with a note and a source", () => {
    for (const e of entries) {
      expect(e.note.trim(), e.terms[0]).not.toBe("");
      expect(e.source.trim(), e.terms[0]).not.toBe("");
    }
  });
  it("has terms that parse, regular expressions on both engines", () => {
    for (const term of [...entries.flatMap((e) => e.terms), ...extraTerms]) {
      expect(() => parseTerm(term), term).not.toThrow();
      if (isRegex(term)) {
        const native = parseTerm(term, { native: true });
        expect(native.kind).toBe("regex");
        if (native.kind === "regex") expect(native.find("an ordinary sentence with nothing in it"), term).toEqual([]);
      }
    }
  });
  it("has no duplicate terms", () => {
    const seen = new Map<string, string>();
    for (const term of [...entries.flatMap((e) => e.terms), ...extraTerms]) {
      const id = identity(term);
      expect(seen.get(id), `${term} repeats ${seen.get(id)}`).toBeUndefined();
      seen.set(id, term);
    }
  });
}

describe("rules/voice/claims.json", () => {
  const list = VoiceListSchema.parse(claims);
  checkEntries(list.entries, list.safe?.flatMap((s) => s.terms));
  it("gives every entry a known group with a message", () => {
    for (const e of list.entries) {
      expect(CLAIM_GROUPS, e.terms[0]).toContain(e.group);
      expect(claimsRule.meta.messages, e.group).toHaveProperty(`${e.group}Claim`);
    }
  });
  it("explains every safe phrase", () => {
    for (const s of list.safe ?? []) expect(s.note.trim()).not.toBe("");
  });
});

describe("rules/voice/disclosure.json", () => {
  const file = DisclosureFileSchema.parse(disclosure);
  checkEntries([...file.triggers, ...file.disclosures]);
  it("never lists a term as both a trigger and a disclosure", () => {
    const disclosures = new Set(file.disclosures.flatMap((e) => e.terms.map(identity)));
    for (const t of file.triggers.flatMap((e) => e.terms)) expect(disclosures.has(identity(t)), t).toBe(false);
  });
});

describe("rules/voice/formality.json", () => {
  const list = VoiceListSchema.parse(formality);
  checkEntries(list.entries);
  it("has only slang and contractions", () => {
    for (const e of list.entries) expect(["slang", "contraction"]).toContain(e.group);
  });
  it("writes every contraction with its apostrophe and a spelled-out suggestion", () => {
    for (const e of list.entries.filter((x) => x.group === "contraction")) {
      for (const t of e.terms) expect(t).toMatch(/^[A-Za-z]+'[a-z]+$/);
      expect(e.suggest?.[0], e.terms[0]).toMatch(/^[A-Za-z]+( [a-z]+)?$/);
    }
  });
  it("lists no slang that folds into an everyday word", () => {
    // "we're" would fold to "were": such forms belong with the contractions, matched as written.
    for (const t of list.entries.filter((x) => x.group === "slang").flatMap((x) => x.terms)) {
      expect(["were", "well", "ill", "its", "hell", "shell", "wed", "shed", "id", "cant", "wont", "lets"]).not.toContain(identity(t));
    }
  });
});

describe("rules/voice/acronyms.json", () => {
  const file = AcronymsSchema.parse(acronyms);
  it("explains every group and writes every acronym in capitals, once", () => {
    const all = file.groups.flatMap((g) => g.terms);
    for (const g of file.groups) {
      expect(g.note.trim()).not.toBe("");
      expect(g.source.trim()).not.toBe("");
    }
    for (const t of all) expect(t).toMatch(/^[A-Z]{3,}$/);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("rules/voice/platforms.json", () => {
  const file = PlatformsSchema.parse(platforms);
  it("knows every built-in platform", () => {
    expect(Object.keys(file.platforms).sort()).toEqual([...PLATFORMS].sort());
  });
  it("explains every limit", () => {
    for (const [id, p] of Object.entries(file.platforms)) {
      expect(p.length.note.trim(), id).not.toBe("");
      expect(p.length.source.trim(), id).not.toBe("");
      if (p.hashtags) {
        expect(p.hashtags.source.trim(), id).not.toBe("");
        if (p.hashtags.limit !== undefined) expect(p.hashtags.advised, id).toBeLessThanOrEqual(p.hashtags.limit);
      }
    }
  });
  it("has the limits the platforms publish", () => {
    const max = Object.fromEntries(Object.entries(file.platforms).map(([id, p]) => [id, p.length.max]));
    expect(max).toEqual({
      x: 280,
      threads: 500,
      bluesky: 300,
      mastodon: 500,
      instagram: 2200,
      linkedin: 3000,
      facebook: 63206,
      tiktok: 4000,
      pinterest: 500,
      youtube: 10000,
      reddit: 40000,
    });
  });
});
