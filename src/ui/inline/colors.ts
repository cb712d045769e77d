/**
 * Colours chosen for the page Outward draws on, not for the OS theme: the editor's actual
 * background decides light or dark, and every underline colour is adjusted until it stands out
 * from that background by at least 3:1 (WCAG's contrast for non-text marks). Pure: the content
 * script passes the computed background colours it found.
 */
import { CATEGORIES, CATEGORY_IDS } from '../../core/categories';
import type { CategoryId } from '../../core/types';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}
interface Rgba extends Rgb {
  a: number;
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
/** Contrast an underline keeps against the editor's background. */
export const MIN_CONTRAST = 3;

/** Parses `#rgb`, `#rrggbb`, `rgb(…)` and `rgba(…)` (what getComputedStyle returns); null otherwise. */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a: 1 };
  }
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const fn = /^rgba?\(([^)]*)\)$/.exec(value);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string): number => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  if ([r, g, b, alpha].some((n) => Number.isNaN(n))) return null;
  return { r, g, b, a: Math.max(0, Math.min(1, alpha)) };
}

/**
 * The colour the editor's text is seen on: its own background and its ancestors' (nearest first)
 * composited until one is opaque; white below them all (the default canvas).
 */
export function effectiveBackground(nearestFirst: readonly string[]): Rgb {
  const layers: Rgba[] = [];
  for (const css of nearestFirst) {
    const color = parseColor(css);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  let result: Rgb = WHITE;
  for (const layer of layers.reverse()) {
    result = { r: layer.r * layer.a + result.r * (1 - layer.a), g: layer.g * layer.a + result.g * (1 - layer.a), b: layer.b * layer.a + result.b * (1 - layer.a) };
  }
  return result;
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark when light marks stand out more on it than dark ones. */
export function themeFor(background: Rgb): 'light' | 'dark' {
  return contrast(background, WHITE) > contrast(background, BLACK) ? 'dark' : 'light';
}

const toHex = ({ r, g, b }: Rgb): string => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => ({ r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t });

/**
 * `color` itself when it reaches `min` against `background`; otherwise the least mix of it
 * towards black or white (whichever stands out more there) that does. Black or white reach at
 * least 4.58:1 on any background, so the result always reaches 3:1.
 */
export function readableOn(color: string, background: Rgb, min = MIN_CONTRAST): string {
  const base = parseColor(color) ?? BLACK;
  const target = contrast(background, BLACK) >= contrast(background, WHITE) ? BLACK : WHITE;
  for (let step = 0; step <= 20; step += 1) {
    // Rounded to whole channels before it is judged: the hex string is what gets drawn.
    const candidate = parseColor(toHex(mix(base, target, step / 20)))!;
    if (contrast(candidate, background) >= min) return toHex(candidate);
  }
  return toHex(target);
}

/** Underline colour of every category on this background, and the theme of the cards drawn beside it. */
export function paletteFor(background: Rgb): { theme: 'light' | 'dark'; colors: Record<CategoryId, string> } {
  const theme = themeFor(background);
  const colors = Object.fromEntries(CATEGORY_IDS.map((id) => [id, readableOn(CATEGORIES[id].color[theme], background)])) as Record<CategoryId, string>;
  return { theme, colors };
}
