/**
 * One session per composer: it wires the scheduler (snapshot → pause in typing → analyse,
 * incrementally), the context the draft answers, the findings shown (less the dismissed), the
 * editor's view (rects, caret, visible box), the card state and the overlay into highlights,
 * badge and cards, and answers the popup (tab-state.ts). The AbortController owns every listener
 * and timer; `dispose()` releases all. Nothing is written inside the editor except through
 * `apply()`, on a user's click.
 */
import type { AnalyzeOptions, IncrementalAnalyzer, Span } from '../core/types';
import type { ApplyOutcome, TabState } from '../platform/protocol';
import type { Settings } from '../platform/settings';
import type { Composer, TextSnapshot } from '../sites/types';
import { paletteFor, effectiveBackground } from '../ui/inline/colors';
import { badgeBox } from './badge';
import { CardState, findingAtCaret, nextFinding } from './card-state';
import { DraftContext } from './draft-context';
import { EditorView, Follower, oneEdit } from './editor-view';
import { boundingBox, type Box } from './geometry';
import { MarkLayer, marksFor, type Highlights } from './highlights';
import { InlineHost } from './inline-host';
import { analyzeOptions, Scheduler } from './scheduler';
import { ShownFindings } from './shown-findings';
import { tabState } from './tab-state';

export { MAX_ANALYSED_CHARS, PAUSE_MS, SLICE_MS } from './scheduler';
export { HOVER_MS } from './card-state';

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
  private readonly context: DraftContext;
  private readonly shown = new ShownFindings();
  private savedSelection: Range | Span | null = null;

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    const editor = composer.editor;
    const signal = this.controller.signal;
    this.id = composer.id;
    this.context = new DraftContext(composer, deps.settings);
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
      // No underline is hit before the first analysis.
      findingAt: (point) => (this.scheduler.snapshot ? this.shown.at(point, (span) => this.rectsOf(span)) : null),
      atCaret: () => (this.current() && !this.scheduler.composing ? findingAtCaret(this.shown.findings, this.shown.views, this.view.caret(this.current())) : null),
      next: () => (this.current() ? nextFinding(this.shown.findings, this.shown.views, this.view.caret(this.current())?.end ?? -1) : null),
      wordsOf: (id) => {
        const finding = this.shown.byId(id);
        return finding ? boundingBox(this.rectsOf(finding)) : null;
      },
      view: (id) => this.shown.views.find((v) => v.id === id),
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
    this.context.listen(signal, () => this.scheduler.refresh());
    // Analysed (in a task after the focus) while the dismissals load, shown once they are in.
    void deps.dismissed(composer.draftKey()).then((prints) => {
      this.shown.load(prints);
      if (this.scheduler.report && !signal.aborted) this.analysed();
    });
    const start = setTimeout(() => this.scheduler.runSliced(), 0);
    signal.addEventListener('abort', () => clearTimeout(start));
  }

  /** The settings changed: analyse again (sliced), reporting the results as not current meanwhile. */
  refresh(): void {
    this.context.refresh();
    this.scheduler.refresh();
  }

  private options(): AnalyzeOptions {
    const options = analyzeOptions(this.deps.settings(), () => this.composer.channel());
    const context = this.context.current;
    return context ? { ...options, context } : options;
  }

  /** The analysed snapshot while it is current (the text has not changed since), else null. */
  private current(): TextSnapshot | null {
    return this.scheduler.dirty ? null : this.scheduler.snapshot;
  }

  /** A new report: its findings not dismissed, their underlines, the card and badge. */
  private analysed(): void {
    const report = this.scheduler.report;
    // A report waits for the dismissals; a draft too long to analyse has nothing to dismiss.
    if (report ? !this.shown.ready : this.scheduler.tooLong === null) return;
    // Too long to analyse: no findings, no underlines, only the badge saying so.
    this.shown.show(report);
    this.pickColors();
    this.deps.highlights.set(this.id, marksFor(this.shown.findings, this.shown.views));
    this.card.analysed();
    this.paint();
  }

  state(site: TabState['site']): TabState {
    const channel = this.options().channel ?? 'cold-email';
    const { tooLong, report, dirty } = this.scheduler;
    return tabState(site, channel, { tooLong, report, ready: this.shown.ready, current: !dirty, findings: this.shown.findings });
  }

  /** Apply a suggestion. Only on a trusted user action (the card) or a request from the popup. */
  apply(findingId: string, suggestionIndex: number): ApplyOutcome {
    const finding = this.shown.byId(findingId);
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
    const finding = this.shown.dismiss(findingId);
    if (!finding) return false;
    this.deps.dismiss(this.composer.draftKey(), finding.fingerprint);
    this.scheduler.run();
    return true;
  }

  /** Scroll to the words and select them (the popup's "Show in draft"). */
  show(findingId: string): boolean {
    const finding = this.shown.byId(findingId);
    const snapshot = this.scheduler.snapshot;
    if (!finding || !snapshot || this.scheduler.dirty) return false;
    return this.view.select(snapshot, finding);
  }

  /** Client rects of a span of the analysed text, now (none while the draft has changed since). */
  private rectsOf(span: Span): DOMRect[] {
    const snapshot = this.scheduler.snapshot;
    return this.scheduler.dirty || !snapshot ? [] : this.view.rects(snapshot, span);
  }

  /** Underline colours and the card theme for the background the editor's text actually sits on. */
  private pickColors(): void {
    const { theme, colors } = paletteFor(effectiveBackground(this.view.backgrounds()));
    this.marks.colors(colors);
    this.host.theme(theme);
  }

  /** The badge's box (never over the draft's text), or null while the editor is not laid out. */
  private badgeBox(rect?: DOMRect): Box | null {
    return badgeBox(this.composer.editor, this.view, this.scheduler.tooLong !== null, rect);
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
      findings: this.shown.views,
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
