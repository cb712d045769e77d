/**
 * The shapes of the lexicon's lists. Every list is a name and its entries; every entry is the
 * word, phrase or pattern and a short note of why it is there. The notes are for people and
 * the duplicate tests: the in-page bundle is built with them emptied (build.mjs), so an entry
 * must stay on one line, written `  ['entry', 'why'],`, for the build to find it.
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
