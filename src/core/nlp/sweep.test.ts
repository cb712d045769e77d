// quickBulkMatch() is an optimisation only: on every call compromise's post-tagger makes, it must
// return exactly the matches compromise's own bulkMatch returns, in the same order.
import nlp from 'compromise/two';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { propertySeed } from '../testing/seed';
import { tagSentence } from './parse';
import { segment } from './segment';
import { quickBulkMatch, type BulkMatch } from './sweep';

const world = nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } };
const own = world.methods.one.bulkMatch;
afterEach(() => {
  world.methods.one.bulkMatch = own;
});

/** Every sentence of every rule's example, and drafts made of them: the shapes the analyser meets. */
const EXAMPLES = RULES.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].map((e) => e.text.replace(/\[\[|\]\]/g, '')));
const SENTENCES = [...new Set(EXAMPLES.flatMap((text) => segment(text, []).map((s) => s.text)))];
const ODD = ['Hi Sam', '- faster exports, cheaper, and, well, better', 'e.g. the U.S. office', '"We can start Monday', '3 p.m.', 'Thanks!!', '東京 office', '', ',,,', 'We, we, we.'];

/** Runs `parse` with compromise's matcher replaced by one that also runs quickBulkMatch() and compares; returns the calls and matches compared. */
function compared(parse: () => void): { calls: number; matches: number } {
  const quick = quickBulkMatch(own);
  const seen = { calls: 0, matches: 0 };
  world.methods.one.bulkMatch = (document, net, methods, opts) => {
    const expected = own(document, net, methods, opts);
    expect(quick(document, net, methods, opts)).toEqual(expected);
    seen.calls += 1;
    seen.matches += expected.length;
    return expected;
  };
  parse();
  world.methods.one.bulkMatch = own;
  return seen;
}

describe('quickBulkMatch', () => {
  it("picks and runs the post-tagger's patterns as compromise does, on every example and on whole examples", () => {
    const seen = compared(() => {
      for (const text of [...SENTENCES, ...ODD, ...EXAMPLES]) nlp(text);
    });
    expect(seen.calls).toBeGreaterThan(300);
    expect(seen.matches).toBeGreaterThan(500);
  });

  it('does so on any mix of sentences, fragments and stray characters', () => {
    const text = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SENTENCES, ...ODD) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        expect(compared(() => nlp(texts.join(' '))).calls).toBe(1);
      }),
      { numRuns: 150, ...propertySeed() },
    );
  });

  it('is in place only while the analyser tags: a bare parse runs compromise’s own', () => {
    tagSentence('We help teams like yours, and we would love to show you how.');
    expect(world.methods.one.bulkMatch).toBe(own);
  });
});
