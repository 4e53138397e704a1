/** The state the in-page panel renders, written by the content script (a tiny observable store). */
import type { Finding, Locale } from "../engine/types.ts";
import type { GateAnswer, Rect, Underline } from "../review/shapes.ts";
import type { CrisisView } from "./crisis-view.ts";
import type { BadgePlacement } from "./placement.ts";

export type { Rect, Underline } from "../review/shapes.ts";

export interface ComposerView {
  id: number;
  /** Where its box is on screen; undefined while it is hidden or out of view. */
  rect: Rect | undefined;
  /** Where its badge goes, chosen by the content script where the page is free; computed from `rect` when absent. */
  badge?: BadgePlacement;
  findings: Finding[];
  /**
   * Why, in words: what the post refers to and what it does with it ("Read as: refers to a tragedy
   * ("floods"); the post uses it to sell or promote ("30% off")."); absent for a plain post.
   */
  reading?: string;
  /** Where each finding's words are on screen, to underline them (never inside the editor). */
  underlines?: Underline[];
  /** The engine is loading (no findings yet). */
  loading: boolean;
}

/** A submit held at the gate, waiting for the author. */
export interface GateView {
  composerId: number;
  /** What stops the post (block findings, crisis). */
  reasons: Finding[];
  /** Everything else found, shown below the reasons. */
  others: Finding[];
  answer(choice: GateAnswer): void;
  /** Issue 12b: asking an approver instead of posting anyway. */
  approval?: GateApproval;
}

export interface GateApproval {
  /** A team crisis requires approval: no "Post anyway". */
  required: boolean;
  /** Whether the rules in force list anyone who can approve (a spokesperson with a key). */
  approvers: boolean;
  /** The request code for the post as it is now. */
  request(): Promise<string>;
  /** Checks an approver's code; resolves with why it was refused, or undefined once the post is released. */
  submit(code: string): Promise<string | undefined>;
}

export interface PanelState {
  locale: Locale;
  composers: ComposerView[];
  /** The composer whose findings are expanded. */
  openId: number | undefined;
  gate: GateView | undefined;
  /** Crisis mode is on (team or local): every composer shows it. */
  crisis: boolean;
  /** Issue 12: what the crisis banner says (title, message, drill, who may post); absent while none is in force. */
  crisisView?: CrisisView;
  /** The engine or the rules could not load: the badge says Preflight is not checking, and the gate holds every post. */
  unchecked?: boolean;
  /** The page does not show the posting account and none is remembered: ask once. */
  askAccount: boolean;
  saveAccount(account: string): void;
  /** "Not now": stop asking on this page. */
  skipAccount(): void;
  /**
   * Issue 13, "Not a problem here": asks the background to allow a finding's words for this author
   * (it keeps them; the engine applies them), and, when the team collects them
   * (`falsePositiveReports`), to log a false-positive report. Both reject with the reason when refused.
   */
  allowForMe?(finding: Finding): Promise<void>;
  reportFalsePositive?(finding: Finding): Promise<void>;
  falsePositiveReports?: boolean;
  /** Issue 13: Alt+Shift+P in an editor asks its badge to take focus (`n` changes with every press). */
  focusBadge?: { id: number; n: number };
  /** Issue 13: Escape on a badge gives focus back to its editor. */
  backToEditor?(id: number): void;
  /** Whether nothing the user works with lies under a spot of the page (the content script hit-tests it). */
  isFree?(spot: Rect): boolean;
}

export class PanelStore {
  private listeners = new Set<() => void>();
  constructor(public state: PanelState) {}

  get(): PanelState {
    return this.state;
  }

  update(patch: Partial<PanelState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  updateComposer(id: number, patch: Partial<ComposerView>): void {
    const composers = this.state.composers.map((c) => (c.id === id ? { ...c, ...patch } : c));
    this.update({ composers });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
