// Issue 12b: the verdict on an approval code is the background's: checked against the rule set in
// force and the tab's site, spent once, and logged with the approver (a page cannot claim one).
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Browser } from "wxt/browser";
import { signAnswer } from "../../lib/approval/answer.ts";
import { createRequest, postDigest, type PostFacts } from "../../lib/approval/request.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { generateKeyPair, importPrivateKey, type KeyPair } from "../../lib/ruleset/sign.ts";
import { DecisionReportSchema } from "../../lib/state/messages.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

const load = async () => ({
  items: await import("../../lib/state/items.ts"),
  inForce: await import("../../lib/sync/in-force.ts"),
  background: await import("../../lib/state/background.ts"),
});

const X_TAB: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: "https://x.com/compose/post" };
const POST: PostFacts = { text: "Storm sale!", platform: "x", account: "acme", rules: ["crisis/active"] };
const decision = { rules: [{ id: "crisis/active", severity: "block" as const }], crisis: true, decision: "edit" as const };

let ann: KeyPair;
let team: RuleSet;
beforeAll(async () => {
  ann = await generateKeyPair();
  team = {
    schema: "preflight.ruleset/1",
    id: "acme",
    version: 1,
    issuedAt: "2026-11-01T00:00:00Z",
    spokespeople: [{ id: "ann@acme.example", accounts: ["*"], key: ann.publicKey }],
    crisis: { active: true, requireApproval: true },
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

async function approved(post: PostFacts = POST) {
  const { request } = await createRequest(post);
  const { key, raw } = await importPrivateKey(ann.privateKey);
  const { code } = await signAnswer(request, { privateKey: key, publicKeyRaw: raw, approver: "ann@acme.example" });
  return { code, digest: await postDigest(POST, request.nonce) };
}

describe("approval.verify", () => {
  test("a valid code releases the post once, logged by the background with the approver", async () => {
    const { items, inForce, background } = await load();
    await inForce.teamRuleSetItem.set(team);
    await items.identityItem.set({ author: "bob@acme.example" });
    const { code, digest } = await approved();
    const ask = { type: "approval.verify" as const, site: "x", answer: code, digest, decision };
    expect(await background.answer(ask, X_TAB)).toEqual({ ok: true, approvedBy: "ann@acme.example" });
    const [logged] = await items.decisionsItem.get();
    expect(logged).toMatchObject({ platform: "x", author: "bob@acme.example", decision: "override", approvedBy: "ann@acme.example", crisis: true });
    // The same code again: spent.
    expect(await background.answer(ask, X_TAB)).toEqual({ ok: false, problem: "answerUsed", params: {} });
    expect(await items.decisionsItem.get()).toHaveLength(1);
  });

  test("a code for another text is refused, and nothing is logged", async () => {
    const { items, inForce, background } = await load();
    await inForce.teamRuleSetItem.set(team);
    const { code } = await approved();
    const { request } = await createRequest(POST);
    const other = await postDigest({ ...POST, text: "Storm sale! Today only" }, request.nonce);
    expect(await background.answer({ type: "approval.verify", site: "x", answer: code, digest: other, decision }, X_TAB)).toMatchObject({ ok: false, problem: "wrongPost" });
    expect(await items.decisionsItem.get()).toEqual([]);
  });

  test("without the approver in the rule set in force, the code is refused", async () => {
    const { items, inForce, background } = await load();
    await inForce.teamRuleSetItem.set({ ...team, spokespeople: [] });
    const { code, digest } = await approved();
    expect(await background.answer({ type: "approval.verify", site: "x", answer: code, digest, decision }, X_TAB)).toMatchObject({ ok: false, problem: "unknownApprover" });
    expect(await items.decisionsItem.get()).toEqual([]);
  });

  test("a code checked from a tab on another platform is refused", async () => {
    const { inForce, background } = await load();
    await inForce.teamRuleSetItem.set(team);
    const { code, digest } = await approved();
    const linkedIn = { ...X_TAB, url: "https://www.linkedin.com/feed/" };
    expect(await background.answer({ type: "approval.verify", site: "x", answer: code, digest, decision }, linkedIn)).toMatchObject({ ok: false });
  });

  test("a page cannot put an approver into a decision it reports", () => {
    expect(DecisionReportSchema.safeParse({ ...decision, approvedBy: "ann@acme.example" }).success).toBe(false);
    expect(DecisionReportSchema.safeParse(decision).success).toBe(true);
  });
});
