// The scheduler on its own, with fake timers and a stub analyser: one analysis after a pause in
// typing, none during an IME composition, a long draft prepared in slices that typing cancels,
// and nothing after its signal aborts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncrementalAnalyzer, Report } from '../core/types';
import { DEFAULT_SETTINGS } from '../platform/settings';
import type { TextSnapshot } from '../sites/types';
import { PAUSE_MS, SLICE_MS, Scheduler, analyzeOptions } from './scheduler';

function setUp(slicesNeeded = 1) {
  const editor = document.createElement('div');
  document.body.appendChild(editor);
  let text = '';
  let slices = 0;
  const analyzer = {
    analyze: vi.fn((t: string) => ({ findings: [], text: t }) as unknown as Report),
    prepare: vi.fn(() => ++slices >= slicesNeeded),
  };
  const deps = {
    analyzer: () => analyzer as unknown as IncrementalAnalyzer,
    options: () => ({}),
    snapshot: vi.fn(() => ({ text }) as TextSnapshot),
    changed: vi.fn(),
    analysed: vi.fn(),
    tooLong: vi.fn(),
  };
  const controller = new AbortController();
  const scheduler = new Scheduler(editor, deps, controller.signal);
  const type = (next: string, init: InputEventInit = {}) => {
    text = next;
    slices = 0;
    editor.dispatchEvent(new InputEvent('input', init));
  };
  return { editor, analyzer, deps, scheduler, controller, type };
}

describe('Scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('analyses once, PAUSE_MS after the last keystroke, and reports the text as changed meanwhile', () => {
    const { analyzer, deps, scheduler, type } = setUp();
    expect(scheduler.dirty).toBe(true);
    type('Hello');
    vi.advanceTimersByTime(PAUSE_MS - 1);
    type('Hello there');
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(analyzer.analyze).not.toHaveBeenCalled();
    expect(deps.changed).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
    expect(analyzer.analyze.mock.calls[0]![0]).toBe('Hello there');
    expect(deps.analysed).toHaveBeenCalledTimes(1);
    expect(scheduler.dirty).toBe(false);
    expect(scheduler.snapshot?.text).toBe('Hello there');
    expect(scheduler.report).not.toBeNull();
  });

  it('waits for an IME composition to end', () => {
    const { editor, analyzer, scheduler, type } = setUp();
    editor.dispatchEvent(new CompositionEvent('compositionstart'));
    type('かん', { isComposing: true });
    vi.advanceTimersByTime(PAUSE_MS * 5);
    expect(scheduler.composing).toBe(true);
    scheduler.run();
    expect(analyzer.analyze).not.toHaveBeenCalled();
    editor.dispatchEvent(new CompositionEvent('compositionend'));
    expect(scheduler.composing).toBe(false);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
  });

  it('prepares a long draft one slice per task; typing in between drops the rest', () => {
    const { analyzer, type } = setUp(4);
    type('long draft');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyzer.prepare).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    const deadline = (analyzer.prepare.mock.calls[0] as unknown[])[2] as () => boolean;
    expect(typeof deadline).toBe('function');
    type('long draft, longer');
    analyzer.prepare.mockClear();
    vi.advanceTimersByTime(PAUSE_MS);
    vi.runAllTimers();
    expect(analyzer.prepare).toHaveBeenCalledTimes(4);
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
    expect(analyzer.analyze.mock.calls[0]![0]).toBe('long draft, longer');
    expect(SLICE_MS).toBeLessThan(50);
  });

  it('a last slice that took more than half of SLICE_MS leaves the assembly to a task of its own; a short one does not', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { analyzer, deps, type } = setUp(1);
    analyzer.prepare.mockImplementation(() => {
      now += SLICE_MS * 0.75;
      return true;
    });
    type('long draft');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyzer.prepare).toHaveBeenCalledTimes(1);
    expect(analyzer.analyze).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
    expect(deps.analysed).toHaveBeenCalledTimes(1);
    // A quick last slice: analysed in the same task.
    analyzer.prepare.mockImplementation(() => true);
    type('long draft.');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyzer.analyze).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it('refresh() analyses at once and marks the results not current until then; abort stops everything', () => {
    const { analyzer, controller, scheduler, type } = setUp();
    scheduler.refresh();
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
    type('More');
    controller.abort();
    vi.advanceTimersByTime(PAUSE_MS * 3);
    expect(analyzer.analyze).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('analyzeOptions', () => {
  it('asks the composer for its channel only when the settings say "auto"', () => {
    const channel = vi.fn(() => 'linkedin-note' as const);
    expect(analyzeOptions({ ...DEFAULT_SETTINGS, defaultChannel: 'auto' }, channel).channel).toBe('linkedin-note');
    expect(analyzeOptions({ ...DEFAULT_SETTINGS, defaultChannel: 'cold-email' }, channel).channel).toBe('cold-email');
    expect(channel).toHaveBeenCalledTimes(1);
  });
});
