/**
 * The in-page panel, rendered in a shadow root (lib/content/mount.ts): a badge beside each
 * compose box, its findings on demand, the gate dialog and the one-time "Posting as …?" question.
 * Preflight never edits the post: suggestions are copied, not applied.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Finding, Locale, Severity } from "../engine/types.ts";
import type { CrisisView } from "./crisis-view.ts";
import type { ComposerView, GateApproval, GateView, PanelState, PanelStore, Rect } from "./panel-model.ts";
import { badgePlacement, panelPlacement, placementStyle, type Viewport } from "./placement.ts";
import { t, tn } from "./strings.ts";
import { bySeverity } from "../review/order.ts";
import { ruleName } from "../../rules/names.ts";
import { canAllowForMe } from "../engine/own-allow.ts";

const SEVERITY_ORDER: Severity[] = ["block", "warn", "info"];
/** Issue 13: the one shortcut from an editor to its badge (README, "Keyboard"); matched in lib/content/main.ts. */
export const BADGE_SHORTCUT = "Alt+Shift+P";
const BADGE_COUNTS = { block: "badgeBlock", warn: "badgeWarn", info: "badgeInfo" } as const;

/**
 * Only a person's own clicks and keys act on the panel (issue 11, item 5): an event a script made
 * (`element.click()`, a dispatched KeyboardEvent, `form.requestSubmit()`) is ignored, so neither
 * the page nor a script in the content script's world can press Post anyway or answer for the
 * author. A form's submit event is trusted even when a script asked for it, so no form submits:
 * each action is a button's trusted click or a trusted Enter in its field.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

const enter = (act: () => void) =>
  trusted((event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.isComposing) return;
    event.preventDefault();
    act();
  });

const noSubmit = (event: Event) => event.preventDefault();

function viewport(): Viewport {
  return { width: document.documentElement.clientWidth, height: window.innerHeight };
}

function useStore(store: PanelStore): PanelState {
  const [, setTick] = useState(0);
  useEffect(() => store.subscribe(() => setTick((n) => n + 1)), [store]);
  return store.get();
}

function counts(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) out[finding.severity]++;
  return out;
}

export function PanelApp({ store }: { store: PanelStore }) {
  const state = useStore(store);
  const { locale } = state;
  const open = state.composers.find((c) => c.id === state.openId && c.rect);
  const badges = useRef(new Map<number, HTMLButtonElement>());
  const close = () => {
    const id = state.openId;
    store.update({ openId: undefined });
    if (id !== undefined) badges.current.get(id)?.focus();
  };
  // Issue 13: the keyboard shortcut from the editor (lib/content/main.ts) lands on the badge.
  useLayoutEffect(() => {
    if (state.focusBadge) badges.current.get(state.focusBadge.id)?.focus();
  }, [state.focusBadge]);
  return (
    <div class="pf-root" lang={locale}>
      {state.composers.flatMap((composer) =>
        (composer.rect ? (composer.underlines ?? []) : []).map((line, i) => (
          <div
            key={`u${composer.id}:${i}`}
            class={`pf-underline pf-underline--${line.severity}`}
            data-testid="pf-underline"
            aria-hidden="true"
            style={{ top: `${line.top}px`, left: `${line.left}px`, width: `${line.width}px` }}
          />
        )),
      )}
      {state.composers.map((composer) =>
        composer.rect ? (
          <Badge
            key={composer.id}
            composer={composer}
            rect={composer.rect}
            locale={locale}
            crisis={state.crisis}
            drill={state.crisisView?.drill === true}
            unchecked={state.unchecked === true}
            expanded={state.openId === composer.id}
            buttonRef={(el) => (el ? badges.current.set(composer.id, el) : badges.current.delete(composer.id))}
            onToggle={() => (state.openId === composer.id ? close() : store.update({ openId: composer.id }))}
            onEscape={() => state.backToEditor?.(composer.id)}
          />
        ) : null,
      )}
      {open && <FindingsPanel composer={open} state={state} onClose={close} />}
      {state.gate && <GateDialog gate={state.gate} locale={locale} crisis={state.crisis} crisisView={state.crisisView} />}
    </div>
  );
}

function Badge(props: {
  composer: ComposerView;
  rect: Rect;
  locale: Locale;
  crisis: boolean;
  drill: boolean;
  unchecked: boolean;
  expanded: boolean;
  buttonRef: (el: HTMLButtonElement | null) => void;
  onToggle: () => void;
  onEscape: () => void;
}) {
  const { composer, locale, unchecked } = props;
  const n = counts(composer.findings);
  const shown = SEVERITY_ORDER.filter((s) => n[s] > 0);
  const counted = unchecked
    ? t("notChecking", locale)
    : composer.loading
    ? t("loading", locale)
    : shown.length === 0
      ? t("badgeClean", locale)
      : shown.map((s) => tn(BADGE_COUNTS[s], n[s], locale)).join(locale === "zh-CN" ? "、" : ", ");
  // Issue 13: the accessible name says all the badge holds, crisis mode included.
  const summary = props.crisis ? t("badgeCrisis", locale, { summary: counted }) : counted;
  const position = composer.badge ?? badgePlacement(props.rect, viewport());
  const worst = unchecked ? "unchecked" : (shown[0] ?? "none");
  return (
    <button
      type="button"
      ref={props.buttonRef}
      class={`pf-badge pf-badge--${worst}`}
      data-testid="pf-badge"
      data-composer={composer.id}
      aria-expanded={props.expanded}
      aria-controls={`pf-panel-${composer.id}`}
      aria-label={t("badgeLabel", locale, { summary })}
      aria-keyshortcuts={BADGE_SHORTCUT}
      title={t("shortcutHint", locale)}
      style={placementStyle(position)}
      onClick={trusted(props.onToggle)}
      onKeyDown={trusted((event: KeyboardEvent) => {
        // With the panel open, Escape closes it first (FindingsPanel); then Escape goes back to writing.
        if (event.key !== "Escape" || props.expanded) return;
        event.preventDefault();
        props.onEscape();
      })}
    >
      {props.crisis && <span class="pf-pill pf-pill--crisis">{t(props.drill ? "drillBadge" : "crisisBadge", locale)}</span>}
      {unchecked ? (
        <span class="pf-count pf-count--block" data-testid="pf-unchecked">
          ⚠ {t("notChecking", locale)}
        </span>
      ) : composer.loading ? (
        <span class="pf-count">…</span>
      ) : shown.length === 0 ? (
        <span class="pf-count pf-count--clean">✓</span>
      ) : (
        shown.map((s) => (
          <span key={s} class={`pf-count pf-count--${s}`} data-testid={`pf-count-${s}`} data-count={n[s]}>
            <span class={`pf-dot pf-dot--${s}`} aria-hidden="true" /> {n[s]}
          </span>
        ))
      )}
    </button>
  );
}

// --- issue 12: the crisis banner of every compose box ---
/**
 * The crisis in force, in the panel and the gate: the team's title and message, a drill marked as
 * one, and whether only approved people may post; this browser's own crisis says so and why.
 */
function CrisisBanner({ view, locale }: { view: CrisisView | undefined; locale: Locale }) {
  const heading =
    view?.source !== "team"
      ? t("crisisOn", locale)
      : view.title
        ? t(view.drill ? "drillBannerTitle" : "crisisBannerTitle", locale, { title: view.title })
        : t(view.drill ? "drillBannerUntitled" : "crisisBannerUntitled", locale);
  return (
    <div class={`pf-banner pf-crisis${view?.drill ? " pf-crisis--drill" : ""}`} data-testid="pf-crisis" data-drill={view?.drill === true} role="status">
      <strong data-testid="pf-crisis-title">{heading}</strong>
      {view?.message && <span data-testid="pf-crisis-message">{view.message}</span>}
      {view?.restricted && <span data-testid="pf-crisis-restricted">{t("crisisRestricted", locale)}</span>}
      {view?.drill && <span class="pf-crisis__note" data-testid="pf-crisis-drill">{t("drillBannerNote", locale)}</span>}
    </div>
  );
}
// --- end issue 12 ---

function FindingsPanel({ composer, state, onClose }: { composer: ComposerView; state: PanelState; onClose: () => void }) {
  const { locale } = state;
  const closeRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [size, setSize] = useState<{ width: number; height: number }>();
  useLayoutEffect(() => closeRef.current?.focus(), [composer.id]);
  // Placed once its real size is known, so that it can go where it covers neither text nor controls.
  useLayoutEffect(() => {
    const r = sectionRef.current?.getBoundingClientRect();
    if (r && (r.width !== size?.width || r.height !== size?.height)) setSize({ width: r.width, height: r.height });
  });
  const view = viewport();
  const rect = composer.rect!;
  const position = panelPlacement(composer.badge ?? badgePlacement(rect, view), rect, view, size, size && state.isFree);
  const sorted = bySeverity(composer.findings);
  return (
    <section
      id={`pf-panel-${composer.id}`}
      class="pf-panel"
      data-testid="pf-panel"
      ref={sectionRef}
      role="dialog"
      aria-label={t("panelTitle", locale)}
      style={placementStyle(position)}
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      })}
    >
      <header class="pf-panel__head">
        <h2 class="pf-title">{t("panelTitle", locale)}</h2>
        <button type="button" ref={closeRef} class="pf-button pf-button--quiet" onClick={trusted(onClose)}>
          {t("close", locale)}
        </button>
      </header>
      {(state.crisis || state.crisisView) && <CrisisBanner view={state.crisisView} locale={locale} />}
      {state.unchecked && <p class="pf-banner" data-testid="pf-unchecked-note">{t("notCheckingPanel", locale)}</p>}
      {state.askAccount && (
        <AccountQuestion
          locale={locale}
          onSave={(account) => {
            state.saveAccount(account);
            closeRef.current?.focus(); // the question goes; the keyboard stays in the panel
          }}
          onSkip={() => {
            state.skipAccount();
            closeRef.current?.focus();
          }}
        />
      )}
      {state.unchecked ? null : sorted.length === 0 ? (
        <p class="pf-empty">{t("noFindings", locale)}</p>
      ) : (
        <>
          {composer.reading && (
            <p class="pf-reading" data-testid="pf-reading">
              {composer.reading}
            </p>
          )}
          <FindingItems findings={sorted} locale={locale} state={state} />
        </>
      )}
    </section>
  );
}

/**
 * Findings, the most severe first (issue 13), each named by its rule in words; with `state`, each
 * offers "Not a problem here" (the panel; the gate decides on the post, not on the rules).
 */
function FindingItems({ findings, locale, state }: { findings: Finding[]; locale: Locale; state?: PanelState }) {
  return (
    <ul class="pf-findings">
      {bySeverity(findings).map((f) => (
        <li key={`${f.ruleId}:${f.messageId}:${f.start}:${f.end}`} class={`pf-finding pf-finding--${f.severity}`} data-testid="pf-finding" data-rule={f.ruleId} data-severity={f.severity}>
          <div class="pf-finding__head">
            <span class={`pf-sev pf-sev--${f.severity}`}>{t(`severity_${f.severity}`, locale)}</span>
            <span class="pf-rule" data-testid="pf-rule-name">{ruleName(f.ruleId, locale)}</span>
          </div>
          <div class="pf-finding__words">
            {f.excerpt ? <q class="pf-excerpt">{f.excerpt}</q> : <span class="pf-excerpt">{t("whole_post", locale)}</span>}
          </div>
          <p class="pf-message">{f.message}</p>
          {f.guidance && <p class="pf-guidance">{f.guidance}</p>}
          {f.suggestions && f.suggestions.length > 0 && (
            <div class="pf-suggestions">
              {t("suggestions", locale)}
              {f.suggestions.map((s) => (
                <CopyButton key={s} text={s} locale={locale} />
              ))}
            </div>
          )}
          {state && <NotAProblem finding={f} locale={locale} state={state} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Not a problem here" (issue 13): allow the words for me (never offered for what stops a post:
 * the engine would not drop it) and, when the team collects them, report a false positive.
 */
function NotAProblem({ finding, locale, state }: { finding: Finding; locale: Locale; state: PanelState }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<"allowed" | "reported">();
  const [error, setError] = useState<string>();
  const allow = canAllowForMe(finding) && state.allowForMe;
  const report = finding.end > finding.start && state.falsePositiveReports === true && state.reportFalsePositive;
  if (!allow && !report) return null;
  const act = (kind: "allowed" | "reported", run: (f: Finding) => Promise<void>) =>
    trusted(() => {
      setError(undefined);
      run(finding).then(
        () => setDone(kind),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    });
  if (done) {
    return (
      <p class="pf-note" role="status" data-testid="pf-np-done" data-done={done}>
        {t(done === "allowed" ? "npAllowed" : "npReported", locale)}
      </p>
    );
  }
  return (
    <div class="pf-np">
      <button type="button" class="pf-button pf-button--quiet pf-np__toggle" data-testid="pf-np" aria-expanded={open} onClick={trusted(() => setOpen(!open))}>
        {t("notAProblem", locale)}
      </button>
      {open && (
        <div class="pf-np__actions">
          {allow && (
            <button type="button" class="pf-chip" data-testid="pf-np-allow" onClick={act("allowed", allow)}>
              {t("npAllow", locale, { words: finding.excerpt })}
            </button>
          )}
          {report && (
            <button type="button" class="pf-chip" data-testid="pf-np-report" onClick={act("reported", report)}>
              {t("npReport", locale)}
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="pf-error" role="alert" data-testid="pf-np-error">
          {t("npFailed", locale, { error })}
        </p>
      )}
    </div>
  );
}

function CopyButton({ text, locale }: { text: string; locale: Locale }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="pf-chip"
      aria-label={t("copySuggestion", locale, { text })}
      onClick={trusted(() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false));
      })}
    >
      {text} <span class="pf-chip__action">{copied ? t("copied", locale) : t("copy", locale)}</span>
    </button>
  );
}

function AccountQuestion({ locale, onSave, onSkip }: { locale: Locale; onSave: (account: string) => void; onSkip: () => void }) {
  const [value, setValue] = useState("");
  const save = () => {
    if (value.trim()) onSave(value.trim());
  };
  return (
    <form class="pf-account" data-testid="pf-account" onSubmit={noSubmit}>
      <label for="pf-account-input">{t("accountAsk", locale)}</label>
      <input
        id="pf-account-input"
        class="pf-input"
        data-testid="pf-account-input"
        placeholder={t("accountPlaceholder", locale)}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={enter(save)}
      />
      <button type="button" class="pf-button" data-testid="pf-account-save" onClick={trusted(save)}>
        {t("save", locale)}
      </button>
      <button type="button" class="pf-button pf-button--quiet" data-testid="pf-account-skip" onClick={trusted(onSkip)}>
        {t("notNow", locale)}
      </button>
    </form>
  );
}

function GateDialog({ gate, locale, crisis, crisisView }: { gate: GateView; locale: Locale; crisis: boolean; crisisView?: CrisisView | undefined }) {
  const [overriding, setOverriding] = useState(false);
  const [approving, setApproving] = useState(false);
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const confirm = () => {
    if (reason.trim()) gate.answer({ kind: "override", reason: reason.trim() });
  };
  // Focus moves in the same frame the dialog appears, so no keystroke reaches the editor meanwhile.
  useLayoutEffect(() => editRef.current?.focus(), [gate]);
  useLayoutEffect(() => {
    if (overriding) reasonRef.current?.focus();
  }, [overriding]);
  // Escape means Edit wherever focus is, and the site must not see it (X closes its composer on Escape).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== "Escape" || event.isComposing) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      gate.answer({ kind: "edit" });
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [gate]);
  const trapFocus = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>("button:not([disabled]), input")];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return (
    <div class="pf-backdrop">
      <div
        ref={dialog}
        class="pf-gate"
        data-testid="pf-gate"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pf-gate-title"
        aria-describedby="pf-gate-intro"
        onKeyDown={trapFocus}
      >
        <h2 id="pf-gate-title" class="pf-title">{t("gateTitle", locale)}</h2>
        {(crisis || crisisView) && <CrisisBanner view={crisisView} locale={locale} />}
        <p id="pf-gate-intro">{t("gateIntro", locale)}</p>
        <FindingItems findings={gate.reasons} locale={locale} />
        {gate.others.length > 0 && (
          <details class="pf-also">
            <summary>{t("gateAlso", locale)} {gate.others.length}</summary>
            <FindingItems findings={gate.others} locale={locale} />
          </details>
        )}
        <p class="pf-note">{t("gateDraftSafe", locale)}</p>
        {gate.approval?.required && <p class="pf-banner">{t("approvalRequired", locale)}</p>}
        {gate.approval && !gate.approval.approvers && (
          <p class="pf-error" data-testid="pf-approval-none">
            {t("approvalNoApprovers", locale)}
          </p>
        )}
        {approving && gate.approval && <ApprovalForm approval={gate.approval} locale={locale} />}
        {overriding && (
          <form class="pf-reason" onSubmit={noSubmit}>
            <label for="pf-gate-reason">{t("gateReasonLabel", locale)}</label>
            <input
              id="pf-gate-reason"
              ref={reasonRef}
              class="pf-input"
              data-testid="pf-gate-reason"
              autocomplete="off"
              required
              maxLength={1000}
              value={reason}
              onInput={(event) => setReason(event.currentTarget.value)}
              onKeyDown={enter(confirm)}
            />
            <button type="button" class="pf-button pf-button--danger" data-testid="pf-gate-confirm" disabled={!reason.trim()} onClick={trusted(confirm)}>
              {t("gateConfirm", locale)}
            </button>
          </form>
        )}
        <div class="pf-actions">
          <button type="button" ref={editRef} class="pf-button pf-button--primary" data-testid="pf-gate-edit" onClick={trusted(() => gate.answer({ kind: "edit" }))}>
            {t("gateEdit", locale)}
          </button>
          {!overriding && !gate.approval?.required && (
            <button type="button" class="pf-button" data-testid="pf-gate-override" onClick={trusted(() => setOverriding(true))}>
              {t("gatePostAnyway", locale)}
            </button>
          )}
          {gate.approval?.approvers && !approving && !overriding && (
            <button type="button" class="pf-button" data-testid="pf-gate-ask-approval" onClick={trusted(() => setApproving(true))}>
              {t("approvalAsk", locale)}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Issue 12b: the request code to send to an approver, and the field for their answer. The verdict
 * comes from the background (GateApproval.submit); this form only shows it.
 */
function ApprovalForm({ approval, locale }: { approval: GateApproval; locale: Locale }) {
  const [request, setRequest] = useState<string | undefined>();
  const [answer, setAnswer] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const answerRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    approval.request().then(
      (code) => live && setRequest(code),
      () => live && setProblem(t("approvalNotChecked", locale)),
    );
    return () => {
      live = false;
    };
  }, [approval]);
  useLayoutEffect(() => answerRef.current?.focus(), [request !== undefined]);
  const submit = () => {
    if (!answer.trim() || busy) return;
    setBusy(true);
    setProblem(undefined);
    approval.submit(answer).then(
      (refused) => {
        setBusy(false);
        setProblem(refused);
      },
      () => {
        setBusy(false);
        setProblem(t("approvalNotChecked", locale));
      },
    );
  };
  return (
    <form class="pf-reason" data-testid="pf-approval" onSubmit={noSubmit}>
      <p class="pf-note">{t("approvalSend", locale)}</p>
      <label for="pf-approval-request">{t("approvalRequestLabel", locale)}</label>
      <input id="pf-approval-request" class="pf-input" data-testid="pf-approval-request" readOnly value={request ?? "…"} />
      <button
        type="button"
        class="pf-button"
        data-testid="pf-approval-copy"
        disabled={request === undefined}
        onClick={trusted(() => {
          if (request) void navigator.clipboard.writeText(request).then(() => setCopied(true), () => setCopied(false));
        })}
      >
        {copied ? t("copied", locale) : t("copy", locale)}
      </button>
      <label for="pf-approval-answer">{t("approvalAnswerLabel", locale)}</label>
      <input
        id="pf-approval-answer"
        ref={answerRef}
        class="pf-input"
        data-testid="pf-approval-answer"
        autocomplete="off"
        maxLength={4000}
        value={answer}
        onInput={(event) => setAnswer(event.currentTarget.value)}
        onKeyDown={enter(submit)}
      />
      {problem && (
        <p class="pf-error" role="alert" data-testid="pf-approval-problem">
          {problem}
        </p>
      )}
      <p class="pf-note">{t("approvalChanged", locale)}</p>
      <button type="button" class="pf-button pf-button--primary" data-testid="pf-approval-post" disabled={!answer.trim() || busy} onClick={trusted(submit)}>
        {t("approvalPost", locale)}
      </button>
    </form>
  );
}
