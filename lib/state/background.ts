/**
 * The background's side of the content-script protocol: the effective rule set and page state,
 * running the engine bundle in a tab on demand, the decision log, and the content script of the
 * sites the user added.
 */
import { browser, type Browser } from "wxt/browser";
import { BUILT_IN_RULESET } from "../ruleset/builtin.ts";
import { mergeRuleSets } from "../ruleset/merge.ts";
import { crisisOfDecision } from "../ruleset/scenario.ts";
import { LocalSettingsSchema, type RuleSet } from "../ruleset/schema.ts";
import { allowKey } from "../engine/own-allow.ts";
import { startSync, syncNow } from "../sync/background.ts";
import type { SyncStatus } from "../sync/schema.ts";
import { flushReport, recordDecision, recordFindingCounts, startReporting } from "../audit/reporter.ts";
import type { ReportQueue } from "../audit/schema.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import { PAGE_STATE_KEYS } from "../content/globals.ts";
import { adapterFor } from "../platforms/index.ts";
import { accountsItem, crisisItem, identityItem, inflectionsItem, serialized, uiLanguageItem, usedApprovalsItem } from "./items.ts";
import { verifyAnswer } from "../approval/answer.ts";
import type { DecisionReport } from "./messages.ts";
import { RequestSchema, type ApprovalVerdict, type Ok, type PageState, type PanelMode, type Request, type StateChanged } from "./messages.ts";
import type { InflectionTable } from "./schema.ts";
import { localSettingsItem, policyItem } from "./team.ts";
import { welcomeItem, welcomeOnInstall } from "./welcome.ts";
import { startActionBadge } from "./action-badge.ts";
import { readManagedPolicy } from "../sync/policy.ts";

/** The unlisted scripts the content script asks for (entrypoints/engine.ts, entrypoints/nlp.ts). */
export const ENGINE_FILE = "/engine.js";
export const NLP_FILE = "/nlp.js";
export const NOTES_ZH_FILE = "/notes-zh.js";
export const CONTENT_SCRIPT_FILE = "content-scripts/content.js";
/** The content script registered at run time for the sites the user added. */
export const USER_SITES_SCRIPT_ID = "preflight-user-sites";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function effectiveRuleSet(): Promise<{ ruleSet: RuleSet; key: string }> {
  const [team, local] = await Promise.all([teamRuleSetItem.get(), localSettingsItem.get()]);
  const ruleSet = mergeRuleSets(BUILT_IN_RULESET, team ?? undefined, local);
  // The extension's version is part of the key: an update can change the built-in rules' words.
  return { ruleSet, key: await sha256(`${browser.runtime.getManifest().version}\n${JSON.stringify(ruleSet)}`) };
}

/** Who the author is: the managed policy's author when it sets one, else what the user entered. */
export async function currentAuthor(): Promise<string | undefined> {
  const [policy, identity] = await Promise.all([policyItem.get(), identityItem.get()]);
  return policy?.values.author ?? identity.author;
}

export async function pageState(site: string): Promise<PageState> {
  const [{ ruleSet, key }, crisis, accounts, author, cache, language, welcome] = await Promise.all([
    effectiveRuleSet(),
    crisisItem.get(),
    accountsItem.get(),
    currentAuthor(),
    inflectionsItem.get(),
    uiLanguageItem.get(),
    welcomeItem.get(),
  ]);
  const account = accounts[site];
  return {
    ruleSet,
    rulesKey: key,
    crisis,
    ...(cache?.key === key ? { inflections: cache.table } : {}),
    ...(account ? { account } : {}),
    ...(author ? { author } : {}),
    ...(language !== "auto" ? { language } : {}),
    // Issue 13: the author has not yet had the chance to say who they are (the welcome page is open).
    ...(!author && welcome.state === "pending" ? { authorPending: true } : {}),
  };
}

/** Whether a message comes from one of the extension's own pages (popup, options), not a content script. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined && (sender.url ?? "").startsWith(browser.runtime.getURL("/"));
}

/**
 * The sites a content script in this frame may speak for: the platform its address belongs to;
 * on a site the user added, its host (or "mastodon", on an instance the user added).
 */
export function sitesOfFrame(url: string | undefined): string[] {
  let location: URL;
  try {
    location = new URL(url ?? "");
  } catch {
    return [];
  }
  if (location.protocol !== "https:" && location.protocol !== "http:") return [];
  const adapter = adapterFor(location);
  return adapter.id === "generic" ? [location.hostname, "mastodon"] : [adapter.id];
}

class Refused extends Error {}

/** The site a content script names, when the tab it runs in is on that site. */
function siteOfTab(claimed: string, sender: Browser.runtime.MessageSender): string {
  if (sender.tab?.id === undefined) throw new Refused("only a page's content script may ask this");
  if (!sitesOfFrame(sender.url).includes(claimed)) throw new Refused(`the tab is not on ${claimed}`);
  return claimed;
}

/** A page's inflection table may add forms of a word, never take the word itself away. */
export function withWordsKept(table: InflectionTable): InflectionTable {
  return Object.fromEntries(
    Object.entries(table).map(([word, forms]) => [word, forms.includes(word) ? forms : [word, ...forms.slice(0, MAX_FORMS - 1)]]),
  );
}
const MAX_FORMS = 64;

/** What the background answers a request; refusals are `{ ok: false, error }`. */
type Answer = Ok | PageState | SyncStatus | ReportQueue | PanelMode | ApprovalVerdict;

export async function answer(request: Request, sender: Browser.runtime.MessageSender): Promise<Answer> {
  try {
    return await handle(request, sender);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: `${request.type}: ${error.message}` };
    throw error;
  }
}

async function handle(request: Request, sender: Browser.runtime.MessageSender): Promise<Answer> {
  switch (request.type) {
    case "engine.load": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Refused("only a page's content script may ask this");
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [request.nlp ? NLP_FILE : request.notes ? NOTES_ZH_FILE : ENGINE_FILE],
        world: "ISOLATED",
      });
      return { ok: true };
    }
    case "state.get":
      return pageState(siteOfTab(request.site, sender));
    case "inflections.put": {
      if (sender.tab?.id === undefined) throw new Refused("only a page's content script may ask this");
      // Only the current rule set's table is kept: a page computed it for this key.
      const { key } = await effectiveRuleSet();
      if (key === request.key) await inflectionsItem.set({ key, table: withWordsKept(request.table) });
      return { ok: true };
    }
    case "account.set": {
      const site = siteOfTab(request.site, sender);
      // One change at a time: two answers at once (two tabs) must both be kept.
      await serialized(async () => accountsItem.set({ ...(await accountsItem.get()), [site]: request.account }));
      return { ok: true };
    }
    case "decision.record": {
      const platform = siteOfTab(request.site, sender);
      const author = await currentAuthor();
      const now = new Date();
      await recordDecision({
        ...request.decision,
        at: now.toISOString(),
        platform,
        ...(author ? { author } : {}),
        ...crisisOfDecision(await teamRuleSetItem.get(), now),
      });
      return { ok: true };
    }
    case "sync.now":
      if (!fromExtensionPage(sender)) throw new Refused("only the extension's own pages may ask");
      return (await syncNow()).status;
    case "findings.count":
      await recordFindingCounts({ platform: siteOfTab(request.site, sender), account: request.account, counts: request.counts });
      return { ok: true };
    case "report.flush":
      if (!fromExtensionPage(sender)) throw new Refused("only the extension's own pages may ask");
      return flushReport({ force: true });
    case "approval.verify":
      return verifyApproval(siteOfTab(request.site, sender), request);
    case "panel.mode":
      return { mode: (await inspectablePanel()) ? "open" : "closed" };
    case "allow.add":
      siteOfTab(request.site, sender);
      await allowForMe(request.rule, request.words);
      return { ok: true };
    case "feedback.falsePositive": {
      const platform = siteOfTab(request.site, sender);
      const [team, author, crisis] = await Promise.all([teamRuleSetItem.get(), currentAuthor(), crisisItem.get()]);
      // The team's rule set decides, here, not the page that asks.
      if (team?.feedback?.falsePositiveReports !== true) throw new Refused("your team's rules do not collect false-positive reports");
      await recordDecision({
        at: new Date().toISOString(),
        platform,
        ...(request.account ? { account: request.account } : {}),
        ...(author ? { author } : {}),
        rules: [{ id: request.rule, severity: request.severity }],
        crisis: crisis.active || team.crisis?.active === true,
        decision: "falsePositive",
        words: request.words,
      });
      return { ok: true };
    }
  }
}

/**
 * "Allow these words for me" (issue 13): kept normalised in the own settings, which the options
 * page lists. The engine never lets such an entry drop a `block` finding or crisis mode
 * (lib/engine/own-allow.ts), so a page that asks for one cannot open the gate.
 */
export async function allowForMe(rule: string, words: string): Promise<void> {
  const key = allowKey(words);
  if (!key) return;
  await serialized(async () => {
    const local = await localSettingsItem.get();
    const allowFor = { ...local.allowFor };
    const current = Object.hasOwn(allowFor, rule) ? (allowFor[rule] ?? []) : [];
    if (current.includes(key)) return;
    const next = { ...local, allowFor: { ...allowFor, [rule]: [...current, key] } };
    const checked = LocalSettingsSchema.safeParse(next);
    if (!checked.success) throw new Refused(`allowed words: ${checked.error.issues[0]?.message ?? "invalid"}`);
    await localSettingsItem.set(checked.data);
  });
}

/**
 * Issue 12b: the verdict on an approval code comes from here, never from the page. The rule set
 * is the one in force; the platform is the tab's; the approver is written into the log by this
 * function only (a page's decision report cannot carry one). One code releases one post: its
 * nonce is spent in the same serialized step that logs the decision.
 */
export async function verifyApproval(
  platform: string,
  request: { answer: string; digest: string; decision: DecisionReport },
  now: Date = new Date(),
): Promise<ApprovalVerdict> {
  const { ruleSet } = await effectiveRuleSet();
  const verdict = await verifyAnswer(request.answer, ruleSet, { digest: request.digest, platform }, now);
  if (!verdict.ok) return verdict;
  const { approver, request: asked, expiresAt } = verdict.answer;
  const spent = await serialized(async () => {
    const seconds = Math.floor(now.getTime() / 1000);
    const used = Object.fromEntries(Object.entries(await usedApprovalsItem.get()).filter(([, until]) => until > seconds - 86_400));
    if (used[asked.nonce] !== undefined) return true;
    await usedApprovalsItem.set({ ...used, [asked.nonce]: expiresAt });
    return false;
  });
  if (spent) return { ok: false, problem: "answerUsed", params: {} };
  const author = await currentAuthor();
  await recordDecision({
    ...request.decision,
    decision: "override",
    at: now.toISOString(),
    platform,
    approvedBy: approver,
    ...(author ? { author } : {}),
  });
  return { ok: true, approvedBy: approver };
}

/**
 * Test-only: the browser tests read the panel with Playwright, which cannot enter a closed shadow
 * root; they set this in storage.session, which web pages and content scripts cannot reach (its
 * default access level), so no page can open the panel. The trust-boundary test leaves it unset.
 */
export const TEST_INSPECTABLE_PANEL_KEY = "preflightTestInspectablePanel";

async function inspectablePanel(): Promise<boolean> {
  try {
    return (await browser.storage.session.get(TEST_INSPECTABLE_PANEL_KEY))[TEST_INSPECTABLE_PANEL_KEY] === true;
  } catch {
    return false;
  }
}

/**
 * Content scripts cannot read storage (storage.local is open to trusted contexts only): when what
 * pages show changes, the background tells every tab, and each asks for its state again.
 */
async function tellTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: "state.changed" } satisfies StateChanged).catch(() => undefined),
    ),
  );
}

/**
 * Storage is the extension's own (issue 11, item 1): content scripts, which a compromised page
 * renderer controls, may neither read the rule set and the audit log nor switch a crisis off.
 */
async function restrictStorage(): Promise<void> {
  const local = browser.storage.local as typeof browser.storage.local & { setAccessLevel?(options: { accessLevel: string }): Promise<void> };
  await local.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" });
}

/** Origins the user granted beyond the built-in platforms' hosts. */
export async function userSiteOrigins(): Promise<string[]> {
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !builtIn.has(origin));
}

/** Registers the content script for the sites the user added (granted optional host permissions). */
export async function syncUserSites(): Promise<void> {
  const matches = await userSiteOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return;
  }
  const script = {
    id: USER_SITES_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    runAt: "document_start" as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export function startBackground(): void {
  void restrictStorage().catch((error: unknown) => console.error("Preflight: storage could not be restricted to the extension", error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && Object.keys(changes).some((key) => (PAGE_STATE_KEYS as readonly string[]).includes(key))) {
      void tellTabs().catch((error: unknown) => console.error("Preflight: telling pages about new state", error));
    }
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (response: unknown) => void) => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `Bad message: ${parsed.error.issues[0]?.message ?? "invalid"}` });
      return false;
    }
    answer(parsed.data, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answers asynchronously
  });
  // Issue 13: the toolbar badge shows crisis mode; the welcome page, on a fresh install only.
  startActionBadge();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void welcomeOnInstall(reason, {
      readPolicy: () => readManagedPolicy(browser.storage.managed, new Date()),
      openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as "/welcome.html") }),
    }).catch((error: unknown) => console.error("Preflight: the welcome page", error));
  });
  const resync = () => void syncUserSites().catch((error: unknown) => console.error("Preflight: user sites", error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  startSync();
  startReporting();
}
