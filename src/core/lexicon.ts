/**
 * The lexicon: every word class and stock-phrase list the analyser matches, in one place, each
 * entry with a short note of why it is there. Views and rules import their lists from here and
 * keep none of their own.
 *
 *   lexicon/entries.ts   the shapes of the lists
 *   lexicon/words.ts     word classes (lemmas) the sentence view reads
 *   lexicon/phrases.ts   stock phrases, one list per phrase rule
 *   lexicon/patterns.ts  word patterns the views, asks.ts and a few rules build regexes from
 *   lexicon/context.ts   what the context rules read in the message or post a draft answers
 *
 * A test holds the lexicon free of duplicate entries (src/core/score.test.ts).
 */
export * from './lexicon/entries';
export * from './lexicon/words';
export * from './lexicon/phrases';
export * from './lexicon/patterns';
export * from './lexicon/context';
