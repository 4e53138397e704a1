/**
 * The toolbar button says when crisis mode is on (issue 13): a red "!" badge and a title that
 * names the crisis, in the user's language, whether the team declared it or this browser did.
 * It follows the stored state, so no page or content script can set or clear it.
 */
import { browser } from "wxt/browser";
import { resolveLocale } from "../engine/i18n.ts";
import type { LocalizedText, Locale } from "../engine/types.ts";
import { teamCrisisInForce } from "../ruleset/scenario.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import { crisisItem, uiLanguageItem } from "./items.ts";
import type { LocalCrisisState } from "./schema.ts";

export interface ActionLook {
  text: string;
  color: string;
  title: string;
}

export const CRISIS_BADGE_COLOR = "#b3261e";

/** The button's titles: here, not in lib/ui's catalogue, since state sits below the UI. */
const TITLES = {
  actionTitle: { en: "Preflight", "zh-CN": "Preflight 发布前检查" },
  actionTitleCrisis: { en: "Preflight: crisis mode is on (this browser)", "zh-CN": "Preflight：危机模式已开启（此浏览器）" },
  actionTitleTeamCrisis: { en: "Preflight: your team declared a crisis", "zh-CN": "Preflight：团队已宣布进入危机状态" },
} satisfies Record<string, LocalizedText>;
const t = (id: keyof typeof TITLES, locale: Locale) => TITLES[id][locale];

/** What the toolbar button shows for the crisis state at `now`. */
export function actionLook(team: RuleSet | null, local: LocalCrisisState, locale: Locale, now: Date): ActionLook {
  const teamCrisis = teamCrisisInForce(team, now) !== undefined; // a declared end (issue 12) ends it here too
  const localCrisis = local.active && (!local.until || Date.parse(local.until) > now.getTime());
  if (!teamCrisis && !localCrisis) return { text: "", color: CRISIS_BADGE_COLOR, title: t("actionTitle", locale) };
  return {
    text: "!",
    color: CRISIS_BADGE_COLOR,
    title: t(teamCrisis ? "actionTitleTeamCrisis" : "actionTitleCrisis", locale),
  };
}

async function apply(): Promise<void> {
  const [team, local, language] = await Promise.all([teamRuleSetItem.get(), crisisItem.get(), uiLanguageItem.get()]);
  const look = actionLook(team, local, resolveLocale(language, globalThis.navigator?.language), new Date());
  await Promise.all([
    browser.action.setBadgeText({ text: look.text }),
    browser.action.setBadgeBackgroundColor({ color: look.color }),
    browser.action.setTitle({ title: look.title }),
  ]);
}

/** Keeps the toolbar button in step with the crisis state (and a local crisis's end time). */
export function startActionBadge(): void {
  const update = () => void apply().catch((error: unknown) => console.error("Preflight: the toolbar badge", error));
  teamRuleSetItem.watch(update);
  crisisItem.watch(update);
  uiLanguageItem.watch(update);
  // A local crisis may end by itself: checked again every minute (the alarms the sync sets keep the worker alive only when needed).
  setInterval(update, 60_000);
  update();
}
