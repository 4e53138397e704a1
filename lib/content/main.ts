/**
 * The content script's spine: the platform's adapter finds compose boxes, edits are analysed
 * (debounced while typing), the panel shows the findings, and the gate decides at submit time
 * with a fresh analysis. The engine loads only once a compose box appears.
 */
import { APPROVAL_MESSAGES as APPROVAL_PROBLEMS, approvalMessage } from "../approval/messages.ts";
import { createRequest, postDigest, type ApprovalRequest, type PostFacts } from "../approval/request.ts";
import { decisionExcerpt } from "../audit/excerpt.ts";
import { FindingTally } from "../audit/tally.ts";
import { pickLocale } from "../engine/i18n.ts";
import type { AnalysisContext, Finding } from "../engine/types.ts";
import type { ApprovalVerdict, DecisionReport } from "../state/messages.ts";
import { isCrisisFinding, stopsPost, UNCHECKED_RULE, type GateAnswer, type Rect, type Underline } from "../review/shapes.ts";
import { t } from "../ui/strings.ts";
import { crisisViewOf, sameCrisisView } from "../ui/crisis-view.ts";
import { PanelStore } from "../ui/panel-model.ts";
import { badgePlacement, type BadgePlacement } from "../ui/placement.ts";
import type { PlatformAdapter } from "../platforms/types.ts";
import { watchComposers, type TrackedComposer } from "./composers.ts";
import { rectInTopViewport, watchFrames, type FrameWatch } from "./frames.ts";
import { isFreeSpot } from "./free-space.ts";
import { underlinesFor } from "./underlines.ts";
import { EngineClient, type LoadedEngine, type Send } from "./engine-client.ts";
import { installGate, type GateReview } from "./gate.ts";
import { mountPanel } from "./mount.ts";

/** Typing pauses this long before a new analysis; the gate never waits for it. */
export const ANALYSIS_DEBOUNCE_MS = 150;
/** How long the account read from the page is trusted before it is read again. */
const ACCOUNT_REFRESH_MS = 1_000;

export interface ContentOptions {
  adapter: PlatformAdapter;
  window: Window;
  signal: AbortSignal;
  send: Send;
  /** Calls back when the background says what pages show has changed (content scripts cannot read storage). */
  onStateChange(listener: () => void): void;
}

export function startContent(options: ContentOptions): void {
  const { adapter, window, signal } = options;
  const document = window.document;
  // Read when first needed, not at document_start: on a site the user added, the adapter (and so
  // the id: a Mastodon instance's is "mastodon") is chosen once the page shows what it runs.
  const site = () => (adapter.id === "generic" ? window.location.hostname : adapter.id);
  const browserLocale = pickLocale(window.navigator.language);
  /** The browser's language until the state says the user chose another (options page). */
  let locale = browserLocale;
  const engine = new EngineClient(site, options.send, browserLocale);
  const tally = new FindingTally({ send: options.send, site, window, signal });
  let detectedAccount: string | undefined;
  /** The author said "Not now" to "Posting as …?": not asked again on this page. */
  let accountSkipped = false;

  const store = new PanelStore({
    locale,
    composers: [],
    openId: undefined,
    gate: undefined,
    crisis: false,
    askAccount: false,
    saveAccount(account) {
      void options.send({ type: "account.set", site: site(), account }).then(() => engine.refresh().then(analyzeAll));
      store.update({ askAccount: false });
    },
    skipAccount() {
      accountSkipped = true;
      store.update({ askAccount: false });
    },
    isFree: (spot) => isFreeSpot(document, spot),
    // Issue 13: the rule and the words the author marked, never the post.
    allowForMe: (finding) => asked({ type: "allow.add", site: site(), rule: finding.ruleId, words: finding.excerpt }),
    reportFalsePositive: (finding) => {
      const handle = account(engine.current);
      return asked({
        type: "feedback.falsePositive",
        site: site(),
        rule: finding.ruleId,
        severity: finding.severity,
        words: finding.excerpt,
        ...(handle ? { account: handle } : {}),
      });
    },
  });

  /** A request whose refusal (`{ ok: false, error }`) is an error the panel shows. */
  const asked = async (request: Parameters<Send>[0]): Promise<void> => {
    const answer = (await options.send(request)) as { ok?: unknown; error?: unknown } | undefined;
    if (answer?.ok !== true) throw new Error(typeof answer?.error === "string" ? answer.error : "no answer");
  };

  // Read from the page again at most once a second: the author may switch accounts (X's account
  // switcher) without a reload, and the gate must see the account the post goes out under.
  let detectedAt = -Infinity;
  const account = (loaded: LoadedEngine | undefined) => {
    const now = performance.now();
    if (now - detectedAt >= ACCOUNT_REFRESH_MS) {
      detectedAccount = adapter.detectAccount(document);
      detectedAt = now;
    }
    return detectedAccount ?? loaded?.state.account;
  };

  const context = (loaded: LoadedEngine): AnalysisContext => {
    const chosen = loaded.state.language ?? browserLocale;
    if (chosen !== locale) {
      locale = chosen;
      store.update({ locale });
    }
    const handle = account(loaded);
    return {
      platform: site(),
      locale,
      crisis: loaded.state.crisis,
      ...(handle ? { account: handle } : {}),
      ...(loaded.state.author ? { author: loaded.state.author } : {}),
      ...(loaded.state.authorPending ? { authorPending: true } : {}),
    };
  };

  const analyze = (loaded: LoadedEngine, composer: TrackedComposer): Finding[] =>
    loaded.api.analyze(composer.text(), context(loaded), loaded.compiled);
  /** The findings with the reading that explains them, for the panel. */
  const analyzeForPanel = (loaded: LoadedEngine, composer: TrackedComposer): { findings: Finding[]; reading: string | undefined } => {
    const { findings, reading } = loaded.api.analyzePost(composer.text(), context(loaded), loaded.compiled);
    return { findings, reading: loaded.api.describeReading(reading, locale) };
  };

  /** The engine or the rules could not load, or the engine failed: said on every badge (the gate holds posts). */
  const notChecking = (error: unknown) => {
    console.error("Preflight: not checking", error);
    store.update({ unchecked: true, composers: store.get().composers.map((c) => ({ ...c, loading: false })) });
  };

  const show = (composer: TrackedComposer) => {
    const loaded = engine.current;
    if (!loaded) return;
    let findings: Finding[];
    let reading: string | undefined;
    try {
      ({ findings, reading } = analyzeForPanel(loaded, composer));
    } catch (error) {
      notChecking(error);
      return;
    }
    if (store.get().unchecked) store.update({ unchecked: false });
    tally.note(composer, findings, account(loaded));
    store.updateComposer(composer.id, { findings, reading, loading: false, underlines: underlines(composer, findings) });
    const crisisView = crisisViewOf(loaded.state.ruleSet, loaded.state.crisis, new Date(), locale); // issue 12
    store.update({
      falsePositiveReports: loaded.state.ruleSet.feedback?.falsePositiveReports === true,
      crisis: findings.some(isCrisisFinding),
      askAccount: !accountSkipped && account(loaded) === undefined,
      ...(sameCrisisView(crisisView, store.get().crisisView) ? {} : { crisisView }),
    });
  };

  // A keystroke reports itself several times (input, keyup, mutations): each only moves the
  // composer's deadline; one timer per pause re-arms itself until typing has paused long enough.
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const deadlines = new Map<number, number>();
  const schedule = (composer: TrackedComposer) => {
    deadlines.set(composer.id, performance.now() + ANALYSIS_DEBOUNCE_MS);
    if (timers.has(composer.id)) return;
    const wait = (ms: number) =>
      timers.set(
        composer.id,
        setTimeout(() => {
          const left = (deadlines.get(composer.id) ?? 0) - performance.now();
          if (left > 1) return wait(left);
          timers.delete(composer.id);
          if (!composer.signal.aborted) show(composer);
        }, ms),
      );
    wait(ANALYSIS_DEBOUNCE_MS);
  };

  function analyzeAll() {
    for (const composer of composers.live()) show(composer);
  }

  const load = () => engine.ensure().then(analyzeAll, notChecking);

  /** Where the findings' words are now, for the panel to underline. */
  const underlines = (composer: TrackedComposer, findings: readonly Finding[]): Underline[] => {
    const editor = composer.handle.editor;
    const inTop = rectInTopViewport(editor, document, frames);
    const box = visibleRect(composer.handle.anchor, window, frames);
    if (!inTop || !box || findings.length === 0) return [];
    const own = editor.getBoundingClientRect();
    return underlinesFor(editor, findings, box, { top: inTop.top - own.top, left: inTop.left - own.left });
  };

  // Where each box is, read once per frame while anything moves.
  let frame = 0;
  /** The viewport each composer's badge was last placed in. */
  const placedIn = new Map<number, string>();
  const measure = () => {
    frame = 0;
    for (const composer of composers.live()) {
      const rect = visibleRect(composer.handle.anchor, window, frames);
      const old = store.get().composers.find((c) => c.id === composer.id);
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      // Hit-testing the page forces a layout: done only when the box moved or the viewport changed.
      const viewportKey = `${viewport.width}x${viewport.height}`;
      if (sameRect(old?.rect, rect) && placedIn.get(composer.id) === viewportKey) continue;
      placedIn.set(composer.id, viewportKey);
      const badge = rect ? badgePlacement(rect, viewport, (spot) => isFreeSpot(document, spot)) : undefined;
      if (!sameRect(old?.rect, rect) || !samePlacement(old?.badge, badge)) {
        store.updateComposer(composer.id, { rect, badge, underlines: underlines(composer, old?.findings ?? []) });
      }
    }
  };
  const remeasure = () => {
    frame ||= window.requestAnimationFrame(measure);
  };

  // The top frame reads into same-origin frames (TikTok Studio), so one panel covers the page.
  const frames = watchFrames({ document, signal });
  // The panel joins the page with its first compose box: a page without one carries nothing of ours.
  let mounted = false;
  const mountOnce = () => {
    if (mounted) return;
    mounted = true;
    // Closed unless the browser tests asked the background for an open root (never a page).
    const open = options
      .send({ type: "panel.mode" })
      .then((answer) => (answer as { mode?: unknown } | undefined)?.mode === "open", () => false);
    void open.then((inspectable) => mountPanel(document, store, signal, inspectable ? "open" : "closed"));
  };

  const composers = watchComposers({
    adapter,
    document,
    frames,
    signal,
    onAdd(composer) {
      mountOnce();
      store.update({
        composers: [...store.get().composers, { id: composer.id, rect: undefined, findings: [], loading: !engine.current }],
      });
      const resize = new ResizeObserver(remeasure);
      resize.observe(composer.handle.anchor);
      composer.signal.addEventListener("abort", () => resize.disconnect(), { once: true });
      remeasure();
      if (engine.current) show(composer);
      else void load();
    },
    onRemove(composer) {
      clearTimeout(timers.get(composer.id));
      timers.delete(composer.id);
      deadlines.delete(composer.id);
      placedIn.delete(composer.id);
      const state = store.get();
      // The compose box went away while its post waited at the gate: the post was abandoned.
      if (state.gate?.composerId === composer.id) state.gate.answer({ kind: "cancel" });
      store.update({
        composers: state.composers.filter((c) => c.id !== composer.id),
        ...(state.openId === composer.id ? { openId: undefined } : {}),
      });
    },
    // The box growing or shrinking as the text changes is the ResizeObserver's to report.
    onEdit: schedule,
  });

  // Issue 13: Alt+Shift+P in an editor moves focus to its badge; Escape there comes back. Matched
  // by the key's place (code), as Alt+Shift+P types a character on a Mac. Captured before the
  // site sees it, and only a person's own keystroke counts.
  let focusRequests = 0;
  /** Where the caret was when the shortcut left the editor: it goes back there (a contenteditable's focus() would put it first). */
  let caret: { id: number; range: Range } | undefined;
  const onShortcut = (event: KeyboardEvent) => {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== "KeyP") return;
    const path = event.composedPath();
    const composer = composers.live().find((c) => path.includes(c.handle.editor));
    if (!composer || !store.get().composers.some((c) => c.id === composer.id && c.rect)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const selection = composer.handle.editor.ownerDocument.getSelection();
    caret = selection && selection.rangeCount > 0 ? { id: composer.id, range: selection.getRangeAt(0).cloneRange() } : undefined;
    store.update({ focusBadge: { id: composer.id, n: ++focusRequests } });
  };
  store.update({
    backToEditor(id) {
      const editor = composers.live().find((c) => c.id === id)?.handle.editor;
      if (!editor) return;
      editor.focus();
      // Only the caret moves back, as a click would put it; the editor's content is not touched.
      const selection = editor.ownerDocument.getSelection();
      if (caret?.id === id && editor.contains(caret.range.startContainer) && selection) {
        selection.removeAllRanges();
        selection.addRange(caret.range);
      }
    },
  });
  window.addEventListener("keydown", onShortcut, { capture: true, signal });

  // Leaving the page with a post held at the gate abandons it.
  window.addEventListener("pagehide", () => store.get().gate?.answer({ kind: "cancel" }), { signal });
  window.addEventListener("scroll", remeasure, { capture: true, passive: true, signal });
  window.addEventListener("resize", remeasure, { passive: true, signal });
  frames.each((frameDocument, frameSignal) => {
    frameDocument.addEventListener("scroll", remeasure, { capture: true, passive: true, signal: frameSignal });
    frameDocument.defaultView?.addEventListener("resize", remeasure, { passive: true, signal: frameSignal });
    frameDocument.defaultView?.addEventListener("keydown", onShortcut, { capture: true, signal: frameSignal });
    remeasure();
  });
  signal.addEventListener("abort", () => {
    window.cancelAnimationFrame(frame);
    for (const timer of timers.values()) clearTimeout(timer);
  });

  installGate({
    window,
    signal,
    frames,
    composers,
    engine: () => engine.current,
    loadEngine: () => engine.ensure(),
    analyze,
    ask: (review) => ask(review),
    record: (review, answer) => record(review, answer),
    unchecked: () => ({
      ruleId: UNCHECKED_RULE,
      messageId: "unchecked",
      severity: "block",
      message: t("notCheckingReason", locale),
      start: 0,
      end: 0,
      excerpt: "",
    }),
  });

  function ask(review: GateReview): Promise<GateAnswer> {
    return new Promise((resolve) => {
      const first = review.composers[0];
      store.update({
        openId: undefined,
        gate: {
          composerId: first?.id ?? 0,
          reasons: review.reasons,
          others: review.findings.filter((f) => !stopsPost(f)),
          approval: approvalFor(review, (approvedBy) => store.get().gate?.answer({ kind: "approved", approvedBy })),
          answer(choice) {
            store.update({ gate: undefined });
            resolve(choice);
          },
        },
      });
    });
  }

  // --- Issue 12b: approvals ------------------------------------------------------------------
  /** The last request made on this page: asked again for the same post, the same code is shown (the approver may be answering it). */
  let lastRequest: { request: ApprovalRequest; code: string } | undefined;

  /** The post as it is now: its composers' text, the account, and what holds it. */
  const factsNow = (review: GateReview): PostFacts => {
    const loaded = engine.current;
    const composers = [...review.composers].sort((a, b) => a.id - b.id);
    const reasons = loaded ? composers.flatMap((c) => analyze(loaded, c)).filter(stopsPost) : review.reasons;
    return { text: composers.map((c) => c.text()).join("\n\n"), platform: site(), account: account(loaded), rules: reasons.map((f) => f.ruleId) };
  };

  const approvalFor = (review: GateReview, release: (approvedBy: string) => void) => {
    const ruleSet = engine.current?.state.ruleSet;
    /** A team crisis that requires approval: "Post anyway" is not offered. */
    const required = ruleSet?.crisis?.requireApproval === true && review.reasons.some(isCrisisFinding);
    const approvers = ruleSet?.spokespeople?.some((s) => s.key !== undefined) === true;
    // Nobody could answer: not offered, unless the crisis requires it (the gate then says so and holds).
    if (!approvers && !required) return undefined;
    return {
      required,
      approvers,
      async request(): Promise<string> {
        const facts = factsNow(review);
        if (lastRequest && (await postDigest(facts, lastRequest.request.nonce)) === lastRequest.request.digest) return lastRequest.code;
        lastRequest = await createRequest(facts);
        return lastRequest.code;
      },
      /** Sends the code to the background, which alone decides and logs; resolves with the refusal to show, if any. */
      async submit(code: string): Promise<string | undefined> {
        if (!lastRequest) return approvalMessage("wrongPost", locale);
        const digest = await postDigest(factsNow(review), lastRequest.request.nonce);
        const verdict = (await options.send({
          type: "approval.verify",
          site: site(),
          answer: code.trim().slice(0, 4_000),
          digest,
          decision: decisionReport(review, { kind: "edit" }),
        })) as ApprovalVerdict | { ok: false; error: string } | undefined;
        if (verdict?.ok === true && typeof verdict.approvedBy === "string") {
          lastRequest = undefined;
          release(verdict.approvedBy);
          return undefined;
        }
        if (verdict && "problem" in verdict && verdict.problem in APPROVAL_PROBLEMS) return approvalMessage(verdict.problem as keyof typeof APPROVAL_PROBLEMS, locale, verdict.params);
        return t("approvalNotChecked", locale);
      },
    };
  };

  function record(review: GateReview, answer: GateAnswer) {
    // An approval was logged by the background when it verified the code, with the approver.
    if (answer.kind === "approved") return;
    void options.send({ type: "decision.record", site: site(), decision: decisionReport(review, answer) }).catch((error: unknown) =>
      console.error("Preflight: the decision was not logged", error),
    );
  }

  function decisionReport(review: GateReview, answer: Exclude<GateAnswer, { kind: "approved" }>): DecisionReport {
    const seen = new Set<string>();
    const rules: DecisionReport["rules"] = [];
    for (const f of review.findings) {
      const key = `${f.ruleId} ${f.severity}`;
      if (!seen.has(key)) rules.push({ id: f.ruleId, severity: f.severity });
      seen.add(key);
    }
    const loaded = engine.current;
    const handle = account(loaded);
    // The background dates it and adds the author and the platform of this tab.
    const decision: DecisionReport = {
      rules,
      crisis: review.findings.some(isCrisisFinding),
      decision: answer.kind,
      ...(handle ? { account: handle } : {}),
      ...(answer.kind === "override" ? { reason: answer.reason } : {}),
      ...decisionExcerpt(review, loaded?.state.ruleSet.report?.excerpt),
    };
    return decision;
  }

  options.onStateChange(() => {
    // Not checking yet: new state (the admin's fixed rules) is a reason to try again.
    if (!engine.current) {
      if (store.get().unchecked) void load();
      return;
    }
    void engine.refresh().then(analyzeAll, (error: unknown) => console.error("Preflight: reload failed", error));
  });

}

/** The box on the top window's screen (a frame's offset added), undefined while hidden or out of view. */
function visibleRect(element: Element, window: Window, frames: FrameWatch): Rect | undefined {
  const r = rectInTopViewport(element, window.document, frames);
  if (!r || (r.width === 0 && r.height === 0)) return undefined;
  if (r.top + r.height < 0 || r.top > window.innerHeight || r.left + r.width < 0 || r.left > window.innerWidth) return undefined;
  return r;
}

function samePlacement(a: BadgePlacement | undefined, b: BadgePlacement | undefined): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.right === b.right && a.bottom === b.bottom;
}

function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}
