/**
 * The popup's crisis section: the team's crisis when its rule set declares one (read-only, with
 * the holding statement, the checklist and whom to contact), otherwise this browser's own switch
 * with a reason and an optional end. Open compose boxes follow the stored value (PAGE_STATE_KEYS).
 */
import { useEffect, useState } from "preact/hooks";
import type { z } from "zod";
import { localText, type TeamText } from "../engine/i18n.ts";
import type { Locale } from "../engine/types.ts";
import type { CrisisSchema } from "../ruleset/schema.ts";
import { declaredScenario } from "../ruleset/scenario.ts";
import { crisisItem } from "../state/items.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import type { LocalCrisisState } from "../state/schema.ts";
import { checklistItem } from "../state/team.ts";
import { crisisKey, localCrisisInForce, teamCrisis, tickChecklist, tickContext } from "../sync/settings.ts";
import { formatTime, fromLocalInput, toLocalInput, useItem, useNow } from "./options/hooks.ts";
import { t } from "./strings.ts";

type Crisis = z.infer<typeof CrisisSchema>;

export function CrisisSection({ locale }: { locale: Locale }) {
  const team = useItem(teamRuleSetItem);
  const local = useItem(crisisItem);
  if (team === undefined || local === undefined) return null;
  const declared = teamCrisis(team);
  return (
    <section aria-labelledby="pf-crisis-heading">
      <h2 id="pf-crisis-heading">{t("crisisSection", locale)}</h2>
      {declared && team ? (
        <TeamCrisis
          crisis={declared}
          id={crisisKey(team.id, declared)}
          locale={locale}
          restricted={declaredScenario(team)?.mayPost !== undefined || declared.requireApproval === true}
        />
      ) : (
        <LocalCrisisSwitch crisis={local} locale={locale} />
      )}
    </section>
  );
}

function TeamCrisis({ crisis, id, locale, restricted }: { crisis: Crisis; id: string; locale: Locale; restricted: boolean }) {
  const ticks = useItem(checklistItem);
  const text = (t: TeamText | undefined) => localText(t, locale);
  const done = new Set(ticks?.find((entry) => entry.crisis === id)?.done ?? []);
  const [copied, setCopied] = useState(false);
  return (
    <div class="pf-card pf-card--crisis" data-testid="team-crisis" role="alert">
      <h3 style={{ marginTop: 0 }} data-testid="team-crisis-title">
        {crisis.drill // issue 12: a drill is marked as one
          ? crisis.title
            ? t("drillBannerTitle", locale, { title: text(crisis.title)! })
            : t("drillBannerUntitled", locale)
          : crisis.title
            ? t("teamCrisisTitle", locale, { title: text(crisis.title)! })
            : t("teamCrisisUntitled", locale)}
      </h3>
      {crisis.drill && <p class="pf-muted" data-testid="team-crisis-drill">{t("drillBannerNote", locale)}</p>}
      {restricted && <p data-testid="team-crisis-restricted">{t("crisisRestricted", locale)}</p>}
      {crisis.until && <p class="pf-muted">{t("crisisEnds", locale, { time: formatTime(crisis.until, locale) })}</p>}
      {crisis.message && <p data-testid="team-crisis-message">{text(crisis.message)}</p>}
      {crisis.since && <p class="pf-muted">{t("crisisSince", locale, { time: formatTime(crisis.since, locale) })}</p>}
      {crisis.holdingStatement && (
        <>
          <h3>{t("holdingStatement", locale)}</h3>
          <blockquote class="pf-quote" data-testid="holding-statement">{text(crisis.holdingStatement)}</blockquote>
          <button
            type="button"
            data-testid="copy-statement"
            onClick={() =>
              void navigator.clipboard.writeText(text(crisis.holdingStatement) ?? "").then(() => setCopied(true), () => setCopied(false))
            }
          >
            {copied ? t("copied", locale) : t("copyStatement", locale)}
          </button>
        </>
      )}
      {crisis.checklist && crisis.checklist.length > 0 && (
        <>
          <h3>{t("checklist", locale)}</h3>
          <ul class="pf-checklist" data-testid="checklist">
            {crisis.checklist.map((item) => {
              // A tick is kept by the item's English (or only) text, so it survives a change of language.
              const key = localText(item, "en");
              return (
              <li key={key}>
                <label>
                  <input
                    type="checkbox"
                    checked={done.has(key)}
                    disabled={ticks === undefined}
                    onChange={(event) => void tickChecklist(id, key, event.currentTarget.checked, tickContext(crisis))}
                  />
                  <span>{text(item)}</span>
                </label>
              </li>
              );
            })}
          </ul>
        </>
      )}
      {crisis.contact && <p data-testid="crisis-contact">{t("contact", locale, { contact: text(crisis.contact)! })}</p>}
      <p class="pf-muted" data-testid="team-crisis-locked">{t("teamCrisisLocked", locale)}</p>
    </div>
  );
}

function LocalCrisisSwitch({ crisis, locale }: { crisis: LocalCrisisState; locale: Locale }) {
  const now = useNow();
  const active = localCrisisInForce(crisis, now);
  const [reason, setReason] = useState(crisis.reason ?? "");
  const [until, setUntil] = useState(crisis.until ? toLocalInput(new Date(crisis.until)) : "");
  const [error, setError] = useState(false);
  // Another window (or the end-time alarm) may change it while the popup is open.
  useEffect(() => {
    setReason(crisis.reason ?? "");
    setUntil(crisis.until ? toLocalInput(new Date(crisis.until)) : "");
  }, [crisis.reason, crisis.until, crisis.active]);

  /** The stored crisis with the form's values; undefined when the end time has passed. */
  const withForm = (base: LocalCrisisState, form: { reason?: string; until?: string } = {}): LocalCrisisState | undefined => {
    // The event's own value: the other field's state may not have re-rendered yet.
    const end = fromLocalInput(form.until ?? until);
    if (end && Date.parse(end) <= Date.now()) return undefined;
    const text = (form.reason ?? reason).trim();
    return { active: base.active, ...(base.since ? { since: base.since } : {}), ...(text ? { reason: text.slice(0, 2_000) } : {}), ...(end ? { until: end } : {}) };
  };
  const save = (next: LocalCrisisState | undefined) => {
    setError(next === undefined);
    if (next) void crisisItem.set(next);
  };

  return (
    <div class={active ? "pf-card pf-card--crisis" : "pf-card"} data-testid="local-crisis">
      <label class="pf-row">
        <input
          type="checkbox"
          data-testid="crisis-toggle"
          checked={active}
          onChange={(event) =>
            save(event.currentTarget.checked ? withForm({ active: true, since: new Date().toISOString() }) : { active: false })
          }
        />
        <strong>{t("crisisToggle", locale)}</strong>
      </label>
      {active && crisis.since && <p class="pf-muted" data-testid="crisis-since">{t("crisisSince", locale, { time: formatTime(crisis.since, locale) })}</p>}
      {!active && <p class="pf-muted">{t("crisisOffHint", locale)}</p>}
      <div class="pf-field">
        <label for="pf-crisis-reason">{t("crisisReason", locale)}</label>
        <input
          id="pf-crisis-reason"
          data-testid="crisis-reason"
          maxLength={2_000}
          placeholder={t("crisisReasonPlaceholder", locale)}
          value={reason}
          onInput={(event) => setReason(event.currentTarget.value)}
          onChange={(event) => active && save(withForm(crisis, { reason: event.currentTarget.value }))}
        />
      </div>
      <div class="pf-field">
        <label for="pf-crisis-until">{t("crisisUntil", locale)}</label>
        <input
          id="pf-crisis-until"
          type="datetime-local"
          data-testid="crisis-until"
          value={until}
          onInput={(event) => setUntil(event.currentTarget.value)}
          onChange={(event) => active && save(withForm(crisis, { until: event.currentTarget.value }))}
        />
      </div>
      {active && crisis.until && <p class="pf-muted">{t("crisisEnds", locale, { time: formatTime(crisis.until, locale) })}</p>}
      {error && (
        <p class="pf-error" role="alert" data-testid="crisis-error">
          {t("crisisUntilPast", locale)}
        </p>
      )}
    </div>
  );
}
