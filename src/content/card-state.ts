/**
 * Which card is open, and why: a finding's card beside its words (opened by a click in them, by
 * Alt+Shift+N, or by resting the pointer on its underline), or the list of findings above the
 * badge. A card opened by hovering closes when the pointer leaves both the words and the card;
 * one opened by click or keyboard stays until it is closed. A card whose apply was refused stays
 * open with its message (held) through later analyses until the user closes it or moves on.
 */
import type { Finding, Span } from '../core/types';
import type { ApplyOutcome, FindingView } from '../platform/protocol';
import { placeCard, type Anchor, type Placement } from '../ui/inline/placement';
import type { Point } from './geometry';

/** Rest the pointer on an underline this long and its card opens; leave both this long and it closes. */
export const HOVER_MS = 350;
const STALE_MESSAGE = 'The text changed since this was checked — nothing was applied.';
const FAILED_MESSAGE = 'That change could not be applied here; nothing was changed.';

/** Wraps a handler so that it runs only for events the user caused (never for a page's synthetic ones). */
export function user<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export type OpenCard = { findingId: string | 'list' } & Placement;

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
/** A finding's card, beside its words. */
const placeBeside = (words: Anchor): Placement => placeCard(words, viewport());
/** The list of findings, above the badge and lined up with its right edge. */
const placeAboveBadge = (badge: Anchor): Placement => placeCard(badge, viewport(), { align: 'end', prefer: 'above' });

/** The id (from `views`, in the same order) of the (non-draft) finding the caret is in, or null. */
export function findingAtCaret(findings: readonly Finding[], views: readonly FindingView[], caret: Span | null): string | null {
  if (!caret) return null;
  return views[findings.findIndex((f) => f.level !== 'draft' && f.start <= caret.start && caret.start < f.end)]?.id ?? null;
}

/** The id of the first (non-draft) finding after `at`, else of the first of all, or null. */
export function nextFinding(findings: readonly Finding[], views: readonly FindingView[], at: number): string | null {
  const index = findings.findIndex((f) => f.level !== 'draft' && f.start > at);
  return views[index >= 0 ? index : findings.findIndex((f) => f.level !== 'draft')]?.id ?? null;
}

export interface CardDeps {
  /** Findings are analysed and current (the text has not changed since). */
  ready(): boolean;
  /** The id of the finding whose underline is at this viewport point, or null. */
  findingAt(point: Point): string | null;
  /** The id of the finding the caret is in (a click), or null. */
  atCaret(): string | null;
  /** The id of the finding after the caret, or the first (Alt+Shift+N), or null. */
  next(): string | null;
  /** The box of a finding's words now, or null when it is gone or not laid out. */
  wordsOf(id: string): Anchor | null;
  /** The finding's view in the current analysis (undefined when it is not in it). */
  view(id: string): FindingView | undefined;
  /** A node of Outward's own UI (the card). */
  ours(node: Node): boolean;
  /** Never flag this phrase again; rejects with a message fit to show on the card. */
  ignorePhrase(phrase: string): Promise<void>;
  /** The editor's box (where a card goes whose words are not laid out). */
  editorBox(): Anchor;
  paint(): void;
  focusCard(): void;
  /** Keep the user's selection in the editor, to give it back when the card closes. */
  saveSelection(): void;
  /** Focus the editor and put the saved selection back. */
  returnToEditor(): void;
}

export class CardState {
  open: OpenCard | null = null;
  /** The card whose apply was refused because the draft changed (kept open for its message). */
  held: FindingView | null = null;
  /** The outcome message shown on the open card. */
  status: string | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** The open card came from resting the pointer on an underline (it closes when the pointer leaves). */
  private hovered = false;
  private overCard = false;
  private disposed = false;

  constructor(private readonly deps: CardDeps) {}

  /**
   * Listens to the user in the editor: a click in underlined words, the pointer resting on one,
   * Alt+Shift+N, Escape; focus moving elsewhere lets go of a card's message. Only the user acts:
   * a page can dispatch key, click and pointer events of its own (isTrusted false); they open
   * nothing, move no focus and change nothing.
   */
  listen(editor: HTMLElement, signal: AbortSignal): void {
    editor.addEventListener('click', user(() => {
      const id = this.deps.atCaret();
      if (id !== null) this.openFinding(id, false);
    }), { signal });
    editor.addEventListener('pointermove', user((event: PointerEvent) => this.pointerAt({ x: event.clientX, y: event.clientY })), { signal, passive: true });
    editor.addEventListener('pointerleave', user(() => this.pointerAt(null)), { signal, passive: true });
    editor.addEventListener('keydown', user((event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && (event.key === 'N' || event.key === 'n')) {
        event.preventDefault();
        const id = this.deps.next();
        if (id !== null) this.openFinding(id, true);
      } else if (event.key === 'Escape' && this.open) {
        // A card opened by a click leaves focus in the editor; Escape there closes it too.
        event.preventDefault();
        event.stopPropagation();
        this.close();
      }
    }), { signal });
    // Focus moving to anything but the editor or Outward's card lets go of a card's outcome message.
    window.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0];
      if (this.status === undefined || !(target instanceof Node) || editor.contains(target) || this.deps.ours(target)) return;
      this.release();
      this.deps.paint();
    }, { signal, capture: true });
    signal.addEventListener('abort', () => this.dispose());
  }

  /** The open finding's id (not the list's), for the underline that gets a background. */
  get activeId(): string | null {
    return this.open && this.open.findingId !== 'list' ? this.open.findingId : null;
  }

  /** The pointer moved (or left the editor, null): act once it rests. */
  pointerAt(point: Point | null): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => this.rest(point), HOVER_MS);
  }

  /** The pointer rests at `point`: open the card of the underline under it, or close a hover card. */
  private rest(point: Point | null): void {
    if (this.disposed) return;
    const id = point && this.deps.ready() ? this.deps.findingAt(point) : null;
    if (id !== null) {
      // A card opened by click or keyboard stays until it is closed; hover only replaces hover cards.
      if (this.open && !this.hovered) return;
      if (this.open?.findingId === id) return;
      this.openFinding(id, false);
      this.hovered = true;
    } else if (this.open && this.hovered && !this.overCard) {
      this.open = null;
      this.hovered = false;
      this.deps.paint();
    }
  }

  /** Open a finding's card beside its words; `focus` moves the keyboard into it. */
  openFinding(id: string, focus: boolean): void {
    this.deps.saveSelection();
    this.open = { findingId: id, ...placeBeside(this.deps.wordsOf(id) ?? this.deps.editorBox()) };
    // A rest of the pointer measured before this card opened must not act on it later.
    clearTimeout(this.hoverTimer);
    this.hovered = false;
    this.overCard = false;
    this.release();
    this.deps.paint();
    if (focus) this.deps.focusCard();
  }

  /** The badge was clicked: the list opens above it (`badge`), or closes. */
  toggleList(badge: Anchor): void {
    this.open = this.open?.findingId === 'list' ? null : { findingId: 'list', ...placeAboveBadge(badge) };
    this.hovered = false;
    this.deps.paint();
    if (this.open) this.deps.focusCard();
  }

  /** The pointer went down on, moved over or left the card. */
  cardPointer(event: 'down' | 'enter' | 'leave'): void {
    if (event === 'down') this.hovered = false;
    this.overCard = event !== 'leave';
    if (event === 'leave' && this.hovered) this.pointerAt(null);
  }

  /** A new analysis: a finding's card whose finding is gone closes (not a held one). */
  analysed(): void {
    const id = this.activeId;
    if (id !== null && id !== this.held?.id && !this.deps.view(id)) this.open = null;
  }

  /** The open card follows its words (or the list its badge, when there is one) after a move. */
  place(badge: Anchor | null): void {
    if (!this.open) return;
    if (this.open.findingId === 'list') {
      if (badge) this.open = { ...this.open, ...placeAboveBadge(badge) };
      return;
    }
    const box = this.deps.wordsOf(this.open.findingId);
    if (box) this.open = { ...this.open, ...placeBeside(box) };
  }

  /**
   * The card's Apply (`apply` does it). Refused, the card says why; refused because the draft
   * changed, it is held open with its message. A held card belongs to an older analysis: its
   * Apply is refused as stale without trying.
   */
  apply(id: string, apply: () => ApplyOutcome): void {
    const outcome = this.held?.id === id ? ({ ok: false, reason: 'stale' } as const) : apply();
    if (outcome.ok) return;
    if (outcome.reason === 'stale') this.held = this.deps.view(id) ?? this.held;
    this.status = outcome.reason === 'stale' ? STALE_MESSAGE : FAILED_MESSAGE;
    this.deps.paint();
  }

  /** "Don't flag this phrase": the card closes once the phrase is kept; if it was not, it stays and says why. */
  ignorePhrase(id: string): void {
    const phrase = this.deps.view(id)?.excerpt ?? (this.held?.id === id ? this.held.excerpt : undefined);
    if (phrase === undefined) return;
    this.deps.ignorePhrase(phrase).then(
      () => {
        this.done(id);
        this.deps.paint();
      },
      (error: unknown) => {
        this.status = error instanceof Error ? error.message : 'The phrase could not be saved.';
        this.deps.paint();
      },
    );
  }

  /** The card's action is done (applied, dismissed, phrase kept): it closes. */
  done(id?: string): void {
    if (id === undefined || this.open?.findingId === id) this.open = null;
    this.release();
  }

  /** Drop the outcome message, and the card held open for it if it is the open one. */
  release(): void {
    if (this.held && this.open?.findingId === this.held.id && !this.deps.view(this.held.id)) this.open = null;
    this.held = null;
    this.status = undefined;
  }

  /** Closed on purpose (Esc, the close button): focus and the selection go back to the editor. */
  close(): void {
    this.release();
    this.open = null;
    this.hovered = false;
    // A pending rest of the pointer on the same words must not reopen it.
    clearTimeout(this.hoverTimer);
    this.deps.paint();
    this.deps.returnToEditor();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.hoverTimer);
  }
}
