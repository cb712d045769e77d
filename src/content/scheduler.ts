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

/** Pause in typing before the draft is analysed. */
export const PAUSE_MS = 400;
/**
 * Longest stretch of sentence work done in one task before yielding to the page: a long draft
 * seen for the first time is tagged over several short tasks, so typing never waits on it.
 */
export const SLICE_MS = 20;

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
}

export class Scheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composingNow = false;
  private dirtyNow = true;
  private last: { snapshot: TextSnapshot; report: Report } | null = null;

  constructor(
    private readonly editor: HTMLElement,
    private readonly deps: SchedulerDeps,
    private readonly signal: AbortSignal,
  ) {
    editor.addEventListener('input', () => this.changed(), { signal });
    editor.addEventListener('compositionstart', () => {
      this.composingNow = true;
      clearTimeout(this.timer);
    }, { signal });
    editor.addEventListener('compositionend', () => {
      this.composingNow = false;
      this.changed();
    }, { signal });
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
    const analyzer = this.deps.analyzer();
    if (!analyzer.prepare) return this.run();
    const snapshot = this.deps.snapshot();
    const options = this.deps.options();
    const step = (): void => {
      if (this.signal.aborted || this.composingNow) return;
      const until = performance.now() + SLICE_MS;
      if (analyzer.prepare?.(snapshot.text, options, () => performance.now() < until) === false) {
        this.timer = setTimeout(step, 0);
        return;
      }
      this.run(snapshot);
    };
    step();
  }

  /**
   * Analyse now (on a settings change, after an apply or a dismissal: the sentences are mostly
   * cached then). `snapshot` is the editor's, taken since its last input event.
   */
  run(snapshot?: TextSnapshot): void {
    if (this.signal.aborted || this.composingNow || !this.editor.isConnected) return;
    const taken = snapshot ?? this.deps.snapshot();
    this.last = { snapshot: taken, report: this.deps.analyzer().analyze(taken.text, this.deps.options()) };
    this.dirtyNow = false;
    this.deps.analysed();
  }
}
