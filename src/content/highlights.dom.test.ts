import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAYOUT_SLICE_MS, MarkLayer, type MarkSource } from './highlights';

const sources = (n: number, key = 'f'): MarkSource[] => Array.from({ length: n }, (_, i) => ({ key: `${key}${i}`, category: 'bragging', span: { start: i * 10, end: i * 10 + 5 } }));

/** A layer whose measuring costs `costMs` of a clock that only measuring moves. */
function layer(costMs: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const parent = document.createElement('div');
  document.body.append(parent);
  const measured: number[] = [];
  const marks = new MarkLayer(
    parent,
    (span) => {
      now += costMs;
      measured.push(span.start);
      return [new DOMRect(10, span.start, 40, 16)];
    },
    () => ({ left: 0, top: 0, right: 800, bottom: 10_000 }),
  );
  const groups = () => [...parent.querySelectorAll('.ow-range')].map((g) => (g as HTMLElement).dataset['key']);
  return { marks, groups, measured };
}

describe('MarkLayer.layout', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('draws a few underlines in the same task', () => {
    const { marks, groups } = layer(1);
    marks.set(sources(3));
    marks.layout();
    expect(groups()).toEqual(['f0', 'f1', 'f2']);
  });

  it(`measures many in slices of about ${LAYOUT_SLICE_MS} ms, each its own task, and swaps them in at once`, () => {
    vi.useFakeTimers();
    const { marks, groups, measured } = layer(1);
    marks.set(sources(4, 'old'));
    marks.layout();
    marks.set(sources(100));
    marks.layout();
    // The first slice: the old underlines stay until the new ones are all measured.
    expect(measured.length - 4).toBeLessThanOrEqual(LAYOUT_SLICE_MS + 8);
    expect(groups()).toEqual(['old0', 'old1', 'old2', 'old3']);
    let tasks = 1;
    while (vi.getTimerCount() > 0) {
      vi.advanceTimersToNextTimer();
      tasks += 1;
    }
    expect(tasks).toBeGreaterThanOrEqual(Math.ceil(100 / (LAYOUT_SLICE_MS + 8)));
    expect(groups()).toEqual(sources(100).map((s) => s.key));
  });

  it('a new layout or clear while one is being measured starts over', () => {
    vi.useFakeTimers();
    const { marks, groups } = layer(1);
    marks.set(sources(100));
    marks.layout();
    marks.clear();
    vi.runAllTimers();
    expect(groups()).toEqual([]);
    marks.set(sources(100, 'a'));
    marks.layout();
    marks.set(sources(2, 'b'));
    marks.layout();
    vi.runAllTimers();
    expect(groups()).toEqual(['b0', 'b1']);
  });
});
