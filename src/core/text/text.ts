/** Span arithmetic, normalisation and casing helpers shared by the engine and the rules. */
import type { Span } from '../types';

/** Lower case, straight quotes, single spaces: the form fingerprints and ignore lists compare. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same text in storage of its own. A piece cut from a string (slice, substring, a match) may
 * share the whole string's storage and keep it alive: a sentence kept in a cache would then keep
 * the entire draft it was cut from, one draft per pause of typing. Joining forces a fresh string
 * that the cut then shares instead (V8 and SpiderMonkey both flatten a joined string once).
 */
export function detached(text: string): string {
  return text.length < 16 ? text : (' ' + text).slice(1);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Move `index` off the middle of a surrogate pair (to the pair's start). */
export function snapToCodePoint(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Give `replacement` the casing of `original`: all caps, capitalised, or as written. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/\P{L}/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return capitalise(replacement);
  }
  return replacement;
}

/**
 * The span to delete so that removing `[start, end)` leaves clean text: takes the whitespace
 * after it (or, at the end of a line, the whitespace before it) so no double space remains.
 */
export function deletionSpan(text: string, start: number, end: number): Span {
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e += 1;
  if (e === text.length || text[e] === '\n' || text[e] === '\r') {
    // Nothing follows on this line: eat the spaces before instead, and one line break if the line becomes empty.
    let s = start;
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s -= 1;
    const lineStart = s === 0 || text[s - 1] === '\n';
    if (lineStart && e < text.length) {
      e += text[e] === '\r' && text[e + 1] === '\n' ? 2 : 1;
      // A paragraph of its own: also take the blank line after it, so one blank line remains.
      const blankBefore = s >= 2 && text[s - 1] === '\n' && (text[s - 2] === '\n' || text[s - 2] === '\r');
      if (blankBefore && text[e] === '\n') e += 1;
      else if (blankBefore && text[e] === '\r' && text[e + 1] === '\n') e += 2;
    }
    return { start: s, end: e };
  }
  return { start, end: e };
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: a small, stable, dependency-free hash. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Quote a user's words inside a message, shortened to a readable length. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
