import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CATEGORY_IDS } from '../../core/categories';
import { contrast, effectiveBackground, paletteFor, parseColor, readableOn, themeFor } from './colors';

describe('parseColor', () => {
  test.each([
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#1f1f1f', { r: 31, g: 31, b: 31, a: 1 }],
    ['rgb(32, 33, 36)', { r: 32, g: 33, b: 36, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(10 20 30 / 50%)', { r: 10, g: 20, b: 30, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('%s', (css, want) => {
    expect(parseColor(css)).toEqual(want);
  });
  test('anything else is not a colour', () => {
    expect(parseColor('color(display-p3 1 0 0)')).toBeNull();
    expect(parseColor('rgb(a, b, c)')).toBeNull();
  });
});

describe('effectiveBackground', () => {
  test('takes the nearest opaque background, skipping transparent layers', () => {
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)', 'rgb(255, 255, 255)'])).toEqual({ r: 32, g: 33, b: 36 });
  });
  test('composites translucent layers over what is below them, and white below everything', () => {
    expect(effectiveBackground(['rgba(0, 0, 0, 0.5)'])).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    expect(effectiveBackground([])).toEqual({ r: 255, g: 255, b: 255 });
  });
});

describe('palette', () => {
  test('a light page gets the light theme and a dark page the dark one, whatever the OS says', () => {
    expect(paletteFor({ r: 255, g: 255, b: 255 }).theme).toBe('light');
    expect(paletteFor({ r: 31, g: 31, b: 31 }).theme).toBe('dark');
    expect(themeFor({ r: 27, g: 27, b: 27 })).toBe('dark');
  });

  test('every underline colour reaches 3:1 against any background', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (r, g, b) => {
        const background = { r, g, b };
        const { colors } = paletteFor(background);
        for (const id of CATEGORY_IDS) expect(contrast(parseColor(colors[id])!, background)).toBeGreaterThanOrEqual(3);
      }),
    );
  });

  test('a colour that already stands out is kept as it is', () => {
    expect(readableOn('#b3261e', { r: 255, g: 255, b: 255 })).toBe('#b3261e');
    // Pale pink on white does not: it is darkened.
    const adjusted = readableOn('#f28cbc', { r: 255, g: 255, b: 255 });
    expect(adjusted).not.toBe('#f28cbc');
    expect(contrast(parseColor(adjusted)!, { r: 255, g: 255, b: 255 })).toBeGreaterThanOrEqual(3);
  });
});
