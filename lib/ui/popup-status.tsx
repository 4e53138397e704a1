/**
 * The popup's status at a glance: the rule set in force and where it came from, the last good
 * check of the team's feed and the last error in plain words, "Check now", who the user is, and
 * how many posts the gate stopped today.
 */
import { useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Locale } from "../engine/types.ts";
import { BUILT_IN_RULESET } from "../ruleset/builtin.ts";
import { isExpired } from "../ruleset/sign.ts";
import { decisionsItem, identityItem } from "../state/items.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import type { GateDecision } from "../state/schema.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../state/team.ts";
import { resolveFeed } from "../sync/policy.ts";
import type { TeamSource } from "../sync/schema.ts";
import { formatTime, hostOf, issueText, useItem, useNow } from "./options/hooks.ts";
import { t } from "./strings.ts";

/** Gate decisions on the local calendar day of `now`: each one is a post the gate stopped. */
export function stoppedOn(decisions: readonly GateDecision[], now: Date): number {
  const day = now.toDateString();
  return decisions.filter((d) => new Date(d.at).toDateString() === day).length;
}

/**
 * How old the rules in force are, in words ("3 days ago"): a feed that froze (a host serving an
 * old file) shows as rules that stop getting younger (issue 11, item 4).
 */
export function ruleSetAge(issuedAt: string, now: Date, locale: Locale): { text: string; days: number } {
  const ms = Math.max(0, now.getTime() - Date.parse(issuedAt));
  const days = Math.floor(ms / 86_400_000);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const text =
    ms < 3_600_000
      ? relative.format(-Math.floor(ms / 60_000), "minute")
      : ms < 86_400_000
        ? relative.format(-Math.floor(ms / 3_600_000), "hour")
        : relative.format(-days, "day");
  return { text, days };
}

export function sourceText(source: TeamSource | null, locale: Locale): string {
  if (!source) return t("source_team", locale);
  if (source.kind === "file") return t("source_file", locale, { name: source.fileName ?? "" });
  return t(source.kind === "policy" ? "source_policy" : "source_url", locale, { host: hostOf(source.url) });
}

export function StatusSection({ locale }: { locale: Locale }) {
  const team = useItem(teamRuleSetItem);
  const source = useItem(teamSourceItem);
  const status = useItem(syncStatusItem);
  const policy = useItem(policyItem);
  const config = useItem(syncConfigItem);
  const identity = useItem(identityItem);
  const decisions = useItem(decisionsItem);
  const now = useNow();
  const [checking, setChecking] = useState(false);
  if (team === undefined || source === undefined || status === undefined || policy === undefined || config === undefined) return null;

  const ruleSet = team ?? BUILT_IN_RULESET;
  const age = ruleSetAge(ruleSet.issuedAt, now, locale);
  const feed = resolveFeed(policy, config);
  const error = status.lastError;
  const author = policy?.values.author ?? identity?.author;

  const checkNow = () => {
    setChecking(true);
    browser.runtime.sendMessage({ type: "sync.now" }).finally(() => setChecking(false));
  };

  return (
    <section aria-labelledby="pf-status-heading">
      <h2 id="pf-status-heading">{t("statusSection", locale)}</h2>
      <div class="pf-card" data-testid="status">
        <p>
          <strong>{t("rulesInForce", locale)}</strong>{" "}
          <span data-testid="ruleset" data-id={ruleSet.id} data-version={ruleSet.version}>
            {t("ruleSetLine", locale, { id: ruleSet.id, version: ruleSet.version, issued: formatTime(ruleSet.issuedAt, locale) })}
          </span>
        </p>
        <p class="pf-muted" data-testid="ruleset-source" data-kind={team ? (source?.kind ?? "team") : "builtin"}>
          {team ? sourceText(source, locale) : t("source_builtin", locale)}
        </p>
        <p class="pf-muted" data-testid="ruleset-age" data-days={age.days}>
          {t("ruleSetAge", locale, { age: age.text })}
        </p>
        {team && isExpired(team, now) && <p class="pf-error">{t("ruleSetExpired", locale, { time: formatTime(team.expiresAt, locale) })}</p>}

        {feed.kind === "none" ? (
          <p class="pf-muted" data-testid="no-feed">{t("noFeed", locale)}</p>
        ) : (
          <>
            <p data-testid="last-sync">
              {status.lastSuccessAt ? t("lastSync", locale, { time: formatTime(status.lastSuccessAt, locale) }) : t("lastSyncNever", locale)}
            </p>
            {error && (
              <div class="pf-error" role="alert" data-testid="sync-error" data-code={error.code}>
                <p>{t("lastError", locale, { time: formatTime(error.at, locale) })}</p>
                <p data-testid="sync-error-text">{issueText(error, locale)}</p>
                <p class="pf-muted">{t("keptLastGood", locale)}</p>
                {error.detail && (
                  <details>
                    <summary>{t("details", locale)}</summary>
                    <p class="pf-code">{error.detail}</p>
                  </details>
                )}
              </div>
            )}
            <div class="pf-row">
              <button type="button" data-testid="check-now" disabled={checking} onClick={checkNow}>
                {checking ? t("checking", locale) : t("checkNow", locale)}
              </button>
              {status.nextAttemptAt && <span class="pf-muted">{t("nextCheck", locale, { time: formatTime(status.nextAttemptAt, locale) })}</span>}
            </div>
          </>
        )}

        <p data-testid="identity">
          {author ? (
            t(policy?.values.author ? "whoAmIPolicy" : "whoAmI", locale, { author })
          ) : (
            <>
              {t("whoAmIUnset", locale)}{" "}
              <a href="#" onClick={(event) => (event.preventDefault(), void openOptions("identity"))}>
                {t("setIdentity", locale)}
              </a>
            </>
          )}
        </p>
        <p data-testid="stopped-today" data-count={decisions ? stoppedOn(decisions, now) : 0}>
          {t("stoppedToday", locale, { n: decisions ? stoppedOn(decisions, now) : 0 })}
        </p>
      </div>
    </section>
  );
}

/** Opens the options page at one of its sections. */
export async function openOptions(section?: string): Promise<void> {
  const url = browser.runtime.getURL(`/options.html${section ? `#${section}` : ""}`);
  await browser.tabs.create({ url });
}
