/**
 * The shapes of the lexicon's lists. Every entry is the word, phrase or pattern and a short note
 * of why it is there. The notes are for people and the duplicate tests: the in-page bundle is
 * built with each entry cut to its bare text (build.mjs), so nothing that runs in the page may
 * read a note, the constructors below read an entry in either form, and an entry must stay on
 * one line, written `  ['entry', 'why'],`, for the build to find it.
 */

export type Entry = readonly [entry: string, why: string];
export type Entries = readonly Entry[];

/** An entry's text, from the pair in the sources or the bare text the in-page build leaves. */
function textOf(entry: Entry | string): string {
  return typeof entry === 'string' ? entry : entry[0];
}

/** Dictionary forms (compromise's lemmas) the sentence view looks words up in. */
export interface WordClass {
  readonly entries: Entries;
  readonly words: ReadonlySet<string>;
}

export function wordClass(entries: Entries): WordClass {
  return { entries, words: new Set(entries.map(textOf)) };
}

/**
 * Stock phrases in the pattern syntax of text/phrases.ts. The rule that flags them compiles
 * `patterns` once, at load. Order matters: the compiler tries longer patterns first and keeps
 * the written order among equal lengths, which decides the span when two patterns overlap.
 */
export interface PhraseList {
  readonly entries: Entries;
  readonly patterns: readonly string[];
}

export function phraseList(entries: Entries): PhraseList {
  return { entries, patterns: entries.map(textOf) };
}

/**
 * Alternatives of a regular expression, in its own syntax. The view or rule that uses the list
 * splices `alternation` (the entries joined with "|", in order) into the regex it builds with
 * lexiconRegex, and keeps the grammar around it (anchors, boundaries) in its own code.
 */
export interface PatternList {
  readonly entries: Entries;
  readonly alternation: string;
}

export function patternList(entries: Entries): PatternList {
  return { entries, alternation: entries.map(textOf).join('|') };
}

/** A regex built from the lexicon, and whether it may backtrack super-linearly. */
export interface LexiconRegex {
  readonly regex: RegExp;
  readonly mayBacktrack: boolean;
}

/**
 * Every regex built from the lexicon's patterns, in development and tests only: the linter checks
 * regex literals for super-linear backtracking (a quadratic pattern once froze the tab), and a
 * regex built from strings is invisible to it, so a test lints these instead.
 */
export const LEXICON_REGEXES: LexiconRegex[] = [];

/** Syntax that only the `u` flag understands: property classes and code point escapes. */
const UNICODE_SYNTAX = /\\[pPu]\{/u;

/**
 * A regex from source text that splices in lexicon patterns. `mayBacktrack` exempts it from the
 * backtracking check, as an eslint-disable comment would a literal: say at the call what bounds
 * its input.
 */
export function lexiconRegex(source: string, flags: string, mayBacktrack = false): RegExp {
  // Case-insensitive matching under the `u` flag folds case with Unicode's tables, which doubles
  // the time V8 takes to compile these long alternations (tens of milliseconds of the first
  // result). A source with no Unicode-only syntax (\p{…}, \u{…}) matches the same without it.
  const regex = new RegExp(source, UNICODE_SYNTAX.test(source) ? flags : flags.replace('u', ''));
  if (__DEV__) LEXICON_REGEXES.push({ regex, mayBacktrack });
  return regex;
}
