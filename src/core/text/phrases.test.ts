// findPhrases() tries each compiled pattern only where a phrase can start; it must find exactly
// what the global regex finds over the folded text, for every kind of pattern and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../testing/seed';
import { compilePhrases, findPhrases, fold, hasPhrase, type PhraseSet } from './phrases';

/** The reference: every non-empty match of the global regex, left to right. */
function reference(set: PhraseSet, text: string) {
  return [...fold(text).matchAll(set.regex)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) }));
}

const SETS = [
  compilePhrases(["(just )?following up( on| about)?( my (last|previous) (email|note))?", "I'm (sure|certain)", "don't miss (out)?", 'touch base']),
  compilePhrases(['* years of experience', '** leading provider', 'we (apologise|are sorry) for', 'colour', 'analyse']),
  compilePhrases(['/\\d+%/ (faster|cheaper)', '/top[-–\\s]?\\d{1,3}/', '/[{][{][a-z_]+[}][}]/', '/\\[[a-z]+\\]/']),
  compilePhrases(['/\\d*/', 'a', 'a b', 'ab']),
];

const WORDS = ['Just', 'following', 'up', 'on', 'my', 'last', 'email', "I'm", 'I’m', 'sure', "don't", 'miss', 'out', 'touch', 'base', '20', 'years', 'of', 'experience', 'the', 'leading', 'provider', 'we', 'apologize', 'sorry', 'for', 'colour', 'color', 'analyze', '40%', 'faster', 'top-10', '{{first_name}}', '[company name]', 'a', 'b', 'ab', 'İstanbul', '😀', '𝐀', 'ﬁ', '—', '.', ',', '\n'];
const text = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 25 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '  ', '', '\t', '-'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

describe('findPhrases', () => {
  it('finds what the global regex finds, for every kind of pattern and any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETS), text, fc.integer({ min: 0, max: 50 }), (set, t, base) => {
        const want = reference(set, t).map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
        expect(findPhrases(set, t, base)).toEqual(want);
        expect(hasPhrase(set, t)).toBe(want.length > 0);
      }),
      { numRuns: 3000, ...propertySeed() },
    );
  });

  it('finds phrases in the usual places', () => {
    const [chasing] = SETS;
    expect(findPhrases(chasing!, 'Hi Ana — just following up on my last email. I’m sure you saw it.').map((h) => h.text)).toEqual(['just following up on my last email', 'I’m sure']);
    expect(findPhrases(chasing!, 'Retouch baseline')).toEqual([]);
  });
});
