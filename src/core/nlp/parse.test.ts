// tagSentences() is an optimisation only: one run of the tagger over many sentences must give
// each sentence exactly the tokens tagSentence() gives it alone, whatever surrounds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { propertySeed } from '../testing/seed';
import { tagSentence, tagSentences, type Token } from './parse';
import { segment } from './segment';

const plain = (tokens: readonly Token[]) => tokens.map((t) => ({ ...t, tags: [...t.tags].sort() }));

/** Every sentence of every rule's examples: the widest set of shapes the rules are written for. */
const EXAMPLE_SENTENCES = [
  ...new Set(RULES.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].flatMap((e) => segment(e.text.replace(/\[\[|\]\]/g, ''), []).map((s) => s.text)))),
];

/** Fragments that tempt a tagger to join or split: no final stop, open quotes, abbreviations, lists. */
const AWKWARD = [
  'Hi Sam',
  'Best',
  '- faster exports',
  'e.g. the U.S. office',
  '"We can start Monday',
  'It’s on p. 4 (see the attached',
  'I’m sure you’ll agree that',
  '3 p.m.',
  'Dr. Lee said no.',
  'Thanks!!',
  '東京 office',
  '',
];

describe('tagSentences', () => {
  it('gives every example sentence the tokens tagSentence() gives it alone', () => {
    expect(EXAMPLE_SENTENCES.length).toBeGreaterThan(100);
    const batch = tagSentences(EXAMPLE_SENTENCES);
    expect(batch).toHaveLength(EXAMPLE_SENTENCES.length);
    batch.forEach((tokens, i) => expect(plain(tokens), EXAMPLE_SENTENCES[i]).toEqual(plain(tagSentence(EXAMPLE_SENTENCES[i]!))));
  });

  it('does so in any order and company, awkward fragments included', () => {
    const pool = [...EXAMPLE_SENTENCES.slice(0, 60), ...AWKWARD];
    const text = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 25 }) });
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 8 }), (texts) => {
        const batch = tagSentences(texts);
        expect(batch.map(plain)).toEqual(texts.map((t) => plain(tagSentence(t))));
      }),
      { numRuns: 120, ...propertySeed() },
    );
  });
});
