/**
 * The learned phrase layer (docs/score.md): how the wording of a draft reads to a careful reader,
 * from word and word-pair weights learned on real messages rated 1–7 by such a reader
 * (`npm run learn-phrases`, scripts/learn-phrases.ts, writes weights.ts beside this file).
 *
 * A draft's phrasing is Σ weight × count over the word grams it contains, divided by √(number of
 * grams that have a weight), so a long draft is not rewarded for its length. It decomposes over
 * sentences: each sentence's sum and count are cached with the sentence, and the draft adds them up.
 * Every weight is traceable to its gram, and the grams that pull a draft down most are named in
 * the score's breakdown.
 */
import { PHRASE_WEIGHTS } from './weights';

/** "gram|weight in hundredths;…" (weights.ts), read once, at load. */
const WEIGHTS: ReadonlyMap<string, number> = new Map(
  PHRASE_WEIGHTS.split(';')
    .filter(Boolean)
    .map((entry) => {
      const bar = entry.lastIndexOf('|');
      return [entry.slice(0, bar), Number(entry.slice(bar + 1)) / 100] as const;
    }),
);

/** Runs of words between punctuation: grams never cross a sentence mark, a comma or a line. */
const RUN = /[^.!?,;:\n()[\]{}"“”]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

export interface Phrasing {
  /** Σ weight × count over the grams with a weight. */
  sum: number;
  /** How many grams with a weight occur. */
  count: number;
  /** The pairs found that a person can read as a reason, and their weights, strongest first (at most a few, for the breakdown). */
  grams: ReadonlyArray<readonly [string, number]>;
}

/** The word grams (single words and pairs) of a text, lower case, in order. */
export function gramsOf(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.toLowerCase().replace(/’/gu, "'").matchAll(RUN)) {
    const words = run[0].match(WORD) ?? [];
    for (let i = 0; i < words.length; i += 1) {
      grams.push(words[i]!);
      if (i > 0) grams.push(`${words[i - 1]} ${words[i]}`);
    }
  }
  return grams;
}

/**
 * Words that say nothing to a person when a pair is quoted in the breakdown ("is the", "for a"):
 * such a pair still counts, but only a pair with another word in it is named.
 */
const UNSAYABLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'of', 'to', 'for', 'in', 'on', 'at', 'as', 'by', 'with', 'from', 'that', 'this', 'it', 'and', 'or', 'but', 'lot', 'like', 'about']);
const sayable = (first: string, second: string): boolean => !UNSAYABLE.has(first) || !UNSAYABLE.has(second);

/** The first words of the pairs that have a weight: phrasingOf() makes a pair only after one of these. */
const PAIR_HEADS: ReadonlySet<string> = new Set([...WEIGHTS.keys()].filter((gram) => gram.includes(' ')).map((gram) => gram.slice(0, gram.indexOf(' '))));

export function phrasingOf(text: string): Phrasing {
  let sum = 0;
  let count = 0;
  const found: Array<[string, number]> = [];
  // The grams of gramsOf(), in its order, without building its list (this runs for every sentence).
  for (const run of text.toLowerCase().replace(/’/gu, "'").matchAll(RUN)) {
    const words = run[0].match(WORD) ?? [];
    for (let i = 0; i < words.length; i += 1) {
      const w = WEIGHTS.get(words[i]!);
      if (w !== undefined) {
        sum += w;
        count += 1;
      }
      if (i === 0 || !PAIR_HEADS.has(words[i - 1]!)) continue;
      const gram = `${words[i - 1]} ${words[i]}`;
      const pair = WEIGHTS.get(gram);
      if (pair === undefined) continue;
      sum += pair;
      count += 1;
      if (sayable(words[i - 1]!, words[i]!)) found.push([gram, pair]);
    }
  }
  found.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { sum, count, grams: found.slice(0, 3) };
}

/** The draft's phrasing from its sentences' sums and counts. */
export function draftPhrasing(sum: number, count: number): number {
  return count > 0 ? sum / Math.sqrt(count) : 0;
}
