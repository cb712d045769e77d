// The lexicon's own checks: every entry has a note, nothing is listed twice where it would be
// counted twice, and the regexes built from its patterns pass the linter's backtracking checks.
import regexp from 'eslint-plugin-regexp';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import '../index';
import * as lexicon from '../lexicon';
import type { Entries, PatternList, PhraseList, WordClass } from '../lexicon';

type List = WordClass | PhraseList | PatternList;

/** Every list the lexicon exports, by its export name. */
const LISTS = Object.entries(lexicon).filter((e): e is [string, List] => {
  const value = e[1] as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'entries' in value;
});
const named = <T extends List>(test: (list: List) => boolean): Array<[string, T]> => LISTS.filter(([, list]) => test(list)) as Array<[string, T]>;
const WORD_CLASSES = named<WordClass>((list) => 'words' in list);
const PHRASE_LISTS = named<PhraseList>((list) => 'patterns' in list);
const PATTERN_LISTS = named<PatternList>((list) => 'alternation' in list);
const nameOf = new Map<List, string>(LISTS.map(([name, list]) => [list, name]));

/** Entries in two or more of `lists` (phrases compare without case: matching ignores it). */
function shared(lists: ReadonlyArray<[string, { entries: Entries }]>, fold: (entry: string) => string): Array<[string, string[]]> {
  const where = new Map<string, string[]>();
  for (const [name, list] of lists) for (const [entry] of list.entries) where.set(fold(entry), [...(where.get(fold(entry)) ?? []), name]);
  return [...where].filter(([, names]) => names.length > 1).map(([entry, names]): [string, string[]] => [entry, names.sort()]);
}

describe('the lexicon', () => {
  it('is read whole by these tests: every list is a word class, a phrase list or a pattern list', () => {
    expect(LISTS.length).toBe(WORD_CLASSES.length + PHRASE_LISTS.length + PATTERN_LISTS.length);
    expect(WORD_CLASSES.length).toBe(lexicon.WORD_CLASSES.length);
    expect(lexicon.WORD_CLASSES.filter((c) => !nameOf.has(c))).toEqual([]);
  });

  it('gives every entry a note', () => {
    for (const [name, list] of LISTS) for (const [entry, why] of list.entries) expect(why.length, `${name}: ${entry}`).toBeGreaterThan(5);
  });

  it('has no entry twice in one list', () => {
    for (const [name, list] of LISTS) {
      const entries = list.entries.map(([entry]) => ('patterns' in list ? entry.toLowerCase() : entry));
      expect(entries.filter((entry, i) => entries.indexOf(entry) !== i), name).toEqual([]);
    }
  });

  it('keeps contradicting word classes apart', () => {
    for (const [a, b] of lexicon.EXCLUSIVE) expect([...a.words].filter((w) => b.words.has(w)), `${nameOf.get(a)} / ${nameOf.get(b)}`).toEqual([]);
  });

  // A phrase in two rules' lists is two findings for one phrase ("world-class" was both a buzzword
  // and a superlative; it is a ranking claim, so SUPERLATIVE_CLAIMS keeps it).
  it('lists no stock phrase in two phrase lists', () => {
    expect(shared(PHRASE_LISTS, (p) => p.toLowerCase())).toEqual([]);
  });

  // Pattern lists that share words because they match them in different places, each with why.
  const SHARING: Array<[string, string, string]> = [
    ['ATTENTION_PREFIXES', 'ATTENTION_FORMS', 'the same verbs, as the start of the parsed verb and as a whole word in a clause about the reader'],
    ['SIGNOFFS', 'THANKS_OPENERS', '"many thanks" as a whole closing line and as the start of a sentence of thanks'],
    ['WRITER_ASSETS', 'WRITER_PRODUCTS', '"team" in "we have a team of…" and as the subject of "our team helps…"'],
  ];

  it('lists no pattern in two pattern lists, but where the lists match it in different places', () => {
    for (const [entry, names] of shared(PATTERN_LISTS, (p) => p)) {
      const allowed = SHARING.some(([a, b]) => names.length === 2 && names.includes(a) && names.includes(b));
      expect(allowed, `${entry}: ${names.join(', ')}`).toBe(true);
    }
  });

  // A phrase that is also a word of a class counts twice: once as the phrase's finding, once
  // through the sentence's focus (SELF_PRAISE makes "We are an award-winning agency" self-praise
  // for writer-subject and the score). They serve two ends: the phrase is a finding, the word a cue to who the sentence is about.
  const PHRASE_AND_WORD: Array<[string, string, string]> = [
    ['BUZZWORDS', 'innovative', 'SELF_PRAISE'],
    ['SUPERLATIVE_CLAIMS', 'award-winning', 'SELF_PRAISE'],
    ['SUPERLATIVE_CLAIMS', 'premier', 'SELF_PRAISE'],
    ['SUPERLATIVE_CLAIMS', 'world-class', 'SELF_PRAISE'],
  ];

  it('lists no stock phrase that a word class also counts, beyond the known ones', () => {
    const found: Array<[string, string, string]> = [];
    for (const [name, list] of PHRASE_LISTS) {
      for (const [pattern] of list.entries) for (const [word, c] of WORD_CLASSES) if (c.words.has(pattern.toLowerCase())) found.push([name, pattern, word]);
    }
    expect(found.sort()).toEqual(PHRASE_AND_WORD);
  });
});

describe('regexes built from the lexicon', () => {
  // The rules eslint.config.js applies to regex literals, applied to the built ones. A pattern
  // list's group stays even when it holds one entry, so that one more cannot change precedence.
  const linter = new Linter({ configType: 'flat' });
  const rules: Linter.RulesRecord = { ...regexp.configs.recommended.rules, 'regexp/no-super-linear-move': 'error', 'regexp/no-useless-non-capturing-group': 'off' };

  it('are registered as they are built', () => {
    expect(lexicon.LEXICON_REGEXES.length).toBeGreaterThan(20);
  });

  it('pass the linter, as a literal would', () => {
    for (const { regex, mayBacktrack } of lexicon.LEXICON_REGEXES) {
      const config = { ...rules, ...(mayBacktrack ? { 'regexp/no-super-linear-backtracking': 'off' as const } : {}) };
      const messages = linter.verify(`export const r = ${String(regex)};\n`, [{ plugins: { regexp }, rules: config, languageOptions: { ecmaVersion: 2023, sourceType: 'module' } }]);
      expect(messages.map((m) => `${m.ruleId}: ${m.message}`), String(regex)).toEqual([]);
    }
  });
});
