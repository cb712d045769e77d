// Cuts the notes from the lexicon's entries for the in-page bundle (build.mjs) and counts what it
// cut, so the build and test/package/bundle.test.ts can hold every entry to the one form the
// cutting understands.

/**
 * The lexicon's files: src/core/lexicon.ts and everything in src/core/lexicon/ (tests are never
 * bundled). Forward or back slashes; no lookaround, which esbuild's filters (Go) do not support.
 */
export const LEXICON_FILE = /[\\/]src[\\/]core[\\/]lexicon(?:\.ts|[\\/][^\\/]+\.ts)$/;

/**
 * One entry on one line, two spaces in: `  ['entry', 'why'],`. The entry may be a template
 * literal instead (`  [`… ${DAY} …`, 'why'],`) when it splices in a shared piece of pattern;
 * the note is always a plain single-quoted string. Escapes (`\'`, `\\d`) are allowed in both.
 */
const ENTRY = /^ {2}\[('(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`), '(?:[^'\\\n]|\\.)*'\],$/u;
/** Any line that opens an entry, in the right form or not: two spaces, a bracket and a quote. */
const ENTRY_START = /^ {2}\[['"`]/u;

/**
 * The source with every entry cut to its bare text (`  'entry',`: nothing in the page reads a
 * note, and the pair around the text would cost bytes, for some 800 entries), how many entries
 * were cut, how many lines open an entry, and the first that is not in the one-line form. The counts differ when an entry is
 * written so the cutting misses it (a double-quoted note, an entry over two lines): the build
 * then fails rather than ship the note.
 * @param {string} source
 * @returns {{ contents: string, stripped: number, entries: number, unmatched: string | null }}
 */
export function stripLexiconNotes(source) {
  let stripped = 0;
  let entries = 0;
  let unmatched = null;
  const lines = source.split('\n').map((line) => {
    if (!ENTRY_START.test(line)) return line;
    entries += 1;
    const match = ENTRY.exec(line);
    if (!match) {
      unmatched ??= line;
      return line;
    }
    stripped += 1;
    return `  ${match[1]},`;
  });
  return { contents: lines.join('\n'), stripped, entries, unmatched };
}
