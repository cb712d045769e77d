/**
 * Tolerant phrase matching. Phrase lists (the lexicon's, lexicon/phrases.ts) are data written in
 * plain English with a small pattern syntax; this module compiles them into regular expressions
 * that run on the original text, so the spans they return need no mapping back.
 *
 * Pattern syntax (deliberately small):
 *   - words separated by spaces match any run of whitespace;
 *   - `(a|b c)` is a choice, `(a|b)?` or `(a b)?` an optional group;
 *   - `*` alone is one word of any kind, `**` zero to three words;
 *   - `/…/` (no spaces inside) is a raw regular expression for one token, e.g. `/\d+/`;
 *   - an apostrophe matches straight, curly and backtick forms, and the common contractions
 *     match their long form too ("I'm" also matches "I am", "don't" matches "do not");
 *   - "-ise"/"-ize", "-yse"/"-yze" and "-our"/"-or" endings match either spelling.
 * Matching ignores case (the text is folded to lower case, patterns are compiled in lower case)
 * and never starts or ends inside a word.
 */

const APOSTROPHE = "['’‘`]";
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** Contractions whose long form should match too (keys are lower case, straight apostrophe). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  "i'm": 'i am',
  "i've": 'i have',
  "i'd": 'i (would|had)',
  "i'll": 'i will',
  "we're": 'we are',
  "we've": 'we have',
  "we'd": 'we (would|had)',
  "we'll": 'we will',
  "you're": 'you are',
  "you've": 'you have',
  "you'd": 'you (would|had)',
  "you'll": 'you will',
  "it's": 'it (is|has)',
  "that's": 'that is',
  "there's": 'there is',
  "let's": 'let us',
  "don't": 'do not',
  "doesn't": 'does not',
  "didn't": 'did not',
  "isn't": 'is not',
  "aren't": 'are not',
  "wasn't": 'was not',
  "weren't": 'were not',
  "haven't": 'have not',
  "hasn't": 'has not',
  "can't": '(can not|cannot)',
  "won't": 'will not',
  "wouldn't": 'would not',
  "couldn't": 'could not',
  "shouldn't": 'should not',
};

/** A hyphen in a pattern matches a hyphen, a dash or a space ("cutting-edge", "cutting edge"). */
const HYPHEN = '(?:[-‐‑–]|\\s+)';

function escapeLiteral(word: string): string {
  let out = word.toLowerCase();
  // Each test below is true whenever one of the replacements after it can change the word:
  // most words need none of them, and this runs for every word of every list at load.
  if (/[.+^${}\\/*'-]/.test(out)) out = out.replace(/[.+^${}\\/*]/g, (c) => `\\${c}`).replace(/-/g, HYPHEN).replace(/'/g, APOSTROPHE);
  if (/(?:[sz](?:e|es|ed|ing|ations?)|our)$/i.test(out)) {
    out = out
      .replace(/i([sz])(e|es|ed|ing|ation|ations)$/i, 'i[sz]$2')
      .replace(/y([sz])(e|es|ed|ing)$/i, 'y[sz]$2')
      .replace(/(?<=[a-z]{2})our$/i, 'o(?:u)?r');
  }
  return out;
}

/** One word, which may hold inline groups ("seamless(ly)?", "synerg(y|ies)") and classes ("[sz]"). */
function compileWord(word: string): string {
  if (!/[([]/.test(word)) return escapeLiteral(word);
  let out = '';
  let literal = '';
  let i = 0;
  while (i < word.length) {
    const char = word[i] ?? '';
    if (char === '(' || char === '[') {
      out += escapeLiteral(literal);
      literal = '';
      const close = char === '(' ? matching(word, i) : word.indexOf(']', i);
      if (close === -1) {
        literal += char;
        i += 1;
        continue;
      }
      const inner = word.slice(i + 1, close);
      out += char === '(' ? `(?:${byLength(splitAlternatives(inner)).map(compileSpaced).join('|')})` : `[${inner}]`;
      i = close + 1;
      if (word[i] === '?') {
        out += '?';
        i += 1;
      }
      continue;
    }
    literal += char;
    i += 1;
  }
  return out + escapeLiteral(literal);
}

/** An alternative inside a group; its leading or trailing space separates it from its neighbours. */
function compileSpaced(alternative: string): string {
  const body = alternative.trim() ? compileSequence(alternative.trim()) : '';
  return `${/^\s/.test(alternative) ? '\\s+' : ''}${body}${/\s$/.test(alternative) && body ? '\\s+' : ''}`;
}

/** Longer alternatives first, so "sir or madam" wins over "sir" (regex alternation is leftmost-first). */
function byLength(alternatives: string[]): string[] {
  return [...alternatives].sort((a, b) => b.length - a.length);
}

/** Index of the parenthesis that closes the one at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Split at the characters `at` accepts outside parentheses, keeping parenthesised groups whole. */
function splitTop(text: string, at: (char: string) => boolean): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth === 0 && at(char)) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

/** Split a pattern into top-level tokens, keeping parenthesised groups (and a trailing `?`) whole. */
const tokenize = (pattern: string): string[] => splitTop(pattern.trim(), (char) => /\s/.test(char)).filter((token) => token !== '');

const splitAlternatives = (body: string): string[] => splitTop(body, (char) => char === '|');

/** A sequence of tokens as a regex source; each token carries its own leading separator. */
function compileSequence(pattern: string): string {
  const pieces = tokenize(pattern).map((token) => compileToken(token));
  const join = (list: Piece[]): string => list.map((p, i) => (i === 0 ? p.body : p.optional ? `(?:\\s+${p.body})?` : `\\s+${p.body}`)).join('');
  const [first] = pieces;
  // A leading optional token: make the separator belong to it.
  return first?.optional && pieces.length > 1 ? `(?:${first.body}\\s+)?${join(pieces.slice(1))}` : join(pieces);
}

interface Piece {
  body: string;
  optional: boolean;
}

/** Compiled tokens by their text: the lists repeat many ("(email|message|note)", "we", "I'm"). */
const TOKENS = new Map<string, Piece>();

function compileToken(token: string): Piece {
  let piece = TOKENS.get(token);
  if (!piece) {
    piece = compileTokenOnce(token);
    TOKENS.set(token, piece);
  }
  return piece;
}

function compileTokenOnce(token: string): Piece {
  const word = `${WORD_CHAR}+(?:${APOSTROPHE}${WORD_CHAR}+)?[,;:]?`;
  if (token === '*') return { body: word, optional: false };
  if (token === '**') return { body: `(?:${word}(?:\\s+${word}){0,2})`, optional: true };
  if (token.length > 2 && token.startsWith('/') && (token.endsWith('/') || token.endsWith('/?'))) {
    const optionalRaw = token.endsWith('/?');
    return { body: `(?:${token.slice(1, optionalRaw ? -2 : -1)})`, optional: optionalRaw };
  }
  const optional = token.endsWith(')?') && token.startsWith('(') && matching(token, 0) === token.length - 2;
  const core = optional ? token.slice(0, -1) : token;
  if (core.startsWith('(') && matching(core, 0) === core.length - 1) {
    const alternatives = byLength(splitAlternatives(core.slice(1, -1))).map((alt) => compileSequence(alt.trim()));
    return { body: `(?:${alternatives.join('|')})`, optional };
  }
  const lower = core.toLowerCase().replace(/[’‘`]/g, "'");
  const expanded = CONTRACTIONS[lower];
  if (expanded) return { body: `(?:${compileWord(core)}|${compileSequence(expanded)})`, optional };
  return { body: compileWord(core), optional };
}

/**
 * A compiled phrase list: one regex for the whole list (compiling a regex costs far more than
 * running it, so a rule pays that once), with longer patterns first so that at any position the
 * fuller phrase usually wins over its own prefix.
 */
export interface PhraseSet {
  /**
   * All patterns as one source, without the leading "not after a word character" that findPhrases
   * gets from where it tries them: `(?<!WORD_CHAR)` and this, run globally on the folded text, is
   * the reference behaviour (what tests compare against).
   */
  readonly source: string;
  /**
   * What findPhrases runs, sticky, only where a match can start (see `starts`); on the
   * letter-masked text when `masked`.
   */
  readonly sticky: RegExp;
  readonly masked: boolean;
}

/**
 * A cheap stand-in for WORD_CHAR. A Unicode property class is most of what compiling a phrase
 * regex costs (V8 builds its hundreds of ranges at every use), so the regex findPhrases runs
 * tests for ASCII word characters and MASK, and runs on a copy of the folded text in which every
 * other word character (é, ß, ٣, 𝐀's two halves) is replaced by MASK, one code unit for one: the
 * same positions are word characters in both, so the matches are the same.
 */
const MASK = '\u00aa';
/** A word character other than an ASCII one. */
const OTHER_WORD_CHAR = new RegExp(`(?!\\w)${WORD_CHAR}`, 'gu');
const CHEAP_WORD_CHAR = `[\\w${MASK}]`;

/**
 * Whether a regex source (without WORD_CHAR) matches the same on the masked text as on the folded
 * text: it holds nothing that could tell MASK from the character it stands for, or split a masked
 * character's two halves — no property or code-point escape, no `\S`/`\W`/`\D`/`\B`, no
 * back-reference, no `.`, no negated class, no range with a non-ASCII end, no word character
 * but ASCII ones.
 */
function maskable(source: string): boolean {
  const rest = source
    // Escapes that stand for ASCII characters or classes (\s, \d, \., \\, \-), then classes that are not negated and have no non-ASCII range end.
    .replace(/\\[^pPuxcSWDBk1-9]/g, '')
    .replace(/\[(?!\^)[^[\]]*\]/g, (set) => (/[^\x20-\x7e]-|[^[]-[^\x20-\x7e]/u.test(set) ? '.' : ''));
  return !/[.[\\]/.test(rest) && source.search(OTHER_WORD_CHAR) < 0;
}

/** Compile a list of patterns. */
export function compilePhrases(patterns: readonly string[]): PhraseSet {
  const alternatives = byLength([...patterns]).map((p) => compileSequence(p));
  // No `i` flag: case-insensitive Unicode regexes are slow to compile, so the text is folded instead.
  const body = `(?:${alternatives.join('|')})(?!${WORD_CHAR})`;
  const masked = maskable(body.replaceAll(WORD_CHAR, ' '));
  const sticky = new RegExp(masked ? body.replaceAll(WORD_CHAR, CHEAP_WORD_CHAR) : body, 'uy');
  // V8 compiles a regex on its first exec. Done here, while the analyser loads, it costs about
  // half what it costs inside the first analysis (measured: bench/core.bench.ts --start-up, load
  // and first result together ~30 ms shorter).
  sticky.exec('');
  return { source: body, sticky, masked };
}

/**
 * Lower-case letters without changing the length of the text (String#toLowerCase can: "İ"
 * becomes two code units), so offsets found in the folded text are offsets in the original.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const folded = char.toLowerCase();
    out += folded.length === 1 ? folded : char;
  }
  return out;
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

/** Every position not preceded by a word character: the only places a phrase can start. */
const WORD_START = new RegExp(`(?<!${WORD_CHAR})`, 'gu');

/**
 * The folded text, its letter-masked copy and its possible match starts, for the last text seen:
 * a sentence is read by every phrase rule in turn, so this is computed once per sentence, not once per rule.
 */
let lastText: string | null = null;
let lastFolded = '';
let lastMasked = '';
let lastStarts: number[] = [];

/** The text `set` runs on (folded, or its masked copy) and where a match can start. */
function prepared(set: PhraseSet, text: string): { subject: string; starts: number[] } {
  if (text !== lastText) {
    lastFolded = fold(text);
    // One MASK per code unit, so offsets stay the same.
    lastMasked = lastFolded.replace(OTHER_WORD_CHAR, (char) => MASK.repeat(char.length));
    lastStarts = [];
    for (const match of lastFolded.matchAll(WORD_START)) lastStarts.push(match.index);
    lastText = text;
  }
  return { subject: set.masked ? lastMasked : lastFolded, starts: lastStarts };
}

/**
 * Non-overlapping matches in `text`, left to right: the same as running the global regex over
 * the folded text (a test holds it to that), but the pattern is only tried where its leading
 * "not after a word character" condition holds, instead of at every position.
 */
export function findPhrases(set: PhraseSet, text: string, base = 0): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { subject, starts } = prepared(set, text);
  const sticky = set.sticky;
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(subject);
    if (!match || match[0].length === 0) continue;
    const end = start + match[0].length;
    hits.push({ start: base + start, end: base + end, text: text.slice(start, end) });
    from = end;
  }
  return hits;
}

/** True when any pattern matches some of `text` (an empty match does not count). */
export function hasPhrase(set: PhraseSet, text: string): boolean {
  const { subject, starts } = prepared(set, text);
  const sticky = set.sticky;
  for (const start of starts) {
    sticky.lastIndex = start;
    const match = sticky.exec(subject);
    if (match && match[0].length > 0) return true;
  }
  return false;
}
