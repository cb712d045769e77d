/**
 * One session per composer: snapshot → pause in typing → analyse (incrementally) → highlights,
 * badge and cards. The AbortController owns every listener and timer; `dispose()` releases all.
 * Nothing is written inside the editor except through `apply()`, on a user's click.
 */
import type { AnalyzeOptions, Finding, IncrementalAnalyzer, Report, Span } from '../core/types';
import type { ApplyOutcome, FindingView, TabState } from '../platform/protocol';
import type { Settings } from '../platform/settings';
import type { Composer, TextSnapshot } from '../sites/types';
import { placeCard, type Anchor, type Placement } from '../ui/inline/placement';
import { BADGE_HEIGHT, BADGE_WIDTH } from '../ui/inline/InlineApp';
import { toReportView } from '../ui/report-view';
import { paletteFor, effectiveBackground } from '../ui/inline/colors';
import { MarkLayer, TextareaMirror, type Box, type Highlights, type MarkSource } from './highlights';
import { InlineHost } from './inline-host';

/** Pause in typing before the draft is analysed. */
export const PAUSE_MS = 400;
/**
 * Longest stretch of sentence work done in one task before yielding to the page: a long draft
 * seen for the first time is tagged over several short tasks, so typing never waits on it.
 */
export const SLICE_MS = 20;
/**
 * Past this many characters of draft (about 6,000 words, far beyond any email or message) Outward
 * does not analyse: the badge and popup say the draft is too long instead of working for seconds
 * on a pasted document. The editor's raw text is measured first, before any snapshot is taken, so
 * a pasted megabyte costs one length check; between the two bounds (a long quoted thread under a
 * short reply) the snapshot, which leaves quotes out, decides.
 */
export const MAX_ANALYSED_CHARS = 40_000;
const MAX_EDITOR_CHARS = 200_000;
/** Rest the pointer on an underline this long and its card opens; leave both this long and it closes. */
export const HOVER_MS = 350;
const STALE_MESSAGE = 'The text changed since this was checked — nothing was applied.';

/** Wraps a handler so that it runs only for events the user caused (never for a page's synthetic ones). */
export function user<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
/** A finding's card, beside its words. */
const placeBeside = (words: Anchor): Placement => placeCard(words, viewport());
/** The list of findings, above the badge and lined up with its right edge. */
const placeAboveBadge = (badge: Anchor): Placement => placeCard(badge, viewport(), { align: 'end', prefer: 'above' });

export interface SessionDeps {
  analyzer(): IncrementalAnalyzer;
  settings(): Settings;
  highlights: Highlights;
  dismissed(draftKey: string): Promise<string[]>;
  dismiss(draftKey: string, fingerprint: string): void;
  /** Never flag this phrase again; rejects with a message fit to show on the card when it was not kept. */
  ignorePhrase(phrase: string): Promise<void>;
}

export class Session {
  private readonly controller = new AbortController();
  private readonly host: InlineHost;
  private readonly marks: MarkLayer;
  /** A textarea's text is measured in a mirror (it has no ranges inside). */
  private readonly mirror: TextareaMirror | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** Frame of the watch that follows the editor when the page moves it without a scroll or resize. */
  private watchFrame = 0;
  private lastBox = '';
  private composing = false;
  private dirty = true;
  /** The draft's length when it is too long to analyse (see MAX_ANALYSED_CHARS), else null. */
  private tooLong: number | null = null;
  private snapshot: TextSnapshot | null = null;
  private report: Report | null = null;
  private findings: Finding[] = [];
  private views: FindingView[] = [];
  private dismissedPrints = new Set<string>();
  private open: ({ findingId: string | 'list' } & Placement) | null = null;
  private status: string | undefined;
  /**
   * The card whose apply was refused because the draft changed: it stays open with its message
   * through later analyses (which may no longer have this finding) until the user closes it or
   * moves focus elsewhere.
   */
  private held: FindingView | null = null;
  private savedSelection: Range | Span | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** The open card came from resting the pointer on an underline (it closes when the pointer leaves). */
  private hovered = false;
  private overCard = false;

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.host = new InlineHost(composer.editor);
    const editor = composer.editor;
    this.mirror = editor.tagName === 'TEXTAREA' ? new TextareaMirror(this.host.layer, editor as HTMLTextAreaElement) : null;
    this.marks = new MarkLayer(this.host.layer, (span) => this.rectsOf(span), () => this.visibleBox(), (span) => this.textOf(span));
    deps.highlights.attach(this.id, this.marks);
    this.pickColors();
    const signal = this.controller.signal;
    editor.addEventListener('input', () => this.changed(), { signal });
    // Only the browser's own composition events (an IME) hold analysis: a page's synthetic
    // compositionstart must not stop Outward. (Firefox's test driver has no IME, so the
    // instrumented build lets a test's composition events stand in for one.)
    const ime = __TEST_HOOKS__ ? <E extends Event>(handler: (event: E) => void) => handler : user;
    editor.addEventListener('compositionstart', ime(() => {
      this.composing = true;
      clearTimeout(this.timer);
    }), { signal });
    editor.addEventListener('compositionend', ime(() => {
      this.composing = false;
      this.changed();
    }), { signal });
    // Only the user acts: a page can dispatch key, click and pointer events of its own
    // (isTrusted false); they open nothing, move no focus and change nothing.
    editor.addEventListener('click', user(() => this.openAtCaret()), { signal });
    editor.addEventListener('pointermove', user((event: PointerEvent) => this.pointerAt({ x: event.clientX, y: event.clientY })), { signal, passive: true });
    editor.addEventListener('pointerleave', user(() => this.pointerAt(null)), { signal, passive: true });
    editor.addEventListener('keydown', user((event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && (event.key === 'N' || event.key === 'n')) {
        event.preventDefault();
        this.openNext();
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
      if (this.status === undefined || !(target instanceof Node) || editor.contains(target) || this.host.contains(target)) return;
      this.release();
      this.paint();
    }, { signal, capture: true });
    const reposition = (): void => this.schedulePaint(true);
    window.addEventListener('scroll', reposition, { signal, capture: true, passive: true });
    window.addEventListener('resize', reposition, { signal, passive: true });
    // The editor growing, shrinking or moving with its window moves the words too.
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(reposition);
      observer.observe(editor);
      signal.addEventListener('abort', () => observer.disconnect());
    }
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      clearTimeout(this.hoverTimer);
      cancelAnimationFrame(this.frame);
      cancelAnimationFrame(this.watchFrame);
    });
    void deps.dismissed(composer.draftKey()).then((prints) => {
      for (const p of prints) this.dismissedPrints.add(p);
      this.runSliced();
    });
  }

  get id(): string {
    return this.composer.id;
  }

  /** The text changed: old underlines could point at the wrong words, so drop them until the next analysis. */
  private changed(): void {
    this.dirty = true;
    this.deps.highlights.clear(this.id);
    clearTimeout(this.timer);
    if (this.composing) return;
    this.timer = setTimeout(() => this.runSliced(), PAUSE_MS);
  }

  /** The settings changed: analyse again (sliced), reporting the results as not current meanwhile. */
  refresh(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.runSliced();
  }

  /**
   * After a pause: do the new sentences' work in slices of at most SLICE_MS, each in its own
   * task, then analyse (which is then only assembly). Any input in between cancels the rest
   * through `changed()`, which clears the timer.
   */
  private runSliced(): void {
    if (this.controller.signal.aborted || this.composing || !this.composer.editor.isConnected) return;
    if (this.bounded()) return;
    const analyzer = this.deps.analyzer();
    if (!analyzer.prepare) return this.run();
    const snapshot = this.composer.snapshot();
    if (this.bounded(snapshot)) return;
    const options = this.options();
    const step = (): void => {
      if (this.controller.signal.aborted || this.composing) return;
      const until = performance.now() + SLICE_MS;
      if (analyzer.prepare?.(snapshot.text, options, () => performance.now() < until) === false) {
        this.timer = setTimeout(step, 0);
        return;
      }
      this.run(snapshot);
    };
    step();
  }

  options(): AnalyzeOptions {
    const s = this.deps.settings();
    return {
      channel: s.defaultChannel === 'auto' ? this.composer.channel() : s.defaultChannel,
      sensitivity: s.sensitivity,
      rules: s.rules,
      ownNames: s.ownNames,
      ignoredPhrases: s.ignoredPhrases,
    };
  }

  /**
   * Analyse now (on a settings change, after an apply or a dismissal: the sentences are mostly
   * cached then). `snapshot` is the editor's, taken since its last input event.
   */
  run(snapshot?: TextSnapshot): void {
    if (this.controller.signal.aborted || this.composing) return;
    if (!this.composer.editor.isConnected) return;
    if (!snapshot && this.bounded()) return;
    const taken = snapshot ?? this.composer.snapshot();
    if (this.bounded(taken)) return;
    this.tooLong = null;
    this.snapshot = taken;
    this.report = this.deps.analyzer().analyze(this.snapshot.text, this.options());
    this.findings = this.report.findings.filter((f) => !this.dismissedPrints.has(f.fingerprint));
    this.views = toReportView({ ...this.report, findings: this.findings }).findings;
    this.dirty = false;
    const marks: MarkSource[] = [];
    this.findings.forEach((finding, index) => {
      const view = this.views[index];
      if (finding.level !== 'draft' && view && finding.end > finding.start) marks.push({ key: view.id, category: finding.category, span: { start: finding.start, end: finding.end } });
    });
    this.pickColors();
    this.deps.highlights.set(this.id, marks);
    if (this.open && this.open.findingId !== 'list' && this.open.findingId !== this.held?.id && !this.views.some((v) => v.id === this.open?.findingId)) this.open = null;
    this.paint();
  }

  /**
   * Whether the draft is too long to analyse (the editor's raw text, or the snapshot when given);
   * if so, drops the last results and shows that instead.
   */
  private bounded(snapshot?: TextSnapshot): boolean {
    const editor = this.composer.editor;
    const size = snapshot ? snapshot.text.length : 'value' in editor ? (editor as HTMLTextAreaElement).value.length : (editor.textContent ?? '').length;
    if (size <= (snapshot ? MAX_ANALYSED_CHARS : MAX_EDITOR_CHARS)) return false;
    this.tooLong = size;
    this.snapshot = null;
    this.report = null;
    this.findings = [];
    this.views = [];
    this.dirty = false;
    this.open = null;
    this.held = null;
    this.deps.highlights.clear(this.id);
    this.paint();
    return true;
  }

  state(site: TabState['site']): TabState {
    const channel = this.options().channel ?? 'cold-email';
    if (this.tooLong !== null) {
      const message = `Not checked: this draft is ${this.tooLong.toLocaleString('en-US')} characters long, more than the ${MAX_ANALYSED_CHARS.toLocaleString('en-US')} Outward checks.`;
      return { status: 'not-scored', site, channel, reason: 'too-long', message, current: true };
    }
    if (!this.report) return { status: 'analysing', site, channel };
    const { score, notScored } = this.report;
    if (score === null || notScored) {
      return { status: 'not-scored', site, channel, reason: notScored?.reason ?? 'empty', message: notScored?.message ?? 'Not scored.', current: !this.dirty };
    }
    return { status: 'results', site, channel, report: toReportView({ ...this.report, score, findings: this.findings }), current: !this.dirty };
  }

  private findingById(id: string): Finding | undefined {
    const index = this.views.findIndex((v) => v.id === id);
    return index >= 0 ? this.findings[index] : undefined;
  }

  /** Apply a suggestion. Only on a trusted user action (the card) or a request from the popup. */
  apply(findingId: string, suggestionIndex: number): ApplyOutcome {
    const finding = this.findingById(findingId);
    const suggestion = finding?.suggestions[suggestionIndex];
    if (!finding || !suggestion || suggestion.edits.length === 0 || !this.snapshot) return { ok: false, reason: 'not-found' };
    if (this.dirty) return { ok: false, reason: 'stale' };
    // Several edits become one replacement of the window they cover: one change, one undo.
    const start = Math.min(...suggestion.edits.map((e) => e.start));
    const end = Math.max(...suggestion.edits.map((e) => e.end));
    let replacement = this.snapshot.text.slice(start, end);
    for (const e of [...suggestion.edits].sort((a, b) => b.start - a.start)) {
      replacement = replacement.slice(0, e.start - start) + e.text + replacement.slice(e.end - start);
    }
    const expected = this.snapshot.text.slice(start, end);
    const result = this.composer.applyEdit(this.snapshot, { start, end, text: replacement }, expected);
    if (!result.ok) return result;
    this.open = null;
    this.release();
    this.run();
    return { ok: true };
  }

  dismiss(findingId: string): boolean {
    const finding = this.findingById(findingId);
    if (!finding) return false;
    this.dismissedPrints.add(finding.fingerprint);
    this.deps.dismiss(this.composer.draftKey(), finding.fingerprint);
    this.run();
    return true;
  }

  /** Scroll to the words and select them (the popup's "Show in draft"). */
  show(findingId: string): boolean {
    const finding = this.findingById(findingId);
    if (!finding || !this.snapshot || this.dirty) return false;
    if (this.mirror) {
      const textarea = this.composer.editor as HTMLTextAreaElement;
      textarea.focus();
      textarea.setSelectionRange(finding.start, finding.end);
      textarea.scrollIntoView({ block: 'center' });
      return true;
    }
    const range = this.snapshot.rangeFor(finding);
    if (!range) return false;
    const selection = this.composer.editor.ownerDocument.getSelection();
    this.composer.editor.focus();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (range.startContainer.parentElement ?? this.composer.editor).scrollIntoView({ block: 'center' });
    return true;
  }

  private openAtCaret(): void {
    if (this.dirty || this.composing || !this.snapshot) return;
    const span = this.caret();
    if (!span) return;
    const index = this.findings.findIndex((f) => f.level !== 'draft' && f.start <= span.start && span.start < f.end);
    if (index >= 0) this.openCard(index, false);
  }

  /** The pointer moved (or left the editor): act once it rests. */
  private pointerAt(point: { x: number; y: number } | null): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => this.rest(point), HOVER_MS);
  }

  /** The pointer rests at `point`: open the card of the underline under it, or close a hover card. */
  private rest(point: { x: number; y: number } | null): void {
    if (this.controller.signal.aborted) return;
    const index = point && !this.dirty && !this.composing ? this.findingAt(point.x, point.y) : -1;
    if (index >= 0) {
      // A card opened by click or keyboard stays until it is closed; hover only replaces hover cards.
      if (this.open && !this.hovered) return;
      if (this.open?.findingId === this.views[index]?.id) return;
      this.openCard(index, false);
      this.hovered = true;
    } else if (this.open && this.hovered && !this.overCard) {
      this.open = null;
      this.hovered = false;
      this.paint();
    }
  }

  /** Index of the (non-draft) finding whose underline is at this viewport point, or -1. */
  private findingAt(x: number, y: number): number {
    if (!this.snapshot) return -1;
    return this.findings.findIndex((finding) => {
      if (finding.level === 'draft') return false;
      return this.rectsOf(finding).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    });
  }

  private openNext(): void {
    if (this.dirty || this.findings.length === 0 || !this.snapshot) return;
    const at = this.caret()?.end ?? -1;
    let index = this.findings.findIndex((f) => f.level !== 'draft' && f.start > at);
    if (index < 0) index = this.findings.findIndex((f) => f.level !== 'draft');
    if (index >= 0) this.openCard(index, true);
  }

  private openCard(index: number, focus: boolean): void {
    const finding = this.findings[index];
    const view = this.views[index];
    if (!view) return;
    this.saveSelection();
    const rect = (finding && this.boxOf(finding)) ?? this.composer.editor.getBoundingClientRect();
    this.open = { findingId: view.id, ...placeBeside(rect) };
    // A rest of the pointer measured before this card opened must not act on it later.
    clearTimeout(this.hoverTimer);
    this.hovered = false;
    this.overCard = false;
    this.release();
    this.paint();
    if (focus) this.host.focusCard();
  }

  /** Drop the outcome message, and the card held open for it if it is the open one. */
  private release(): void {
    if (this.held && this.open?.findingId === this.held.id && !this.views.some((v) => v.id === this.held?.id)) this.open = null;
    this.held = null;
    this.status = undefined;
  }

  private close(): void {
    this.release();
    this.open = null;
    this.hovered = false;
    // Closed on purpose: a pending rest of the pointer on the same words must not reopen it.
    clearTimeout(this.hoverTimer);
    this.paint();
    this.composer.editor.focus();
    this.restoreSelection();
  }

  /** The caret or selection in the editor as a span of the analysed text (null when outside). */
  private caret(): Span | null {
    const editor = this.composer.editor;
    if (this.mirror) {
      const textarea = editor as HTMLTextAreaElement;
      return { start: textarea.selectionStart, end: textarea.selectionEnd };
    }
    const selection = editor.ownerDocument.getSelection();
    return selection && selection.rangeCount > 0 && this.snapshot ? this.snapshot.spanFor(selection.getRangeAt(0)) : null;
  }

  private saveSelection(): void {
    const editor = this.composer.editor;
    if (this.mirror) {
      const textarea = editor as HTMLTextAreaElement;
      this.savedSelection = { start: textarea.selectionStart, end: textarea.selectionEnd };
      return;
    }
    const selection = editor.ownerDocument.getSelection();
    this.savedSelection = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  }

  private restoreSelection(): void {
    const saved = this.savedSelection;
    if (!saved) return;
    if (saved instanceof Range || !this.mirror) {
      const selection = this.composer.editor.ownerDocument.getSelection();
      selection?.removeAllRanges();
      if ('cloneRange' in saved) selection?.addRange(saved);
    } else (this.composer.editor as HTMLTextAreaElement).setSelectionRange(saved.start, saved.end);
  }

  /** Client rects of a span of the analysed text, now (none while the draft has changed since). */
  private rectsOf(span: Span): DOMRect[] {
    if (this.dirty || !this.snapshot) return [];
    if (this.mirror) return this.mirror.rects(span);
    const range = this.snapshot.rangeFor(span);
    return range ? [...range.getClientRects()] : [];
  }

  /** The box around a span's rects, or null when it is not laid out. */
  private boxOf(span: Span): Anchor | null {
    const rects = this.rectsOf(span).filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) return null;
    return {
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  }

  /** The text of a span (what the overlay marks, for the instrumented build's tests). */
  private textOf(span: Span): string {
    if (!this.snapshot) return '';
    if (this.mirror) return this.snapshot.text.slice(span.start, span.end);
    return this.snapshot.rangeFor(span)?.toString() ?? this.snapshot.text.slice(span.start, span.end);
  }

  /**
   * Where the editor's text can be seen: the editor's box (a textarea's inside its border), cut by
   * every ancestor that clips its overflow, and by the viewport.
   */
  private visibleBox(): Box {
    const editor = this.composer.editor;
    const view = editor.ownerDocument.defaultView ?? window;
    const r = editor.getBoundingClientRect();
    let box: Box = { left: r.left + editor.clientLeft, top: r.top + editor.clientTop, right: r.left + editor.clientLeft + (editor.clientWidth || r.width), bottom: r.top + editor.clientTop + (editor.clientHeight || r.height) };
    let node: Element | null = editor.parentElement ?? ((editor.getRootNode() as ShadowRoot).host ?? null);
    while (node && node !== editor.ownerDocument.documentElement) {
      const style = view.getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const c = node.getBoundingClientRect();
        box = { left: Math.max(box.left, c.left), top: Math.max(box.top, c.top), right: Math.min(box.right, c.right), bottom: Math.min(box.bottom, c.bottom) };
      }
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    }
    return { left: Math.max(0, box.left), top: Math.max(0, box.top), right: Math.min(view.innerWidth, box.right), bottom: Math.min(view.innerHeight, box.bottom) };
  }

  /** Underline colours and the card theme for the background the editor's text actually sits on. */
  private pickColors(): void {
    const editor = this.composer.editor;
    const view = editor.ownerDocument.defaultView ?? window;
    const layers: string[] = [];
    let node: Element | null = editor;
    while (node) {
      const color = view.getComputedStyle(node).backgroundColor;
      layers.push(color);
      if (color.startsWith('rgb(') || /^#[0-9a-f]{6}$/i.test(color)) break;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    }
    const { theme, colors } = paletteFor(effectiveBackground(layers));
    this.marks.colors(colors);
    this.host.theme(theme);
  }

  /** Paint on the next frame; after a scroll or resize, the open card is placed again first. */
  private schedulePaint(replace = false): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (replace) this.replaceCard();
      this.paint();
    });
  }

  /**
   * Where the badge sits: never over the draft's text. Tried in turn: on the editor's bottom
   * border at the right, below the editor, to its right, above it; the first that stays in the
   * window and meets no line of text wins (null while the editor is not laid out).
   */
  private badgeBox(rect: DOMRect): { x: number; y: number } | null {
    if (rect.width <= 0 || rect.height <= 0) return null;
    const view = { width: window.innerWidth, height: window.innerHeight };
    const candidates = [
      { x: rect.right - BADGE_WIDTH - 8, y: rect.bottom - BADGE_HEIGHT / 2 },
      { x: rect.right - BADGE_WIDTH, y: rect.bottom + 4 },
      { x: rect.right + 4, y: rect.bottom - BADGE_HEIGHT },
      { x: rect.right - BADGE_WIDTH, y: rect.top - BADGE_HEIGHT - 4 },
    ];
    // Only the lines in view count (the rest are scrolled away inside the editor).
    const visible = this.visibleBox();
    const lines = this.textLines().filter((l) => l.bottom > visible.top && l.top < visible.bottom && l.right > visible.left && l.left < visible.right);
    const fits = ({ x, y }: { x: number; y: number }): boolean =>
      x >= 0 && y >= 0 && x + BADGE_WIDTH <= view.width && y + BADGE_HEIGHT <= view.height &&
      !lines.some((l) => l.left < x + BADGE_WIDTH && x < l.right && l.top < y + BADGE_HEIGHT && y < l.bottom);
    const chosen = candidates.find(fits) ?? candidates[0]!;
    return { x: Math.max(4, Math.min(chosen.x, view.width - BADGE_WIDTH - 4)), y: Math.max(4, Math.min(chosen.y, view.height - BADGE_HEIGHT - 4)) };
  }

  /** The boxes of the editor's lines of text now (its text nodes', or the textarea's mirror's). */
  private textLines(): DOMRect[] {
    const editor = this.composer.editor;
    if (this.mirror) {
      const length = (editor as HTMLTextAreaElement).value.length;
      return length > 0 ? this.mirror.rects({ start: 0, end: length }) : [];
    }
    const doc = editor.ownerDocument;
    const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    const lines: DOMRect[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue || node.nodeValue.trim() === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) lines.push(r);
    }
    return lines;
  }

  /** The badge's own box, or the editor's while it has no badge. */
  private badgeAnchor(editorRect: DOMRect): Anchor {
    const badge = this.badgeBox(editorRect);
    return badge ? { left: badge.x, right: badge.x + BADGE_WIDTH, top: badge.y, bottom: badge.y + BADGE_HEIGHT } : editorRect;
  }

  /** The open card follows its words (or the list its badge) when the page scrolls or resizes. */
  private replaceCard(): void {
    if (!this.open) return;
    if (this.open.findingId === 'list') {
      const rect = this.composer.editor.getBoundingClientRect();
      if (this.badgeBox(rect)) this.open = { ...this.open, ...placeAboveBadge(this.badgeAnchor(rect)) };
      return;
    }
    const finding = this.findingById(this.open.findingId);
    const box = finding ? this.boxOf(finding) : null;
    if (box) this.open = { ...this.open, ...placeBeside(box) };
  }

  /**
   * While underlines are drawn, one rect read per frame notices the editor moving for any reason
   * (a compose window dragged or docked, content above it growing) and draws again in that frame.
   */
  private watch(): void {
    cancelAnimationFrame(this.watchFrame);
    if (this.controller.signal.aborted || this.marks.count === 0) return;
    this.watchFrame = requestAnimationFrame(() => {
      if (this.controller.signal.aborted) return;
      const r = this.composer.editor.getBoundingClientRect();
      const box = `${r.left},${r.top},${r.width},${r.height}`;
      if (box !== this.lastBox) {
        this.lastBox = box;
        this.replaceCard();
        this.paint();
      } else this.watch();
    });
  }

  private paint(): void {
    if (this.controller.signal.aborted) return;
    const now = this.composer.editor.getBoundingClientRect();
    this.lastBox = `${now.left},${now.top},${now.width},${now.height}`;
    this.watch();
    this.marks.setActive(this.open && this.open.findingId !== 'list' ? this.open.findingId : null);
    this.marks.layout();
    const rect = this.composer.editor.getBoundingClientRect();
    const badge = this.badgeBox(rect);
    this.host.render({
      score: this.report && this.report.language.supported ? this.report.score : null,
      notScored: this.tooLong !== null ? 'too-long' : (this.report?.notScored?.reason ?? null),
      findings: this.views,
      badge,
      open: this.open,
      held: this.held,
      status: this.status,
      onBadge: () => {
        this.open = this.open?.findingId === 'list' ? null : { findingId: 'list', ...placeAboveBadge(this.badgeAnchor(rect)) };
        this.hovered = false;
        this.paint();
        if (this.open) this.host.focusCard();
      },
      onCardPointer: (event) => {
        if (event === 'down') this.hovered = false;
        this.overCard = event !== 'leave';
        if (event === 'leave' && this.hovered) this.pointerAt(null);
      },
      onApply: (findingId, suggestionIndex) => {
        if (!this.host.lastActivationTrusted) return;
        // A card held open after a refused apply belongs to an older analysis: still stale.
        const outcome = this.held?.id === findingId ? ({ ok: false, reason: 'stale' } as const) : this.apply(findingId, suggestionIndex);
        if (!outcome.ok) {
          if (outcome.reason === 'stale') this.held = this.views.find((v) => v.id === findingId) ?? this.held;
          this.status = outcome.reason === 'stale' ? STALE_MESSAGE : 'That change could not be applied here; nothing was changed.';
          this.paint();
        }
      },
      onDismiss: (findingId) => {
        if (!this.host.lastActivationTrusted) return;
        this.open = null;
        this.dismiss(findingId);
      },
      onIgnorePhrase: (findingId) => {
        if (!this.host.lastActivationTrusted) return;
        const phrase = this.findingById(findingId)?.excerpt ?? (this.held?.id === findingId ? this.held.excerpt : undefined);
        if (phrase === undefined) return;
        // The card closes once the phrase is kept; if it was not, it stays and says why.
        this.deps.ignorePhrase(phrase).then(
          () => {
            if (this.open?.findingId === findingId) this.open = null;
            this.release();
            this.paint();
          },
          (error: unknown) => {
            this.status = error instanceof Error ? error.message : 'The phrase could not be saved.';
            this.paint();
          },
        );
      },
      onClose: () => this.close(),
    });
  }

  dispose(): void {
    this.controller.abort();
    this.deps.highlights.detach(this.id);
    this.mirror?.dispose();
    this.host.dispose();
  }
}
