// The card must always be fully inside the viewport, whatever the anchor's position and the
// window's size, and sit next to its anchor without covering it when there is room.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../../core/testing/seed';
import { CARD_HEIGHT, CARD_WIDTH, placeCard, type Anchor, type PlaceOptions, type Viewport } from './placement';

/** The card's box in viewport coordinates, drawn at its max height. */
function box(anchor: Anchor, viewport: Viewport, options: PlaceOptions = {}) {
  const p = placeCard(anchor, viewport, options);
  const width = Math.min(CARD_WIDTH, viewport.width - 16);
  const top = p.above ? viewport.height - p.y - p.maxHeight : p.y;
  return { ...p, left: p.x, right: p.x + width, top, bottom: top + p.maxHeight };
}

const word = (left: number, top: number): Anchor => ({ left, right: left + 80, top, bottom: top + 18 });

describe('placeCard', () => {
  it('opens below words near the top, at their left edge, at full height', () => {
    const b = box(word(100, 120), { width: 1280, height: 800 });
    expect(b).toMatchObject({ above: false, left: 100, top: 144, maxHeight: CARD_HEIGHT });
  });

  it('flips above words near the bottom of the window', () => {
    const b = box(word(100, 700), { width: 1280, height: 800 });
    expect(b.above).toBe(true);
    expect(b.bottom).toBeLessThanOrEqual(700);
    expect(b.maxHeight).toBe(CARD_HEIGHT);
  });

  it('stays on screen at the right edge and in a narrow window', () => {
    expect(box(word(1250, 100), { width: 1280, height: 800 }).right).toBeLessThanOrEqual(1280 - 8);
    const narrow = box(word(200, 100), { width: 300, height: 800 });
    expect(narrow.left).toBe(8);
    expect(narrow.right).toBe(292);
  });

  it('opens the list above the badge, lined up with its right edge, unless there is more room below', () => {
    const list = { align: 'end', prefer: 'above' } as const;
    const b = box({ left: 900, right: 936, top: 600, bottom: 636 }, { width: 1280, height: 800 }, list);
    expect(b.right).toBe(936);
    expect(b).toMatchObject({ above: true, bottom: 594, maxHeight: CARD_HEIGHT });
    expect(box({ left: 900, right: 936, top: 60, bottom: 96 }, { width: 1280, height: 800 }, list).above).toBe(false);
  });

  it('in a short window, takes the side with more room and shrinks to fit it', () => {
    const b = box(word(100, 260), { width: 1280, height: 400 });
    expect(b.above).toBe(true);
    expect(b.top).toBeGreaterThanOrEqual(8);
    expect(b.bottom).toBeLessThanOrEqual(260);
    expect(b.maxHeight).toBeLessThan(CARD_HEIGHT);
  });

  it('is always inside the viewport and never over its anchor when the anchor is visible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2560 }),
        fc.integer({ min: 200, max: 1600 }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        fc.constantFrom('start' as const, 'end' as const),
        fc.constantFrom('below' as const, 'above' as const),
        (width, height, fx, fy, align, prefer) => {
          const anchor = word(fx * width, fy * height);
          const b = box(anchor, { width, height }, { align, prefer });
          expect(b.left).toBeGreaterThanOrEqual(8);
          expect(b.right).toBeLessThanOrEqual(width - 8 + 1e-9);
          expect(b.top).toBeGreaterThanOrEqual(8 - 1e-9);
          expect(b.bottom).toBeLessThanOrEqual(height - 8 + 1e-9);
          const visible = anchor.top >= 0 && anchor.bottom <= height;
          if (visible) expect(b.bottom <= anchor.top || b.top >= anchor.bottom).toBe(true);
        },
      ),
      { numRuns: 500, ...propertySeed() },
    );
  });
});
