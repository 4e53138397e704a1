/**
 * The rules in force (built-in ← team ← own choices): every rule with its state and a switch,
 * locked where the team set it and does not allow local overrides, and the allow-list of terms.
 */
import { useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import { BUILT_IN_RULESET } from "../../ruleset/builtin.ts";
import { ruleSettings } from "../../ruleset/compile.ts";
import { mergeRuleSets } from "../../ruleset/merge.ts";
import { formatIssue, validateLocalSettings } from "../../ruleset/parse.ts";
import type { LocalSettings, RuleSet } from "../../ruleset/schema.ts";
import { teamRuleSetItem } from "../../sync/in-force.ts";
import { localSettingsItem } from "../../state/team.ts";
import { RULES } from "../../../rules/index.ts";
import { ruleName } from "../../../rules/names.ts";
import { platformName } from "../platform-names.ts";
import { t, tn } from "../strings.ts";
import { useItem } from "./hooks.ts";

/** Whether the team decides this rule for everyone. */
export function lockedByTeam(team: RuleSet | null, ruleId: string): boolean {
  return team !== null && team.allowLocalOverrides !== true && team.rules?.[ruleId] !== undefined;
}

/** The own choices after switching one rule on or off: no entry where the team's state already matches. */
export function withSwitch(local: LocalSettings, team: RuleSet | null, ruleId: string, on: boolean): LocalSettings {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  if (!rule) return local;
  const { [ruleId]: _, ...others } = local.rules ?? {};
  const without = { ...local, rules: others };
  const inherited = ruleSettings(rule, mergeRuleSets(BUILT_IN_RULESET, team ?? undefined)).enabled;
  if (inherited === on) return without;
  // `{}` switches a rule on with its own severities (a severity here would override every finding's).
  return { ...local, rules: { ...others, [ruleId]: on ? {} : "off" } };
}

export function RulesSection({ locale }: { locale: Locale }) {
  const team = useItem(teamRuleSetItem);
  const local = useItem(localSettingsItem);
  if (team === undefined || local === undefined) return null;
  const effective = mergeRuleSets(BUILT_IN_RULESET, team ?? undefined, local);
  return (
    <div>
      <p class="pf-muted">{t("rulesIntro", locale)}</p>
      {team && (
        <p data-testid="team-summary">
          {t("teamSummary", locale, {
            events: tn("summaryEvents", team.events?.length ?? 0, locale),
            dates: tn("summaryDates", team.dates?.length ?? 0, locale),
            terms: tn("summaryTerms", team.terms?.length ?? 0, locale),
            people: tn("summaryPeople", team.spokespeople?.length ?? 0, locale),
          })}
        </p>
      )}
      {team?.brand?.accounts.length ? (
        <p data-testid="brand-accounts">
          {t("brandAccounts", locale)}{" "}
          {team.brand.accounts.map((a, i) => (
            <span key={`${a.platform}:${a.handle}`} class="pf-nowrap" data-platform={a.platform}>
              {i > 0 && (locale === "zh-CN" ? "、" : ", ")}
              {platformName(a.platform, locale)} {a.handle}
            </span>
          ))}
        </p>
      ) : null}
      <table class="pf-table" data-testid="rules">
        <thead>
          <tr>
            <th class="pf-nowrap">{t("ruleColumnOn", locale)}</th>
            <th>{t("ruleColumnRule", locale)}</th>
            <th class="pf-nowrap">{t("ruleColumnLevel", locale)}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((rule) => {
            const settings = ruleSettings(rule, effective);
            const locked = lockedByTeam(team, rule.meta.id);
            return (
              <tr key={rule.meta.id} data-rule={rule.meta.id} data-enabled={settings.enabled} data-locked={locked}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={ruleName(rule.meta.id, locale)}
                    checked={settings.enabled}
                    disabled={locked}
                    onChange={(event) => void localSettingsItem.set(withSwitch(local, team, rule.meta.id, event.currentTarget.checked))}
                  />
                </td>
                <td>
                  <strong data-testid="rule-name">{ruleName(rule.meta.id, locale)}</strong>{" "}
                  <code class="pf-id">{rule.meta.id}</code>
                  <div class="pf-muted">{rule.meta.description[locale]}</div>
                </td>
                <td class="pf-nowrap">
                  {settings.enabled ? t(`severity_${settings.severity ?? rule.meta.severity}`, locale) : t("ruleOff", locale)}
                  {locked && (
                    <>
                      {" "}
                      <span class="pf-tag">{t("ruleLocked", locale)}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <AllowList locale={locale} team={team} local={local} />
      <OwnAllowList locale={locale} local={local} />
    </div>
  );
}

/** The own settings without one rule's allowed words (issue 13); a rule left with none goes. */
export function withoutAllowed(local: LocalSettings, rule: string, words: string): LocalSettings {
  const { [rule]: current = [], ...others } = local.allowFor ?? {};
  const left = current.filter((w) => w !== words);
  return { ...local, allowFor: left.length > 0 ? { ...others, [rule]: left } : others };
}

/** Words "Not a problem here" allowed for this author, by rule (issue 13), each removable. */
function OwnAllowList({ locale, local }: { locale: Locale; local: LocalSettings }) {
  const entries = Object.entries(local.allowFor ?? {}).flatMap(([rule, words]) => words.map((w) => [rule, w] as const));
  return (
    <div>
      <h3>{t("ownAllowLabel", locale)}</h3>
      {entries.length === 0 ? (
        <p class="pf-muted">{t("ownAllowNone", locale)}</p>
      ) : (
        <ul class="pf-list" data-testid="own-allow-list">
          {entries.map(([rule, words]) => (
            <li key={`${rule}\u0000${words}`} data-rule={rule} data-words={words}>
              <strong>{ruleName(rule, locale)}</strong> “{words}”{" "}
              <button type="button" onClick={() => void localSettingsItem.set(withoutAllowed(local, rule, words))}>
                {t("remove", locale)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AllowList({ locale, team, local }: { locale: Locale; team: RuleSet | null; local: LocalSettings }) {
  const [term, setTerm] = useState("");
  const [error, setError] = useState<string>();
  const own = local.allow ?? [];
  return (
    <div>
      <h3>{t("allowLabel", locale)}</h3>
      <ul class="pf-list" data-testid="allow-list">
        {(team?.allow ?? []).map((entry) => (
          <li key={`team:${entry}`}>
            {entry} <span class="pf-tag">{t("ruleLocked", locale)}</span>
          </li>
        ))}
        {own.map((entry) => (
          <li key={entry} data-term={entry}>
            {entry}{" "}
            <button type="button" onClick={() => void localSettingsItem.set({ ...local, allow: own.filter((a) => a !== entry) })}>
              {t("remove", locale)}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="pf-row"
        onSubmit={(event) => {
          event.preventDefault();
          const next = { ...local, allow: [...new Set([...own, term.trim()])] };
          const checked = validateLocalSettings(next);
          if (!term.trim() || !checked.ok) {
            return setError(checked.ok ? "" : checked.errors.map(formatIssue).join("; "));
          }
          setError(undefined);
          setTerm("");
          void localSettingsItem.set(checked.value);
        }}
      >
        <input data-testid="allow-input" value={term} onInput={(e) => setTerm(e.currentTarget.value)} />
        <button type="submit" data-testid="allow-add">
          {t("allowAdd", locale)}
        </button>
      </form>
      {error !== undefined && (
        <p class="pf-error" role="alert" data-testid="allow-error">
          {t("allowInvalid", locale, { detail: error })}
        </p>
      )}
    </div>
  );
}
