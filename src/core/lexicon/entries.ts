/**
 * The shapes of the lexicon's lists. Every list is a name and its entries; every entry is the
 * word, phrase or pattern and a short note of why it is there. The notes are for people and
 * the duplicate tests: the in-page bundle is built with them cut (build.mjs), so nothing that
 * runs in the page may read a note, and an entry must stay on one line, written
 * `  ['entry', 'why'],`, for the build to find it.
 */

export type Entries = ReadonlyArray<readonly [entry: string, why: string]>;

/** Dictionary forms (compromise's lemmas) the sentence view looks words up in. */
export interface WordClass {
  readonly name: string;
  readonly entries: Entries;
  readonly words: ReadonlySet<string>;
}

export function wordClass(name: string, entries: Entries): WordClass {
  return { name, entries, words: new Set(entries.map(([word]) => word)) };
}

/**
 * Stock phrases in the pattern syntax of text/phrases.ts. The rule that flags them compiles
 * `patterns` once, at load. Order matters: the compiler tries longer patterns first and keeps
 * the written order among equal lengths, which decides the span when two patterns overlap.
 */
export interface PhraseList {
  readonly name: string;
  readonly entries: Entries;
  readonly patterns: readonly string[];
}

export function phraseList(name: string, entries: Entries): PhraseList {
  return { name, entries, patterns: entries.map(([pattern]) => pattern) };
}
