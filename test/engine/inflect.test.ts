import { describe, expect, it } from "vitest";
import { spelledForms } from "../../lib/engine/kinds/term-list.ts";
import { spellingForms } from "../../lib/engine/inflect.ts";

describe("spellingForms", () => {
  it.each([
    ["spaz", ["spaz", "spazzes", "spazzed", "spazzing", "spazzy"]],
    ["stop", ["stop", "stops", "stopped", "stopping", "stoppy"]],
    ["toke", ["toke", "tokes", "toked", "toking", "toky"]],
    ["ditzy", ["ditzy", "ditzies", "ditzied", "ditzying"]],
    ["fix", ["fix", "fixes", "fixed", "fixing", "fixy"]],
    ["psycho", ["psycho", "psychos", "psychoed", "psychoing"]],
  ])("inflects %s by spelling rules", (word, forms) => {
    expect(spellingForms(word)).toEqual(forms);
  });

  it("doubles a final consonant only in a word of one syllable", () => {
    expect(spellingForms("spacker")).toContain("spackered");
    expect(spellingForms("spacker")).not.toContain("spackerred");
  });

  it("leaves anything but a plain word as it is", () => {
    expect(spellingForms("r2d2")).toEqual(["r2d2"]);
    expect(spellingForms("a")).toEqual(["a"]);
  });
});

describe("spelledForms (term-list entries with forms: spelling)", () => {
  it("inflects the last word of a term and drops derived forms that are everyday words", () => {
    expect(spelledForms("tard")).toEqual(["tard", "tards", "tarded", "tarding"]); // not "tardy"
    expect(spelledForms("total spaz")).toContain("total spazzing");
  });
  it("keeps a regular expression as written", () => {
    expect(spelledForms("/sp[a]z/")).toEqual(["/sp[a]z/"]);
  });
});
