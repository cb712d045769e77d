// The lexicon's own checks: every entry has a note and no list holds an entry twice.
import { describe, expect, it } from 'vitest';
import * as lexicon from '../lexicon';
import type { PhraseList, WordClass } from '../lexicon';

type List = WordClass | PhraseList;

/** Every list the lexicon exports, by its export name. */
const LISTS = Object.entries(lexicon).filter((e): e is [string, List] => {
  const value = e[1] as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'entries' in value;
});
const named = <T extends List>(test: (list: List) => boolean): Array<[string, T]> => LISTS.filter(([, list]) => test(list)) as Array<[string, T]>;
const WORD_CLASSES = named<WordClass>((list) => 'words' in list);
const PHRASE_LISTS = named<PhraseList>((list) => 'patterns' in list);
const nameOf = new Map<List, string>(LISTS.map(([name, list]) => [list, name]));

describe('the lexicon', () => {
  it('is read whole by these tests: every list is a word class or a phrase list', () => {
    expect(LISTS.length).toBe(WORD_CLASSES.length + PHRASE_LISTS.length);
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

