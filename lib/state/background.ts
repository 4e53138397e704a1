/**
 * The background's side of the content-script protocol: the effective rule set and page state,
 * running the engine bundle in a tab on demand, the decision log, and the content script of the
 * sites the user added.
 */
import { browser, type Browser } from "wxt/browser";
import { BUILT_IN_RULESET } from "../ruleset/builtin.ts";
import { mergeRuleSets } from "../ruleset/merge.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { startSync, syncNow } from "../sync/background.ts";
import type { SyncStatus } from "../sync/schema.ts";
import { flushReport, recordDecision, recordFindingCounts, startReporting } from "../audit/reporter.ts";
import type { ReportQueue } from "../audit/schema.ts";
import { accountsItem, crisisItem, identityItem, inflectionsItem, uiLanguageItem } from "./items.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import { RequestSchema, type Ok, type PageState, type Request } from "./messages.ts";
import { localSettingsItem, policyItem } from "./team.ts";

/** The unlisted scripts the content script asks for (entrypoints/engine.ts, entrypoints/nlp.ts). */
export const ENGINE_FILE = "/engine.js";
export const NLP_FILE = "/nlp.js";
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
  const [{ ruleSet, key }, crisis, accounts, author, cache, language] = await Promise.all([
    effectiveRuleSet(),
    crisisItem.get(),
    accountsItem.get(),
    currentAuthor(),
    inflectionsItem.get(),
    uiLanguageItem.get(),
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
  };
}

/** Whether a message comes from one of the extension's own pages (popup, options), not a content script. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? "").startsWith(browser.runtime.getURL("/"));
}

async function handle(request: Request, sender: Browser.runtime.MessageSender): Promise<Ok | PageState | SyncStatus | ReportQueue> {
  switch (request.type) {
    case "engine.load": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: "engine.load comes from a tab" };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [request.nlp ? NLP_FILE : ENGINE_FILE],
        world: "ISOLATED",
      });
      return { ok: true };
    }
    case "state.get":
      return pageState(request.site);
    case "inflections.put": {
      // Only the current rule set's table is kept: a page computed it for this key.
      const { key } = await effectiveRuleSet();
      if (key === request.key) await inflectionsItem.set({ key, table: request.table });
      return { ok: true };
    }
    case "account.set": {
      const accounts = await accountsItem.get();
      await accountsItem.set({ ...accounts, [request.site]: request.account });
      return { ok: true };
    }
    case "decision.record":
      await recordDecision(request.decision);
      return { ok: true };
    case "sync.now":
      if (!fromExtensionPage(sender)) return { ok: false, error: "sync.now comes from the extension's pages" };
      return (await syncNow()).status;
    case "findings.count":
      await recordFindingCounts({ platform: request.site, account: request.account, counts: request.counts });
      return { ok: true };
    case "report.flush":
      if (!fromExtensionPage(sender)) return { ok: false, error: "report.flush comes from the extension's pages" };
      return flushReport({ force: true });
  }
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
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (response: unknown) => void) => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `Bad message: ${parsed.error.issues[0]?.message ?? "invalid"}` });
      return false;
    }
    handle(parsed.data, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answers asynchronously
  });
  const resync = () => void syncUserSites().catch((error: unknown) => console.error("Preflight: user sites", error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  startSync();
  startReporting();
}
