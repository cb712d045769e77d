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
  /** The compiled alternatives, longest pattern first, from which `starts` is read. */
  readonly alternatives: readonly string[];
  /**
   * Where findPhrases runs the regex, once built (null until then: everywhere a word starts).
   * Built after some use (see use()), so the first analysis after load does not wait for it.
   */
  starts: PhraseStarts | null;
  /** How many times the set has run without its start tables. */
  uses: number;
}

/**
 * Where a match can start: where the text's word is one a pattern starts with (`words`, see
 * firstWords()), or where its first two characters can start one of the other patterns (`pairs`,
 * see startTable(); null when every pattern has its words).
 */
export interface PhraseStarts {
  readonly words: ReadonlySet<string>;
  readonly pairs: Uint32Array | null;
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
  const runs = masked ? body.replaceAll(WORD_CHAR, CHEAP_WORD_CHAR) : body;
  const sticky = new RegExp(runs, 'uy');
  // V8 compiles a regex on its first exec. Done here, while the analyser loads, it costs about
  // half what it costs inside the first analysis (measured: bench/core.bench.ts --start-up, load
  // and first result together ~30 ms shorter).
  sticky.exec('');
  return { source: body, sticky, masked, alternatives, starts: null, uses: 0 };
}

/**
 * A set's start tables (see PhraseSet.starts), read from its alternatives. This costs about a
 * millisecond a list, so it is not done at load, where it would delay the first result: a set
 * runs its regex at every word start until it has been used USES_BEFORE_TABLES times, and sets
 * then build theirs one at a time, at most one per TABLE_SPACING calls of any set, so no single
 * re-analysis while the user types pays for more than one.
 */
function startsOf(set: PhraseSet): PhraseStarts {
  const words = new Set<string>();
  const others: string[] = [];
  for (const alternative of set.alternatives) {
    const source = set.masked ? alternative.replaceAll(WORD_CHAR, CHEAP_WORD_CHAR) : alternative;
    // Most patterns start with a plain word and a space: their word is that word (read without the parser).
    const plain = /^(\w+)(?:\\s\+|$)/.exec(source);
    const first = plain ? new Set([plain[1]!]) : firstWords(parseRegex(source));
    if (first) for (const word of first) words.add(word);
    else others.push(source);
  }
  const pairs = others.length === 0 ? null : startTable(`(?:${others.join('|')})(?!${set.masked ? CHEAP_WORD_CHAR : WORD_CHAR})`);
  return { words, pairs };
}

const USES_BEFORE_TABLES = 64;
const TABLE_SPACING = 16;
let calls = 0;
let lastBuilt = -TABLE_SPACING;

/** Counts a use of `set` and builds its start tables when their turn has come. */
function use(set: PhraseSet): void {
  calls += 1;
  if (set.starts !== null) return;
  set.uses += 1;
  if (set.uses < USES_BEFORE_TABLES || calls - lastBuilt < TABLE_SPACING) return;
  set.starts = startsOf(set);
  lastBuilt = calls;
}

/** Builds `set`'s start tables now (tests compare the filtered search with the plain one). */
export function buildStarts(set: PhraseSet): void {
  set.starts ??= startsOf(set);
}

/**
 * A set of characters as 129 bits: the ASCII characters by their code, and bit 128 for every
 * other code unit (and for the end of the text, where a start reads its second character).
 */
type Chars = Uint32Array;
const OTHER = 128;
const chars = (): Chars => new Uint32Array(5);
const anyChar = (): Chars => new Uint32Array(5).fill(0xffffffff);
const add = (set: Chars, code: number): void => {
  set[code >>> 5]! |= 1 << (code & 31);
};
const union = (into: Chars, from: Chars): void => {
  for (let k = 0; k < 5; k += 1) into[k]! |= from[k]!;
};

/** Bit 129: the set may hold a word character other than ASCII (firstWords() gives up on those). */
const OTHER_WORD = 129;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const NON_ASCII_WORD = new RegExp(`^${WORD_CHAR}$`, 'u');
const isWordPoint = (code: number): boolean => (code < 128 ? isWordCode(code) : NON_ASCII_WORD.test(String.fromCodePoint(code)));

/** Adds the characters from `from` to `to` (code points); any above ASCII count as OTHER. */
function addRange(set: Chars, from: number, to: number): void {
  for (let c = Math.max(0, from); c <= Math.min(127, to); c += 1) add(set, c);
  if (to > 127) {
    add(set, OTHER);
    if (from !== to || isWordPoint(to)) add(set, OTHER_WORD);
  }
}

/** A regex as far as the start table needs it: character sets, sequences, choices, repeats; assertions match nothing. */
type Node = ({ kind: 'char'; code: number; point: number } | { kind: 'set'; set: Chars } | { kind: 'seq'; items: Node[] } | { kind: 'alt'; branches: Node[] } | { kind: 'rep'; node: Node; min: number; max: number } | { kind: 'empty' }) & {
  /** Worked out once, when first needed (nullable(), firstOf()). */
  empties?: boolean;
  first?: Chars;
};

/** Reads a regex source (u flag, no i flag) into a Node; whatever it does not know exactly stands for any text. */
function parseRegex(source: string): Node | null {
  let i = 0;
  const anyText = (): Node => ({ kind: 'rep', node: { kind: 'set', set: anyChar() }, min: 0, max: Infinity });

  /** One escape, i just after its backslash: adds what it matches to `set`; returns the code point of a single character, else -1. */
  const escape = (set: Chars, inClass: boolean): number => {
    const c = source[i] ?? '';
    i += 1;
    let code = -1;
    if (c === 'd') addRange(set, 48, 57);
    else if (c === 's') {
      for (const space of [9, 10, 11, 12, 13, 32]) add(set, space);
      add(set, OTHER);
    } else if (c === 'w') {
      addRange(set, 48, 57);
      addRange(set, 65, 90);
      addRange(set, 97, 122);
      add(set, 95);
    } else if (c === 'b' && inClass) code = 8;
    else if (c === 'n') code = 10;
    else if (c === 't') code = 9;
    else if (c === 'r') code = 13;
    else if (c === 'f') code = 12;
    else if (c === 'v') code = 11;
    else if (c === '0' && !/\d/.test(source[i] ?? '')) code = 0;
    else if (c === 'x' && /^[\da-f]{2}$/i.test(source.slice(i, i + 2))) {
      code = parseInt(source.slice(i, i + 2), 16);
      i += 2;
    } else if (c === 'u' && /^[\da-f]{4}$/i.test(source.slice(i, i + 4))) {
      code = parseInt(source.slice(i, i + 4), 16);
      i += 4;
    } else if (/[$()*+./?[\\\]^{|}-]/.test(c)) code = c.charCodeAt(0);
    else {
      // \S, \W, \D, \p{…}, \P{…}, \u{…}, \cX: any character.
      set.fill(0xffffffff);
      if ((c === 'p' || c === 'P' || c === 'u') && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (c === 'c') i += 1;
    }
    if (code >= 0) addRange(set, code, code);
    return code;
  };

  /** One member of a class, i at it: adds it to `set`; returns its code point or -1 (see escape()). */
  const member = (set: Chars): number => {
    if (source[i] === '\\') {
      i += 1;
      return escape(set, true);
    }
    const code = source.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    addRange(set, code, code);
    return code;
  };

  /** A class, i just after its `[`. */
  const charClass = (): Chars => {
    const set = chars();
    const negated = source[i] === '^';
    if (negated) i += 1;
    while (i < source.length && source[i] !== ']') {
      const from = member(set);
      if (source[i] === '-' && i + 1 < source.length && source[i + 1] !== ']') {
        i += 1;
        const to = member(set);
        if (from >= 0 && to >= 0) addRange(set, from, to);
        else set.fill(0xffffffff);
      }
    }
    i += 1;
    return negated ? anyChar() : set;
  };

  const alternation = (): Node => {
    const branches = [sequence()];
    while (source[i] === '|') {
      i += 1;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  };

  /** Moves past the rest of a sequence, to the `|` or `)` that ends it (not taken) or the end. */
  const skipSequence = (): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '[') {
        i += source[i + 1] === '^' ? 2 : 1;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i += 1;
      } else {
        if (c === ')' || c === '|') {
          if (depth === 0) return;
          if (c === ')') depth -= 1;
        } else if (c === '(') depth += 1;
        i += 1;
      }
    }
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    // Items that cannot match empty, read so far. The first two characters of any match lie in
    // the items up to the second of them, and its first word ends at the first of them that starts
    // with no word character: what follows both is skipped, and stands for any text.
    let solid = 0;
    let wordEnded = false;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      if ((solid >= 2 && wordEnded) || solid >= 64) {
        skipSequence();
        items.push({ kind: 'set', set: anyChar() });
        break;
      }
      let item = atom();
      const next = source[i];
      const q = next === '?' || next === '*' || next === '+' || next === '{' ? /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i, i + 16)) : null;
      if (q) {
        i += q[0].length;
        const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
        const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2]);
        item = { kind: 'rep', node: item, min, max };
      }
      items.push(item);
      if (!nullable(item)) {
        solid += 1;
        wordEnded ||= startsWithoutWord(item);
      }
    }
    return { kind: 'seq', items };
  };

  const atom = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      i += 1;
      // A lookaround consumes nothing; what it requires only narrows what may follow.
      const look = /^\?<?[=!]/.exec(source.slice(i, i + 3));
      if (look) {
        i += look[0].length;
        alternation();
        i += 1;
        return { kind: 'empty' };
      }
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      i += 1;
      return inner;
    }
    if (c === '[') {
      i += 1;
      return { kind: 'set', set: charClass() };
    }
    if (c === '^' || c === '$') {
      i += 1;
      return { kind: 'empty' };
    }
    if (c === '.') {
      i += 1;
      return { kind: 'set', set: anyChar() };
    }
    if (c === '\\') {
      i += 1;
      const next = source[i] ?? '';
      if (next === 'b' || next === 'B') {
        i += 1;
        return { kind: 'empty' };
      }
      // A back-reference matches text an earlier group matched: any text here.
      if (/[1-9]/.test(next)) {
        while (/\d/.test(source[i] ?? '')) i += 1;
        return anyText();
      }
      if (next === 'k' && source[i + 1] === '<') {
        i = source.indexOf('>', i) + 1;
        return anyText();
      }
      const set = chars();
      escape(set, false);
      return { kind: 'set', set };
    }
    const code = source.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    return { kind: 'char', code: Math.min(code, OTHER), point: code };
  };

  const whole = alternation();
  return i === source.length ? whole : null;
}

/** Whether `node` can match the empty string. */
function nullable(node: Node): boolean {
  if (node.empties === undefined) {
    if (node.kind === 'set' || node.kind === 'char') node.empties = false;
    else if (node.kind === 'empty') node.empties = true;
    else if (node.kind === 'seq') node.empties = node.items.every(nullable);
    else if (node.kind === 'alt') node.empties = node.branches.some(nullable);
    else node.empties = node.min === 0 || nullable(node.node);
  }
  return node.empties;
}

const NONE = chars();

/** The characters a non-empty match of `node` can start with. */
function firstOf(node: Node): Chars {
  if (!node.first) {
    if (node.kind === 'set') node.first = node.set;
    else if (node.kind === 'char') {
      node.first = chars();
      add(node.first, node.code);
      if (node.code === OTHER && isWordPoint(node.point)) add(node.first, OTHER_WORD);
    }
    else if (node.kind === 'empty') node.first = NONE;
    else if (node.kind === 'rep') node.first = firstOf(node.node);
    else {
      const first = chars();
      if (node.kind === 'alt') for (const branch of node.branches) union(first, firstOf(branch));
      else
        for (const item of node.items) {
          union(first, firstOf(item));
          if (!nullable(item)) break;
        }
      node.first = first;
    }
  }
  return node.first;
}

/** Whether every match of `node` starts with a character that is no word character. */
function startsWithoutWord(node: Node): boolean {
  const first = firstOf(node);
  if (first[OTHER_WORD >>> 5]! & (1 << (OTHER_WORD & 31))) return false;
  for (let c = 0; c < 128; c += 1) if (isWordCode(c) && first[c >>> 5]! & (1 << (c & 31))) return false;
  return true;
}

/** Words one alternative may start with, at most; more and it counts as unknown. */
const FIRST_WORDS_MAX = 256;

/**
 * The words every match of an alternative (a regex source followed by "no word character")
 * starts with: the run of word characters from the start of the match, which is the word the
 * text has there. Null when that is not a short list of ASCII words: a match that can start with
 * a character other than a word character, a class of many word characters (`*`, `\w+`), a
 * word character other than ASCII, or what the reader does not know.
 */
function firstWords(root: Node | null): Set<string> | null {
  if (!root) return null;
  const words = new Set<string>();
  let steps = 0;
  let unknown = false;
  /** Where the word ends: before a character that is no word character, or at the end of the match. */
  const end = (prefix: string): void => {
    if (prefix === '') unknown = true;
    else words.add(prefix);
  };
  // `rest` holds what is left to match, the next item first.
  const walk = (rest: Rest | null, prefix: string): void => {
    if (unknown) return;
    steps += 1;
    if (steps > 20_000 || prefix.length > 48 || words.size > FIRST_WORDS_MAX) {
      unknown = true;
      return;
    }
    if (!rest) return end(prefix);
    const { node, next } = rest;
    if (node.kind === 'empty') walk(next, prefix);
    else if (node.kind === 'char') {
      if (node.code < OTHER && isWordCode(node.code)) walk(next, prefix + String.fromCharCode(node.code));
      else if (node.code < OTHER || !isWordPoint(node.point)) end(prefix);
      else unknown = true;
    } else if (node.kind === 'set') {
      const set = node.set;
      if (set[OTHER_WORD >>> 5]! & (1 << (OTHER_WORD & 31))) {
        unknown = true;
        return;
      }
      const word: number[] = [];
      let other = (set[OTHER >>> 5]! & (1 << (OTHER & 31))) !== 0;
      for (let c = 0; c < 128; c += 1) {
        if (!(set[c >>> 5]! & (1 << (c & 31)))) continue;
        if (isWordCode(c)) word.push(c);
        else other = true;
      }
      if (word.length > 8) {
        unknown = true;
        return;
      }
      for (const c of word) walk(next, prefix + String.fromCharCode(c));
      if (other) end(prefix);
    } else if (node.kind === 'seq') {
      let then = next;
      for (let k = node.items.length - 1; k >= 0; k -= 1) then = { node: node.items[k]!, next: then };
      walk(then, prefix);
    } else if (node.kind === 'alt') for (const branch of node.branches) walk({ node: branch, next }, prefix);
    else if (node.max > 0) {
      // A repeat of what can match nothing could go round without reading a character.
      if (nullable(node.node)) {
        unknown = true;
        return;
      }
      if (node.min === 0) walk(next, prefix);
      walk({ node: node.node, next: { node: { kind: 'rep', node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1 }, next } }, prefix);
    } else walk(next, prefix);
  };
  walk({ node: root, next: null }, '');
  return unknown ? null : words;
}

/** What is left to match: a list, the next item first. */
interface Rest {
  node: Node;
  next: Rest | null;
}

/** Adds to `table` (see startTable) the first two characters of the matches of `node` followed by `follow`. */
function addStarts(node: Node, follow: Chars, table: Uint32Array): void {
  if (node.kind === 'char') {
    if (node.code < OTHER) for (let k = 0; k < 5; k += 1) table[node.code * 5 + k]! |= follow[k]!;
  } else if (node.kind === 'set') {
    for (let c = 0; c < 128; c += 1) if (node.set[c >>> 5]! & (1 << (c & 31))) for (let k = 0; k < 5; k += 1) table[c * 5 + k]! |= follow[k]!;
  } else if (node.kind === 'alt') {
    for (const branch of node.branches) addStarts(branch, follow, table);
  } else if (node.kind === 'rep') {
    const after = chars();
    if (node.max > 1) union(after, firstOf(node.node));
    union(after, follow);
    addStarts(node.node, after, table);
  } else if (node.kind === 'seq') {
    // Each item a match can start in (the first, and the next while those before can be empty),
    // followed by what the items after it start with, through those that can be empty.
    for (let k = 0; k < node.items.length; k += 1) {
      const after = chars();
      let through = true;
      for (let j = k + 1; j < node.items.length && through; j += 1) {
        union(after, firstOf(node.items[j]!));
        through = nullable(node.items[j]!);
      }
      if (through) union(after, follow);
      addStarts(node.items[k]!, after, table);
      if (!nullable(node.items[k]!)) break;
    }
  }
}

/**
 * What non-empty matches of a regex source (u flag, no i flag) can start with, as a table of
 * 128 × 5 words: for each ASCII first character, the set (see Chars) of second characters
 * (OTHER also for the end of the text). A character pair outside the table never starts a match,
 * so findPhrases does not run the regex there. Read conservatively: what the reader does not know
 * exactly (a negated class, a property escape, a back-reference, `.`) stands for any character,
 * and an assertion (lookaround, \b, ^, $) for no character at all, which only widens the table.
 */
export function startTable(source: string): Uint32Array {
  const table = new Uint32Array(128 * 5);
  const root = parseRegex(source);
  if (!root) return table.fill(0xffffffff);
  addStarts(root, anyChar(), table);
  return table;
}

/** Whether a match of the set can start at `start` of `subject`, where the text's word is `word` (see PhraseStarts); everywhere until the set's tables are built. */
function mayRun(set: PhraseSet, subject: string, start: number, word: string | null): boolean {
  const starts = set.starts;
  if (starts === null) return true;
  return (word !== null && starts.words.has(word)) || (starts.pairs !== null && mayStart(starts.pairs, subject, start));
}

/** Whether a match of the set can start at `start` of `subject` (see startTable). */
function mayStart(table: Uint32Array, subject: string, start: number): boolean {
  const first = subject.charCodeAt(start);
  if (!(first < 128)) return true;
  const second = subject.charCodeAt(start + 1);
  const bit = second < 128 ? second : OTHER;
  return (table[first * 5 + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
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

/** A word character (WORD_CHAR), tested at a position of a text (sticky). */
const WORD_CHAR_AT = new RegExp(WORD_CHAR, 'uy');

/**
 * The folded text, its letter-masked copy, its possible match starts and the word at each, for
 * the last text seen: a sentence is read by every phrase rule in turn, so this is computed once
 * per sentence, not once per rule.
 */
let lastText: string | null = null;
let lastFolded = '';
let lastMasked = '';
let lastStarts: number[] = [];
let lastWords: Array<string | null> = [];

/** The text `set` runs on (folded, or its masked copy), where a match can start, and the word there. */
function prepared(set: PhraseSet, text: string): { subject: string; starts: number[]; words: Array<string | null> } {
  if (text !== lastText) {
    lastFolded = fold(text);
    // One MASK per code unit, so offsets stay the same.
    lastMasked = lastFolded.replace(OTHER_WORD_CHAR, (char) => MASK.repeat(char.length));
    lastStarts = wordStarts(lastFolded);
    lastWords = lastStarts.map((start) => wordAt(lastMasked, start));
    lastText = text;
  }
  return { subject: set.masked ? lastMasked : lastFolded, starts: lastStarts, words: lastWords };
}

const MASK_CODE = MASK.charCodeAt(0);

/**
 * The word (run of word characters) at `start` of the masked text, as firstWords() lists the
 * patterns' words; null when it holds a word character other than ASCII (MASK), which none lists.
 */
function wordAt(masked: string, start: number): string | null {
  let end = start;
  for (; end < masked.length; end += 1) {
    const code = masked.charCodeAt(end);
    if (isWordCode(code)) continue;
    if (code === MASK_CODE) return null;
    break;
  }
  return end === start ? '' : masked.slice(start, end);
}

/**
 * Every position of `text` not preceded by a word character, where a phrase can start: what the
 * global `(?<!WORD_CHAR)` finds (a test holds it to that), without a match object per position.
 * As there, the character before a position is the whole code point that ends there, and after
 * a position found the next one tried is past the code point that starts there (a failed one
 * tries the next code unit).
 */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i <= text.length) {
    let word = false;
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before < 128) word = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 95;
      else if (before >= 0xdc00 && before <= 0xdfff && i >= 2 && isHigh(text.charCodeAt(i - 2))) {
        WORD_CHAR_AT.lastIndex = i - 2;
        word = WORD_CHAR_AT.test(text);
      } else if (before < 0xd800 || before > 0xdfff) {
        WORD_CHAR_AT.lastIndex = i - 1;
        word = WORD_CHAR_AT.test(text);
      }
      // Else half a pair read alone (a lone surrogate): no word character.
    }
    if (word) {
      i += 1;
      continue;
    }
    starts.push(i);
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
  }
  return starts;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Non-overlapping matches in `text`, left to right: the same as running the global regex over
 * the folded text (a test holds it to that), but the pattern is only tried where its leading
 * "not after a word character" condition holds, instead of at every position.
 */
export function findPhrases(set: PhraseSet, text: string, base = 0): PhraseHit[] {
  const hits: PhraseHit[] = [];
  use(set);
  const { subject, starts, words } = prepared(set, text);
  const { sticky } = set;
  let from = 0;
  for (let k = 0; k < starts.length; k += 1) {
    const start = starts[k]!;
    if (start < from || !mayRun(set, subject, start, words[k] ?? null)) continue;
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
  use(set);
  const { subject, starts, words } = prepared(set, text);
  const { sticky } = set;
  for (let k = 0; k < starts.length; k += 1) {
    const start = starts[k]!;
    if (!mayRun(set, subject, start, words[k] ?? null)) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(subject);
    if (match && match[0].length > 0) return true;
  }
  return false;
}
