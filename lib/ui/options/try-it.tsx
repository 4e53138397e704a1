/**
 * A post checked as the compose box would check it: the rules in force (built-in ← team ← own),
 * the chosen platform, account and publish time, the author and the crisis state in force, and
 * the gate's verdict.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { analyze } from "../../engine/analyze.ts";
import { addNotes, hasNotes } from "../../engine/notes.ts";
import { PLATFORMS, type Locale } from "../../engine/types.ts";
import { stopsPost } from "../../review/shapes.ts";
import { BUILT_IN_RULESET } from "../../ruleset/builtin.ts";
import { compileRuleSet, type CompiledRuleSet } from "../../ruleset/compile.ts";
import { mergeRuleSets } from "../../ruleset/merge.ts";
import { accountsItem, crisisItem, identityItem } from "../../state/items.ts";
import { teamRuleSetItem } from "../../sync/in-force.ts";
import { localSettingsItem, policyItem } from "../../state/team.ts";
import { t } from "../strings.ts";
import { platformName } from "../platform-names.ts";
import { FindingList } from "../finding-list.tsx";
import { fromLocalInput, toLocalInput, useItem } from "./hooks.ts";
import { useUserSites } from "./sites.tsx";

/** `initialText`: a post to start with (the welcome page's samples, issue 13). */
export function TryItSection({ locale, initialText }: { locale: Locale; initialText?: string | undefined }) {
  const team = useItem(teamRuleSetItem);
  const local = useItem(localSettingsItem);
  const crisis = useItem(crisisItem);
  const identity = useItem(identityItem);
  const policy = useItem(policyItem);
  const accounts = useItem(accountsItem);
  const sites = useUserSites() ?? [];
  const [text, setText] = useState(initialText ?? "");
  const [platform, setPlatform] = useState<string>("x");
  const [account, setAccount] = useState<string>();
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [compiled, setCompiled] = useState<CompiledRuleSet>();
  // The rules' notes in Chinese load with the page's first Chinese try (a chunk of their own).
  const [notesIn, setNotesIn] = useState(() => hasNotes(locale));
  useEffect(() => {
    if (hasNotes(locale)) return setNotesIn(true);
    let live = true;
    void import("../../../rules/notes.zh-CN.json").then((m) => {
      addNotes("zh-CN", m.default);
      if (live) setNotesIn(true);
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const ruleSet = useMemo(
    () => (team === undefined || local === undefined ? undefined : mergeRuleSets(BUILT_IN_RULESET, team ?? undefined, local)),
    [team, local],
  );
  useEffect(() => {
    if (!ruleSet) return;
    let live = true;
    void compileRuleSet(ruleSet).then((c) => live && setCompiled(c));
    return () => {
      live = false;
    };
  }, [ruleSet]);

  const handle = account ?? accounts?.[platform] ?? "";
  const author = policy?.values.author ?? identity?.author;
  const findings = useMemo(() => {
    if (!compiled || !text) return [];
    const when = fromLocalInput(at);
    return analyze(
      text,
      {
        platform,
        locale,
        ...(handle.trim() ? { account: handle.trim() } : {}),
        ...(author ? { author } : {}),
        ...(when ? { at: new Date(when) } : {}),
        ...(crisis ? { crisis } : {}),
      },
      compiled,
    );
  }, [compiled, text, platform, handle, author, at, crisis, locale, notesIn]);
  const hosts = sites.map((origin) => new URL(origin.replace(/\/\*$/, "")).hostname);

  return (
    <div>
      <p class="pf-muted">{t("tryIntro", locale)}</p>
      <div class="pf-row">
        <label class="pf-field">
          {t("platformLabel", locale)}
          <select data-testid="try-platform" value={platform} onChange={(e) => setPlatform(e.currentTarget.value)}>
            {[...PLATFORMS, ...hosts].map((p) => (
              <option key={p} value={p}>
                {platformName(p, locale)}
              </option>
            ))}
          </select>
        </label>
        <label class="pf-field">
          {t("accountLabel", locale)}
          <input data-testid="try-account" placeholder={t("accountPlaceholder", locale)} value={handle} onInput={(e) => setAccount(e.currentTarget.value)} />
        </label>
        <label class="pf-field">
          {t("publishAtLabel", locale)}
          <input type="datetime-local" data-testid="try-at" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
        </label>
      </div>
      <label class="pf-field">
        {t("tryItLabel", locale)}
        <textarea rows={6} data-testid="try-text" placeholder={t("tryItPlaceholder", locale)} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {!compiled ? (
        <p>{t("loading", locale)}</p>
      ) : (
        text && (
          <>
            <p data-testid="try-verdict" data-stops={findings.some(stopsPost)} class={findings.some(stopsPost) ? "pf-error" : "pf-ok"}>
              {t(findings.some(stopsPost) ? "gateWouldStop" : "gateWouldPass", locale)}
            </p>
            <FindingList findings={findings} locale={locale} />
          </>
        )
      )}
    </div>
  );
}
