// The phrase layer's sum and count are the grams' weights as gramsOf() reads them; the pairs it
// names for the breakdown are ones a person can read as a reason.
import { describe, expect, it } from 'vitest';
import { gramsOf, phrasingOf } from './phrasing';
import { PHRASE_WEIGHTS } from './weights';

const WEIGHTS = new Map(
  PHRASE_WEIGHTS.split(';')
    .filter(Boolean)
    .map((entry) => [entry.slice(0, entry.lastIndexOf('|')), Number(entry.slice(entry.lastIndexOf('|') + 1)) / 100] as const),
);
const FUNCTION_PAIRS = [...WEIGHTS.keys()].filter((gram) => /^(?:is|for|a|lot|as|like) (?:the|a|of|lot)$/u.test(gram));

describe('phrasingOf', () => {
  const text = 'Our new product is the best, and we have a lot of ideas for a better launch that I just wanted to share with you.';

  it('sums the weights of every gram gramsOf() reads, pairs of function words included', () => {
    const grams = gramsOf(text).filter((gram) => WEIGHTS.has(gram));
    const { sum, count } = phrasingOf(text);
    expect(count).toBe(grams.length);
    expect(sum).toBeCloseTo(grams.reduce((total, gram) => total + WEIGHTS.get(gram)!, 0), 6);
    expect(grams.some((gram) => FUNCTION_PAIRS.includes(gram))).toBe(true);
  });

  it('names only pairs with a word a person can read as a reason', () => {
    const named = phrasingOf(text).grams.map(([gram]) => gram);
    expect(named.length).toBeGreaterThan(0);
    for (const gram of named) expect(FUNCTION_PAIRS).not.toContain(gram);
  });
});
