// The lexicon's own checks: every entry has a note, no list holds an entry twice, and the
// regexes built from its patterns pass the linter's backtracking checks.
import regexp from 'eslint-plugin-regexp';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import '../index';
import * as lexicon from '../lexicon';
import type { PatternList, PhraseList, WordClass } from '../lexicon';

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
