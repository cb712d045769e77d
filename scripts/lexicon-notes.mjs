// Empties the notes of the lexicon's entries for the in-page bundle (build.mjs) and counts what
// it emptied, so the build and test/package/bundle.test.ts can hold every entry to the one form
// the stripping understands.

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
const LEXICON_ENTRY = /^( {2}\[(?:'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`), )'(?:[^'\\\n]|\\.)*'(\],)$/gmu;
/** Any line that opens an entry, stripped or not: two spaces, a bracket and a quote. */
const ENTRY_START = /^ {2}\[['"`]/gmu;

/**
 * The source with every entry's note emptied, how many notes were emptied, and how many lines
 * open an entry. The two counts differ when an entry is written in a form the stripping does not
 * match (a double-quoted note, an entry over two lines): the build then fails rather than ship it.
 * @param {string} source
 * @returns {{ contents: string, stripped: number, entries: number, unmatched: string | null }}
 */
export function stripLexiconNotes(source) {
  let stripped = 0;
  const contents = source.replace(LEXICON_ENTRY, (_match, head, tail) => {
    stripped += 1;
    return `${head}''${tail}`;
  });
  const entries = source.match(ENTRY_START)?.length ?? 0;
  const unmatched = stripped === entries ? null : (contents.split('\n').find((line) => /^ {2}\[['"`]/u.test(line) && !line.endsWith(", ''],")) ?? null);
  return { contents, stripped, entries, unmatched };
}
