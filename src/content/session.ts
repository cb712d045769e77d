/**
 * One session per composer: it wires the scheduler (snapshot → pause in typing → analyse,
 * incrementally), the editor's view (rects, caret, visible box), the card state and the overlay
 * into highlights, badge and cards. The AbortController owns every listener and timer;
 * `dispose()` releases all. Nothing is written inside the editor except through `apply()`, on a
 * user's click.
 */
import type { AnalyzeOptions, ContextReport, DraftContextInput, Finding, IncrementalAnalyzer, Span } from '../core/types';
import type { ApplyOutcome, ContextView, FindingView, TabState } from '../platform/protocol';
import type { Settings } from '../platform/settings';
import type { Composer, TextSnapshot } from '../sites/types';
import { BADGE_HEIGHT, BADGE_WIDTH } from '../ui/inline/InlineApp';
import { toReportView } from '../ui/report-view';
import { contextLine } from '../ui/report-text';
import { paletteFor, effectiveBackground } from '../ui/inline/colors';
import { CardState, findingAtCaret, nextFinding } from './card-state';
import { EditorView, Follower, oneEdit } from './editor-view';
import { badgePosition, boundingBox, boxAt, hits, type Box, type Point } from './geometry';
import { MarkLayer, marksFor, type Highlights } from './highlights';
import { InlineHost } from './inline-host';
import { analyzeOptions, MAX_ANALYSED_CHARS, MAX_EDITOR_CHARS, rawLength, Scheduler } from './scheduler';

export { MAX_ANALYSED_CHARS, PAUSE_MS, SLICE_MS } from './scheduler';
export { HOVER_MS, user } from './card-state';
const BADGE = { width: BADGE_WIDTH, height: BADGE_HEIGHT };

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
  readonly id: string;
  private readonly host: InlineHost;
  private readonly view: EditorView;
  private readonly marks: MarkLayer;
  private readonly scheduler: Scheduler;
  private readonly card: CardState;
  private readonly follower: Follower;
  private findings: Finding[] = [];
  private views: FindingView[] = [];
  private dismissedPrints = new Set<string>();
  private dismissalsIn = false;
  private savedSelection: Range | Span | null = null;

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    const editor = composer.editor;
    const signal = this.controller.signal;
    this.id = composer.id;
    this.host = new InlineHost(editor);
    this.view = new EditorView(editor, this.host.layer);
    this.marks = new MarkLayer(this.host.layer, (span) => this.rectsOf(span), () => this.view.visibleBox(), (span) => (this.scheduler.snapshot ? this.view.text(this.scheduler.snapshot, span) : ''));
    deps.highlights.attach(this.id, this.marks);
    this.pickColors();
    this.scheduler = new Scheduler(editor, {
      analyzer: () => deps.analyzer(),
      options: () => this.options(),
      snapshot: () => composer.snapshot(),
      // Old underlines could point at the wrong words: drop them until the next analysis.
      changed: () => deps.highlights.clear(this.id),
      analysed: () => this.analysed(),
      tooLong: () => this.analysed(),
    }, signal);
    this.card = new CardState({
      ready: () => !this.scheduler.dirty && !this.scheduler.composing,
      findingAt: (point) => this.findingAt(point),
      atCaret: () => (this.current() && !this.scheduler.composing ? findingAtCaret(this.findings, this.views, this.view.caret(this.current())) : null),
      next: () => (this.current() ? nextFinding(this.findings, this.views, this.view.caret(this.current())?.end ?? -1) : null),
      wordsOf: (id) => {
        const finding = this.findingById(id);
        return finding ? boundingBox(this.rectsOf(finding)) : null;
      },
      view: (id) => this.views.find((v) => v.id === id),
      ours: (node) => this.host.contains(node),
      ignorePhrase: (phrase) => deps.ignorePhrase(phrase),
      editorBox: () => editor.getBoundingClientRect(),
      paint: () => this.paint(),
      focusCard: () => this.host.focusCard(),
      saveSelection: () => (this.savedSelection = this.view.selection()),
      returnToEditor: () => {
        editor.focus();
        this.view.restoreSelection(this.savedSelection);
      },
    });
    this.card.listen(editor, signal);
    this.follower = new Follower(editor, signal, () => this.marks.count > 0, () => {
      this.card.place(this.badgeBox());
      this.paint();
    });
    this.listenForContext(signal);
    // Analysed (in a task after the focus) while the dismissals load, shown once they are in.
    void deps.dismissed(composer.draftKey()).then((prints) => {
      for (const p of prints) this.dismissedPrints.add(p);
      this.dismissalsIn = true;
      if (this.scheduler.report && !signal.aborted) this.analysed();
    });
    const start = setTimeout(() => this.scheduler.runSliced(), 0);
    signal.addEventListener('abort', () => clearTimeout(start));
  }

  /** The settings changed: analyse again (sliced), reporting the results as not current meanwhile. */
  refresh(): void {
    if (this.focused()) this.readContext();
    else if (this.deps.settings().readContext === false) this.context = null;
    this.scheduler.refresh();
  }

  private options(): AnalyzeOptions {
    const options = analyzeOptions(this.deps.settings(), () => this.composer.channel());
    return this.context ? { ...options, context: this.context } : options;
  }

  // ---- Context (issue 23, DESIGN.md §7): what the draft answers, read from the page only while
  // the editor has focus, kept in this session's memory only: never stored, sent or written
  // into the page. The settings switch turns it off.
  private context: DraftContextInput | null = null;

  /** Reads the context now if the editor is focused, and again each time it gains focus. */
  private listenForContext(signal: AbortSignal): void {
    const editor = this.composer.editor;
    if (this.focused()) this.readContext();
    editor.addEventListener('focusin', () => {
      if (this.readContext()) this.scheduler.refresh();
    }, { signal });
  }

  /** Whether the editor has focus now (also inside a shadow root). */
  private focused(): boolean {
    const editor = this.composer.editor;
    const active = (editor.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && (active === editor || editor.contains(active));
  }

  /** Reads (or, switched off, forgets) the context; true when it changed. */
  private readContext(): boolean {
    const next = this.deps.settings().readContext === false ? null : this.composer.context();
    if (JSON.stringify(next) === JSON.stringify(this.context)) return false;
    this.context = next;
    return true;
  }
  // ---- end of context

  /** The analysed snapshot while it is current (the text has not changed since), else null. */
  private current(): TextSnapshot | null {
    return this.scheduler.dirty ? null : this.scheduler.snapshot;
  }

  /** A new report: its findings not dismissed, their underlines, the card and badge. */
  private analysed(): void {
    const report = this.scheduler.report;
    // A report waits for the dismissals; a draft too long to analyse has nothing to dismiss.
    if (report ? !this.dismissalsIn : this.scheduler.tooLong === null) return;
    // Too long to analyse: no findings, no underlines, only the badge saying so.
    this.findings = report ? report.findings.filter((f) => !this.dismissedPrints.has(f.fingerprint)) : [];
    this.views = report ? toReportView({ ...report, findings: this.findings }).findings : [];
    this.pickColors();
    this.deps.highlights.set(this.id, marksFor(this.findings, this.views));
    this.card.analysed();
    this.paint();
  }

  state(site: TabState['site']): TabState {
    const channel = this.options().channel ?? 'cold-email';
    const tooLong = this.scheduler.tooLong;
    if (tooLong !== null) {
      const message = `Not checked: this draft is ${tooLong.toLocaleString('en-US')} characters long, more than the ${MAX_ANALYSED_CHARS.toLocaleString('en-US')} Outward checks.`;
      return { status: 'not-scored', site, channel, reason: 'too-long', message, current: true };
    }
    const report = this.scheduler.report;
    if (!report || !this.dismissalsIn) return { status: 'analysing', site, channel };
    const { score, notScored } = report;
    const current = !this.scheduler.dirty;
    const context = contextView(report.context);
    const read = context ? { context } : {};
    if (score === null || notScored) {
      return { status: 'not-scored', site, channel, reason: notScored?.reason ?? 'empty', message: notScored?.message ?? 'Not scored.', current, ...read };
    }
    return { status: 'results', site, channel, report: toReportView({ ...report, score, findings: this.findings }), current, ...read };
  }

  private findingById(id: string): Finding | undefined {
    const index = this.views.findIndex((v) => v.id === id);
    return index >= 0 ? this.findings[index] : undefined;
  }

  /** Apply a suggestion. Only on a trusted user action (the card) or a request from the popup. */
  apply(findingId: string, suggestionIndex: number): ApplyOutcome {
    const finding = this.findingById(findingId);
    const suggestion = finding?.suggestions[suggestionIndex];
    const snapshot = this.scheduler.snapshot;
    if (!finding || !suggestion || suggestion.edits.length === 0 || !snapshot) return { ok: false, reason: 'not-found' };
    if (this.scheduler.dirty) return { ok: false, reason: 'stale' };
    const edit = oneEdit(snapshot.text, suggestion.edits);
    const result = this.composer.applyEdit(snapshot, edit, snapshot.text.slice(edit.start, edit.end));
    if (!result.ok) return result;
    this.card.done();
    this.scheduler.run();
    return { ok: true };
  }

  dismiss(findingId: string): boolean {
    const finding = this.findingById(findingId);
    if (!finding) return false;
    this.dismissedPrints.add(finding.fingerprint);
    this.deps.dismiss(this.composer.draftKey(), finding.fingerprint);
    this.scheduler.run();
    return true;
  }

  /** Scroll to the words and select them (the popup's "Show in draft"). */
  show(findingId: string): boolean {
    const finding = this.findingById(findingId);
    const snapshot = this.scheduler.snapshot;
    if (!finding || !snapshot || this.scheduler.dirty) return false;
    return this.view.select(snapshot, finding);
  }

  /** Client rects of a span of the analysed text, now (none while the draft has changed since). */
  private rectsOf(span: Span): DOMRect[] {
    const snapshot = this.scheduler.snapshot;
    return this.scheduler.dirty || !snapshot ? [] : this.view.rects(snapshot, span);
  }

  /** Id of the (non-draft) finding whose underline is at this viewport point, or null. */
  private findingAt(point: Point): string | null {
    if (!this.scheduler.snapshot) return null;
    const index = this.findings.findIndex((finding) => finding.level !== 'draft' && hits(this.rectsOf(finding), point));
    return this.views[index]?.id ?? null;
  }

  /** Underline colours and the card theme for the background the editor's text actually sits on. */
  private pickColors(): void {
    const { theme, colors } = paletteFor(effectiveBackground(this.view.backgrounds()));
    this.marks.colors(colors);
    this.host.theme(theme);
  }

  /** The badge's box (never over the draft's text), or null while the editor is not laid out. */
  private badgeBox(rect = this.composer.editor.getBoundingClientRect()): Box | null {
    if (rect.width <= 0 || rect.height <= 0) return null;
    // A huge draft (a pasted document) is not measured line by line: that alone blocks the page.
    const lines = this.scheduler.tooLong !== null || rawLength(this.composer.editor) > MAX_EDITOR_CHARS ? [] : this.view.textLines();
    const at = badgePosition(rect, lines, this.view.visibleBox(), { width: window.innerWidth, height: window.innerHeight }, BADGE);
    return at && boxAt(at, BADGE);
  }

  private paint(): void {
    if (this.controller.signal.aborted) return;
    this.follower.painted();
    this.marks.setActive(this.card.activeId);
    this.marks.layout();
    const rect = this.composer.editor.getBoundingClientRect();
    const badge = this.badgeBox(rect);
    const report = this.scheduler.report;
    this.host.render({
      score: report && report.language.supported ? report.score : null,
      notScored: this.scheduler.tooLong !== null ? 'too-long' : (report?.notScored?.reason ?? null),
      findings: this.views,
      badge: badge && { x: badge.left, y: badge.top },
      open: this.card.open,
      held: this.card.held,
      status: this.card.status,
      onBadge: () => this.card.toggleList(this.badgeBox(rect) ?? rect),
      onCardPointer: (event) => this.card.cardPointer(event),
      onApply: (findingId, suggestionIndex) => {
        if (this.host.lastActivationTrusted) this.card.apply(findingId, () => this.apply(findingId, suggestionIndex));
      },
      onDismiss: (findingId) => {
        if (!this.host.lastActivationTrusted) return;
        this.card.open = null;
        this.dismiss(findingId);
      },
      onIgnorePhrase: (findingId) => {
        if (this.host.lastActivationTrusted) this.card.ignorePhrase(findingId);
      },
      onClose: () => this.card.close(),
    });
  }

  dispose(): void {
    this.controller.abort();
    this.deps.highlights.detach(this.id);
    this.view.dispose();
    this.host.dispose();
  }
}

/** What the popup says of the context read: a name and counts, never the context's text. */
export function contextView(context: ContextReport | undefined): ContextView | undefined {
  if (!context) return undefined;
  const counts = {
    kind: context.kind,
    name: context.names[0] ?? null,
    questions: context.questions.length,
    answered: context.questions.filter((q) => q.answered).length,
  };
  return { ...counts, line: contextLine(counts) };
}
