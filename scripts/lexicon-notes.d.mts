// Types for lexicon-notes.mjs, which build.mjs runs as plain JavaScript and the package test imports.
export const LEXICON_FILE: RegExp;
export function stripLexiconNotes(source: string): { contents: string; stripped: number; entries: number; unmatched: string | null };
