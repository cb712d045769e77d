// findPhrases() tries each compiled pattern only where a phrase can start; it must find exactly
// what the global regex finds over the folded text, for every kind of pattern and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../testing/seed';
import type { PhraseList } from '../lexicon/entries';
import * as LISTS from '../lexicon/phrases';
import { buildStarts, compilePhrases as compileLazily, findPhrases, fold, hasPhrase, startTable, wordStarts, type PhraseSet } from './phrases';

/** A set with its start tables built now, so the filtered search is what the tests exercise (the product builds them after some use). */
function compilePhrases(patterns: readonly string[]): PhraseSet {
  const set = compileLazily(patterns);
  buildStarts(set);
  return set;
}

/** The reference: every non-empty match of the global regex, left to right. */
function reference(set: PhraseSet, text: string) {
  return [...fold(text).matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${set.source}`, 'gu'))].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) }));
}

const SETS = [
  compilePhrases(["(just )?following up( on| about)?( my (last|previous) (email|note))?", "I'm (sure|certain)", "don't miss (out)?", 'touch base']),
  compilePhrases(['* years of experience', '** leading provider', 'we (apologise|are sorry) for', 'colour', 'analyse']),
  compilePhrases(['/\\d+%/ (faster|cheaper)', '/top[-–\\s]?\\d{1,3}/', '/[{][{][a-z_]+[}][}]/', '/\\[[a-z]+\\]/']),
  compilePhrases(['/\\d*/', 'a', 'a b', 'ab']),
  // Raw tokens that keep the set on the folded text (see maskable()), beside ones that do not.
  compilePhrases(["my name is /[\\p{L}'’-]+/", '(I am|I\'m) * (from|at) **']),
  compilePhrases(['/[-‐–\\s]?\\d+/ years', '/([a-z])\\1/ *', '/.a/', 'b /[^a]/']),
  compilePhrases(['/[a-zé]+/ b', '/[é-ø]/', 'café (au lait)?', 'a /\\S+/']),
];

const WORDS = ['café', 'naïve', 'É', 'Straße', '٣', 'ª', '中文', 'ø', 'aa', 'é', 'Ana', 'from', 'name', 'is', 'Just', 'following', 'up', 'on', 'my', 'last', 'email', "I'm", 'I’m', 'sure', "don't", 'miss', 'out', 'touch', 'base', '20', 'years', 'of', 'experience', 'the', 'leading', 'provider', 'we', 'apologize', 'sorry', 'for', 'colour', 'color', 'analyze', '40%', 'faster', 'top-10', '{{first_name}}', '[company name]', 'a', 'b', 'ab', 'İstanbul', '😀', '𝐀', 'ﬁ', '—', '.', ',', '\n'];
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

  it('matches as the global regex does with every phrase list of the lexicon', () => {
    const lists = Object.values(LISTS).filter((list): list is PhraseList => typeof list === 'object' && 'patterns' in list);
    const sets = lists.map((list) => compilePhrases(list.patterns));
    // Words taken from the lists themselves, so that their phrases do occur, with non-ASCII letters and marks among them.
    const words = [...new Set(lists.flatMap((list) => list.patterns.join(' ').split(/[\s()|?/]+/)).filter((w) => /^[a-z'’-]+$/i.test(w)))];
    const draft = fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...words) }, { weight: 2, arbitrary: fc.constantFrom(...WORDS) }), { maxLength: 30 }).chain((ws) =>
      fc.array(fc.constantFrom(' ', ' ', ' ', ', ', '-', '’'), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
    );
    fc.assert(
      fc.property(fc.nat(sets.length - 1), draft, (k, t) => {
        const set = sets[k] as PhraseSet;
        expect(findPhrases(set, t)).toEqual(reference(set, t));
      }),
      { numRuns: 3000, ...propertySeed() },
    );
  });

  it('finds the same before its start tables are built as after', () => {
    const lists = Object.values(LISTS).filter((list): list is PhraseList => typeof list === 'object' && 'patterns' in list);
    const sample = 'So, just following up on my last email: we are the leading provider, with 20 years of experience. Hi there!';
    for (const list of lists) {
      const fresh = compileLazily(list.patterns);
      expect(fresh.starts).toBeNull();
      const before = findPhrases(fresh, sample);
      buildStarts(fresh);
      expect(fresh.starts).not.toBeNull();
      expect(findPhrases(fresh, sample)).toEqual(before);
    }
  });

  it('builds a set’s start tables after some use, not at load', () => {
    const set = compileLazily(['touch base', 'circling back']);
    expect(set.starts).toBeNull();
    for (let i = 0; i < 200 && set.starts === null; i += 1) findPhrases(set, `Circling back ${i} to touch base.`);
    expect(set.starts).not.toBeNull();
  });

  it('runs on the letter-masked text only where that cannot change a match', () => {
    expect(SETS.map((set) => set.masked)).toEqual([true, true, true, true, false, false, false]);
    expect(compilePhrases(['/[-‐–\\s]?\\d+/ years']).masked).toBe(true);
    for (const pattern of ['/([a-z])\\1/', '/.a/', 'b /[^a]/', '/[é-ø]/', 'café', 'a /\\S+/', '/\\p{L}/']) expect(compilePhrases([pattern]).masked).toBe(false);
  });

  it('matches these contractions in their long form too, and no others', () => {
    const long: Record<string, string[]> = {
      "I'm": ['I am'], "I've": ['I have'], "I'd": ['I would', 'I had'], "I'll": ['I will'],
      "we're": ['we are'], "we've": ['we have'], "we'd": ['we would', 'we had'], "we'll": ['we will'],
      "you're": ['you are'], "you've": ['you have'], "you'd": ['you would', 'you had'], "you'll": ['you will'],
      "it's": ['it is', 'it has'], "that's": ['that is'], "there's": ['there is'], "let's": ['let us'],
      "don't": ['do not'], "doesn't": ['does not'], "didn't": ['did not'], "isn't": ['is not'], "aren't": ['are not'], "wasn't": ['was not'], "weren't": ['were not'],
      "haven't": ['have not'], "hasn't": ['has not'], "can't": ['can not', 'cannot'], "won't": ['will not'], "wouldn't": ['would not'], "couldn't": ['could not'], "shouldn't": ['should not'],
      "they're": [], "he's": [], "ain't": [], "mustn't": [], "i're": [], "we'm": [],
    };
    for (const [short, forms] of Object.entries(long)) {
      const set = compilePhrases([short]);
      const [head = ''] = short.split("'");
      const found = [...new Set([short, short.replace("'", '’'), ...forms, `${head} not`, `${head} am`, `${head} are`])].filter((text) => findPhrases(set, text).length > 0);
      expect(found, short).toEqual([short, short.replace("'", '’'), ...forms]);
    }
  });

  it('compiles patterns to the regex source it always has (spellings, hyphens, contractions, groups, wildcards, raw tokens, escapes)', () => {
    const patterns = ['organise', 'organisations', 'analysed', 'colour', 'tour', 'cutting-edge', "don't", 'e.g.', 'c++', 'seamless(ly)?', 'a/b', 'synerg(y|ies)', 'realiz(e|ing)', "I'm sure", '(just )?following up( on| about)?', '* years', '** of', '/\\d+%/ off', '$5 ^x {y}'];
    // The source these compiled to before load-time work on the compiler was cut (fast paths, a cache of tokens).
    const W = '[\\p{L}\\p{N}_]';
    const A = "['’‘`]";
    const word = `${W}+(?:${A}${W}+)?[,;:]?`;
    expect(compilePhrases(patterns).source).toBe(
      `(?:(?:just\\s+)?following\\s+up(?:\\s+about|\\s+on)?|organi[sz]ations|seamless(?:ly)?|synerg(?:ies|y)|realiz(?:ing|e)|cutting(?:[-‐‑–]|\\s+)edge|(?:\\d+%)\\s+off|\\$5\\s+\\^x\\s+\\{y\\}|organi[sz]e|analy[sz]ed|(?:i${A}m|i\\s+am)\\s+sure|${word}\\s+years|colo(?:u)?r|(?:don${A}t|do\\s+not)|(?:(?:${word}(?:\\s+${word}){0,2})\\s+)?of|tour|e\\.g\\.|c\\+\\+|a\\/b)(?!${W})`,
    );
  });

  it('finds phrases in the usual places', () => {
    const [chasing] = SETS;
    expect(findPhrases(chasing!, 'Hi Ana — just following up on my last email. I’m sure you saw it.').map((h) => h.text)).toEqual(['just following up on my last email', 'I’m sure']);
    expect(findPhrases(chasing!, 'Retouch baseline')).toEqual([]);
  });
});

describe('wordStarts', () => {
  it('finds the positions the global (?<!word character) regex finds, surrogate halves included', () => {
    const reference = (t: string) => [...t.matchAll(/(?<![\p{L}\p{N}_])/gu)].map((m) => m.index);
    const piece = fc.constantFrom('a', 'Z', '_', '9', ' ', '.', '\ud835', '\udc00', '\ud800', '\udfff', '😀', '𝐀', 'é', '٣', '\u0301', 'ª', '\n');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 20 })), (t) => {
        expect(wordStarts(t)).toEqual(reference(t));
      }),
      { numRuns: 5000, ...propertySeed() },
    );
  });
});

describe('startTable', () => {
  /** The second characters the table allows after `first` (OTHER, bit 128, as "~"). */
  const after = (source: string, first: string) => {
    const table = startTable(source);
    const code = first.charCodeAt(0);
    return Array.from({ length: 129 }, (_, c) => c)
      .filter((c) => (table[code * 5 + (c >>> 5)]! & (1 << (c & 31))) !== 0)
      .map((c) => (c === 128 ? '~' : String.fromCharCode(c)))
      .join('');
  };
  const ALL = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('') + '~';

  it('allows exactly the pairs a literal choice starts with', () => {
    expect(after('(?:ab|ac|d)(?![\\w])', 'a')).toBe('bc');
    // A one-character match may be followed by anything, the end of the text included.
    expect(after('(?:ab|ac|d)(?![\\w])', 'd')).toBe(ALL);
    expect(after('(?:ab|ac|d)(?![\\w])', 'b')).toBe('');
  });

  it('reads optional items, repeats, classes and escapes', () => {
    expect(after('(?:just\\s+)?follow', 'j')).toBe('u');
    expect(after('(?:just\\s+)?follow', 'f')).toBe('o');
    // \s takes other spaces than ASCII ones (OTHER); a repeat may go on with itself.
    expect(after('x\\s+y', 'x')).toBe('\t\n\u000b\f\r ~');
    expect(after('[a-c]+z', 'b')).toBe('abcz');
    expect(after('\\d{1,2}%', '4')).toBe('%0123456789');
    expect(after('(?:a(?=q)|b)c', 'a')).toBe('c');
  });

  it('allows anything where it cannot tell', () => {
    for (const source of ['a.', 'a[^x]', 'a\\S', 'a\\p{L}', '(a)\\1b', 'a(?:b|)*']) expect(after(source, 'a'), source).toBe(ALL);
    expect(after('(?:x', 'x')).toBe(ALL);
  });

  it('finds what the global regex finds in the phrases each lexicon pattern spells', () => {
    const lists = Object.values(LISTS).filter((list): list is PhraseList => typeof list === 'object' && 'patterns' in list);
    let found = 0;
    let patterns = 0;
    for (const list of lists) {
      const set = compilePhrases(list.patterns);
      for (const pattern of list.patterns) {
        if (pattern.includes('/')) continue;
        patterns += 1;
        // The phrase the pattern's first choices spell ("(just )?following up( on| about)?" → "just following up on"), inside a sentence.
        let phrase = pattern;
        for (let inner = /\(([^()]*)\)\??/; inner.test(phrase); ) phrase = phrase.replace(inner, (_, body: string) => body.split('|')[0]!);
        phrase = phrase.replace(/(^|\s)\*\*(?=\s|$)/g, ' ').replace(/(^|\s)\*(?=\s|$)/g, ' word').replace(/\s+/g, ' ').trim();
        const text = `So, ${phrase}, and then “${phrase.toUpperCase()}” again.`;
        const want = reference(set, text);
        expect(findPhrases(set, text), pattern).toEqual(want);
        expect(hasPhrase(set, text)).toBe(want.length > 0);
        if (want.length > 0) found += 1;
      }
    }
    // Nearly every pattern spells a phrase of its list.
    expect(found).toBeGreaterThan(patterns * 0.8);
  });
});
