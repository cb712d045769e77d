// The editor's geometry with fixed rects: the box of a span's rects, the visible part of an
// editor inside clipping ancestors, and where the badge goes so that it never covers text.
import { describe, expect, it } from 'vitest';
import { badgePosition, boundingBox, boxAt, clipMark, hits, textBox, meets, visibleIn, type Box, type Rect } from './geometry';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height, right: left + width, bottom: top + height });
const VIEWPORT = { width: 1280, height: 800 };
const BADGE = { width: 88, height: 24 };

describe('boundingBox', () => {
  it('spans every laid-out rect of a span that wraps over two lines', () => {
    expect(boundingBox([rect(300, 100, 200, 20), rect(20, 120, 90, 20)])).toEqual({ left: 20, top: 100, right: 500, bottom: 140 });
  });

  it('ignores rects with no size, and is null when none is laid out', () => {
    expect(boundingBox([rect(0, 0, 0, 0), rect(40, 50, 10, 20)])).toEqual({ left: 40, top: 50, right: 50, bottom: 70 });
    expect(boundingBox([rect(5, 5, 0, 0)])).toBeNull();
    expect(boundingBox([])).toBeNull();
  });
});

describe('textBox and visibleIn', () => {
  it("is the box inside the editor's border (a 1px border, a 15px scrollbar taken off clientWidth)", () => {
    const border = rect(100, 200, 402, 102);
    expect(textBox(border, { left: 1, top: 1, width: 385, height: 100 })).toEqual({ left: 101, top: 201, right: 486, bottom: 301 });
  });

  it('leaves out the padding at the sides (where only a hanging space would go), not above or below', () => {
    const border = rect(100, 200, 402, 102);
    expect(textBox(border, { left: 1, top: 1, width: 385, height: 100 }, { left: 2, right: 2.5 })).toEqual({ left: 103, top: 201, right: 483.5, bottom: 301 });
    // Never more than the box: padding wider than it leaves its middle.
    expect(textBox(rect(0, 0, 10, 10), { left: 0, top: 0, width: 10, height: 10 }, { left: 8, right: 8 })).toEqual({ left: 5, top: 0, right: 5, bottom: 10 });
  });

  it('falls back to the rect for an element without client size (inline)', () => {
    expect(textBox(rect(10, 10, 50, 20), { left: 0, top: 0, width: 0, height: 0 })).toEqual({ left: 10, top: 10, right: 60, bottom: 30 });
  });

  it('is cut by each clipping ancestor and by the viewport', () => {
    const editor: Box = { left: 100, top: 500, right: 700, bottom: 1200 };
    const dialog: Box = { left: 50, top: 450, right: 650, bottom: 1000 };
    const scroller: Box = { left: 120, top: 0, right: 2000, bottom: 900 };
    expect(visibleIn(editor, [dialog, scroller], VIEWPORT)).toEqual({ left: 120, top: 500, right: 650, bottom: 800 });
    expect(visibleIn({ left: -30, top: -10, right: 1500, bottom: 900 }, [], VIEWPORT)).toEqual({ left: 0, top: 0, right: 1280, bottom: 800 });
  });
});

describe('clipMark', () => {
  const clip: Box = { left: 10, top: 100, right: 566, bottom: 176 };

  it('keeps a mark inside the box as it is, and cuts a space hanging past the right edge', () => {
    expect(clipMark(rect(100, 110, 60, 18), clip, 2)).toEqual({ left: 100, top: 110, right: 160, bottom: 128 });
    expect(clipMark(rect(562.8, 110, 8, 18), clip, 2)).toEqual({ left: 562.8, top: 110, right: 566, bottom: 128 });
    expect(clipMark(rect(566, 110, 8, 18), clip, 2)).toBeNull();
  });

  it('cuts a line scrolled half out at the top, and drops one whose underline is below the box', () => {
    expect(clipMark(rect(20, 92, 50, 18), clip, 2)).toEqual({ left: 20, top: 100, right: 70, bottom: 110 });
    expect(clipMark(rect(20, 170, 50, 18), clip, 2)).toBeNull();
    // Sub-pixel line heights: a line ending within the underline's thickness of the edge stays.
    expect(clipMark(rect(20, 158.5, 50, 18.5), clip, 2)).toEqual({ left: 20, top: 158.5, right: 70, bottom: 176 });
    expect(clipMark(rect(20, 20, 0, 18), clip, 2)).toBeNull();
  });
});

describe('meets and hits', () => {
  it('counts shared area, not touching edges', () => {
    expect(meets({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 9, top: 9, right: 20, bottom: 20 })).toBe(true);
    expect(meets({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
  });

  it('finds a point on any rect, edges included', () => {
    const rects = [rect(0, 0, 100, 20), rect(0, 20, 40, 20)];
    expect(hits(rects, { x: 40, y: 30 })).toBe(true);
    expect(hits(rects, { x: 41, y: 30 })).toBe(false);
  });
});

describe('badgePosition', () => {
  const editor = rect(100, 100, 600, 300);
  const visible: Box = { left: 100, top: 100, right: 700, bottom: 400 };

  it('sits on the bottom border at the right when no text is there', () => {
    expect(badgePosition(editor, [rect(110, 110, 400, 20)], visible, VIEWPORT, BADGE)).toEqual({ x: 700 - 88 - 8, y: 400 - 12 });
  });

  it('goes below the editor when a line of text runs under the bottom-right corner', () => {
    const lines = [rect(110, 370, 580, 20)];
    expect(badgePosition(editor, lines, visible, VIEWPORT, BADGE)).toEqual({ x: 700 - 88, y: 404 });
  });

  it('goes to the right when below is out of the viewport, then above, else stays in the viewport', () => {
    const low = rect(100, 500, 600, 290);
    const lowVisible: Box = { left: 100, top: 500, right: 700, bottom: 790 };
    const lines = [rect(110, 760, 580, 20)];
    expect(badgePosition(low, lines, lowVisible, VIEWPORT, BADGE)).toEqual({ x: 704, y: 790 - 24 });
    // Above, kept 4px inside the viewport's right edge.
    const wide = rect(0, 500, 1280, 290);
    expect(badgePosition(wide, [rect(0, 760, 1280, 20)], { left: 0, top: 500, right: 1280, bottom: 790 }, VIEWPORT, BADGE)).toEqual({ x: 1280 - 88 - 4, y: 500 - 24 - 4 });
    // Nowhere fits: the first place, kept 4px inside the viewport.
    const full = rect(0, 0, 1280, 800);
    expect(badgePosition(full, [rect(0, 0, 1280, 800)], { left: 0, top: 0, right: 1280, bottom: 800 }, VIEWPORT, BADGE)).toEqual({ x: 1280 - 88 - 8, y: 800 - 24 - 4 });
  });

  it('ignores lines scrolled out of view inside the editor', () => {
    const hidden = [rect(110, 420, 580, 20)];
    expect(badgePosition(editor, hidden, visible, VIEWPORT, BADGE)).toEqual({ x: 604, y: 388 });
  });

  it('is null while the editor is not laid out', () => {
    expect(badgePosition(rect(0, 0, 0, 0), [], visible, VIEWPORT, BADGE)).toBeNull();
  });

  it('boxAt gives the badge box from its place', () => {
    expect(boxAt({ x: 604, y: 388 }, BADGE)).toEqual({ left: 604, top: 388, right: 692, bottom: 412 });
  });
});
