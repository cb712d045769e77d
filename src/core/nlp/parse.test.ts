// tagSentences() is an optimisation only: one run of the tagger over many sentences must give
// each sentence exactly the tokens tagSentence() gives it alone, whatever surrounds it.
import nlp from 'compromise/two';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { propertySeed } from '../testing/seed';
import { rootOf, tagSentence, tagSentences, type RawTerm, type Token } from './parse';
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

/** Words of every form compromise's 'root' hook reads a dictionary form from, irregular ones too. */
const FORMS = [
  "Sam's team and the clients' offices were bigger, better and the biggest we'd seen.",
  'She quickly wrote, ran, went and has been thinking; they are helping and he helps.',
  'We help teams who have grown faster than their planners, mice and children could.',
  'I’m sure it’s the cheapest, happiest, most carefully written note we have sent.',
  'Studies, analyses, boxes and wolves; stopped, hoped, tried, tied, paid, said.',
];

describe('rootOf', () => {
  it("gives every word the root compromise's own 'root' hook gives it, looked up again or not", () => {
    const texts = [...EXAMPLE_SENTENCES, ...AWKWARD, ...FORMS];
    let rooted = 0;
    for (const round of [1, 2]) {
      for (const text of texts) {
        const doc = nlp(text);
        const terms = (doc as unknown as { document: RawTerm[][] }).document.flat();
        const ours = terms.map((term) => rootOf(term));
        doc.compute('root');
        expect(ours, `${text} (round ${round})`).toEqual(terms.map((term) => term.root));
        rooted += terms.filter((term) => term.root).length;
      }
    }
    expect(rooted).toBeGreaterThan(200);
  });
});
