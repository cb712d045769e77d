/**
 * When a composer's draft is analysed: once after a pause in typing, never during an IME
 * composition, a long new draft prepared in short slices (each its own task) so typing never
 * waits on it. Keeps the last snapshot and its report, and whether the text has changed since.
 * Every listener and timer belongs to the given AbortSignal.
 */
import type { AnalyzeOptions, IncrementalAnalyzer, Report } from '../core/types';
import type { Settings } from '../platform/settings';
import type { Channel } from '../core/types';
import type { TextSnapshot } from '../sites/types';
import { user } from './card-state';

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
export const MAX_EDITOR_CHARS = 200_000;

/** The editor's raw text length (quotes and signature included): one cheap read, no snapshot. */
export function rawLength(editor: HTMLElement): number {
  return 'value' in editor ? (editor as HTMLTextAreaElement).value.length : (editor.textContent ?? '').length;
}

/** What the analyser is told, from the settings (`channel` is the composer's, asked only when the settings say "auto"). */
export function analyzeOptions(s: Settings, channel: () => Channel): AnalyzeOptions {
  return {
    channel: s.defaultChannel === 'auto' ? channel() : s.defaultChannel,
    sensitivity: s.sensitivity,
    rules: s.rules,
    ownNames: s.ownNames,
    ignoredPhrases: s.ignoredPhrases,
  };
}

export interface SchedulerDeps {
  analyzer(): IncrementalAnalyzer;
  options(): AnalyzeOptions;
  /** The editor's text now. */
  snapshot(): TextSnapshot;
  /** The text changed: what was drawn for the last report may point at the wrong words. */
  changed(): void;
  /** A new report, for `scheduler.snapshot`. */
  analysed(): void;
  /** The draft is too long to analyse (`scheduler.tooLong`): there is no report. */
  tooLong(): void;
}

export class Scheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composingNow = false;
  private dirtyNow = true;
  private last: { snapshot: TextSnapshot; report: Report } | null = null;
  private tooLongNow: number | null = null;

  constructor(
    private readonly editor: HTMLElement,
    private readonly deps: SchedulerDeps,
    private readonly signal: AbortSignal,
  ) {
    editor.addEventListener('input', () => this.changed(), { signal });
    // Only the browser's own composition events (an IME) hold analysis: a page's synthetic
    // compositionstart must not stop Outward. (Firefox's test driver has no IME, so the
    // instrumented build lets a test's composition events stand in for one.)
    const ime = __TEST_HOOKS__ ? <E extends Event>(handler: (event: E) => void) => handler : user;
    editor.addEventListener('compositionstart', ime(() => {
      this.composingNow = true;
      clearTimeout(this.timer);
    }), { signal });
    editor.addEventListener('compositionend', ime(() => {
      this.composingNow = false;
      this.changed();
    }), { signal });
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  /** The text changed since the last report (or there is none yet). */
  get dirty(): boolean {
    return this.dirtyNow;
  }

  /** An IME composition is under way. */
  get composing(): boolean {
    return this.composingNow;
  }

  /** The snapshot the last report is of. */
  get snapshot(): TextSnapshot | null {
    return this.last?.snapshot ?? null;
  }

  get report(): Report | null {
    return this.last?.report ?? null;
  }

  /** The draft's length when it is too long to analyse (see MAX_ANALYSED_CHARS), else null. */
  get tooLong(): number | null {
    return this.tooLongNow;
  }

  /**
   * Whether the draft is too long to analyse: the editor's raw text, or the snapshot when given.
   * If so, the last report is dropped and the session told.
   */
  private bounded(snapshot?: TextSnapshot): boolean {
    const size = snapshot ? snapshot.text.length : rawLength(this.editor);
    if (size <= (snapshot ? MAX_ANALYSED_CHARS : MAX_EDITOR_CHARS)) return false;
    this.tooLongNow = size;
    this.last = null;
    this.dirtyNow = false;
    this.deps.tooLong();
    return true;
  }

  /** The text changed: report it, and analyse after a pause (not during a composition). */
  private changed(): void {
    this.dirtyNow = true;
    this.deps.changed();
    clearTimeout(this.timer);
    if (this.composingNow) return;
    this.timer = setTimeout(() => this.runSliced(), PAUSE_MS);
  }

  /** The settings changed: analyse again (sliced), reporting the results as not current meanwhile. */
  refresh(): void {
    this.dirtyNow = true;
    clearTimeout(this.timer);
    this.runSliced();
  }

  /**
   * Do the new sentences' work in slices of at most SLICE_MS, each in its own task, then
   * analyse (which is then only assembly). Any input in between cancels the rest through
   * `changed()`, which clears the timer.
   */
  runSliced(): void {
    if (this.signal.aborted || this.composingNow || !this.editor.isConnected) return;
    if (this.bounded()) return;
    const analyzer = this.deps.analyzer();
    if (!analyzer.prepare) return this.run();
    const snapshot = this.deps.snapshot();
    if (this.bounded(snapshot)) return;
    const options = this.deps.options();
    const step = (): void => {
      if (this.signal.aborted || this.composingNow) return;
      const until = performance.now() + SLICE_MS;
      if (analyzer.prepare?.(snapshot.text, options, () => performance.now() < until) === false) {
        this.timer = setTimeout(step, 0);
        return;
      }
      // The assembly (and the drawing after it) gets a task of its own unless this one has barely begun.
      if (performance.now() > until - SLICE_MS / 2) this.timer = setTimeout(() => this.run(snapshot), 0);
      else this.run(snapshot);
    };
    step();
  }

  /**
   * Analyse now (on a settings change, after an apply or a dismissal: the sentences are mostly
   * cached then). `snapshot` is the editor's, taken since its last input event.
   */
  run(snapshot?: TextSnapshot): void {
    if (this.signal.aborted || this.composingNow || !this.editor.isConnected) return;
    if (!snapshot && this.bounded()) return;
    const taken = snapshot ?? this.deps.snapshot();
    if (this.bounded(taken)) return;
    this.tooLongNow = null;
    this.last = { snapshot: taken, report: this.deps.analyzer().analyze(taken.text, this.deps.options()) };
    this.dirtyNow = false;
    this.deps.analysed();
  }
}
