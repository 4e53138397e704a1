/**
 * The welcome page (issue 13), opened once on install: who I am (shown, not asked, when the
 * organisation's policy sets it), the language, joining the team, and a 30-second try-it. It is the
 * options page's own sections, so the two never disagree. Finishing or skipping ends the grace in
 * which compose boxes do not warn that Preflight does not know the author (lib/state/welcome.ts).
 */
import { useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import { welcomeItem } from "../../state/welcome.ts";
import { IdentitySection } from "../options/identity.tsx";
import { PAGE_CSS } from "../options/styles.ts";
import { TeamSection } from "../options/team.tsx";
import { TryItSection } from "../options/try-it.tsx";
import { t, type StringId } from "../strings.ts";

/** Posts the try-it offers, one per language the UI speaks: each shows the gate at work. */
export const WELCOME_SAMPLES: ReadonlyArray<{ label: StringId; text: string }> = [
  { label: "welcomeSampleEn", text: "Our thoughts are with everyone hit by the floods. Use code FLOOD20 for 20% off today!!! #therapistfinder" },
  { label: "welcomeSampleZh", text: "台风来了，大家注意安全！今天全场跳楼价，雨伞秒杀中" },
];

const WELCOME_CSS = `
.pf-welcome { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.pf-welcome h1 { font-size: 1.4rem; margin-bottom: 0.25rem; }
.pf-welcome > section { border-top: 1px solid var(--pf-line); padding-top: 0.75rem; margin-top: 1rem; }
.pf-welcome h2 { font-size: 1.05rem; }
.pf-step { display: inline-block; min-width: 1.5em; color: var(--pf-muted); }
.pf-welcome footer { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin-top: 1.5rem; }
.pf-welcome footer button { padding: 0.4rem 1rem; white-space: nowrap; }
`;

export function WelcomeApp({ locale }: { locale: Locale }) {
  const [sample, setSample] = useState<string>();
  const [finished, setFinished] = useState(false);
  const finish = () => void welcomeItem.set({ state: "done" }).then(() => setFinished(true));
  return (
    <div class="pf-welcome" lang={locale} data-testid="welcome">
      <style>{PAGE_CSS + WELCOME_CSS}</style>
      <h1>{t("welcomeTitle", locale)}</h1>
      <p class="pf-muted">{t("welcomeIntro", locale)}</p>
      <section data-step="identity">
        <h2>
          <span class="pf-step">1</span>
          {t("welcomeIdentity", locale)}
        </h2>
        <IdentitySection locale={locale} />
      </section>
      <section data-step="team">
        <h2>
          <span class="pf-step">2</span>
          {t("welcomeTeam", locale)}
        </h2>
        <TeamSection locale={locale} />
      </section>
      <section data-step="try">
        <h2>
          <span class="pf-step">3</span>
          {t("welcomeTry", locale)}
        </h2>
        <p class="pf-row">
          {WELCOME_SAMPLES.map((s) => (
            <button key={s.label} type="button" data-testid={`welcome-sample-${s.label}`} onClick={() => setSample(s.text)}>
              {t(s.label, locale)}
            </button>
          ))}
        </p>
        <TryItSection key={sample ?? ""} locale={locale} initialText={sample} />
      </section>
      <footer>
        {finished ? (
          <p class="pf-ok" role="status" data-testid="welcome-done">
            {t("welcomeDone", locale)}
          </p>
        ) : (
          <>
            <button type="button" data-testid="welcome-finish" onClick={finish}>
              {t("welcomeFinish", locale)}
            </button>
            <button type="button" data-testid="welcome-skip" onClick={finish}>
              {t("welcomeSkip", locale)}
            </button>
          </>
        )}
      </footer>
    </div>
  );
}
