/**
 * The only module that imports compromise. It tags one sentence at a time and returns plain
 * tokens with offsets into that sentence, so nothing outside this folder depends on
 * compromise's object model (and `sentences().json()`, which costs more than the parse, is never
 * called).
 */
import nlp from 'compromise/two';

export interface Token {
  /** Offsets into the sentence text; an implied word (the "am" in "I'm") has start === end. */
  start: number;
  end: number;
  text: string;
  /** Lower case, straight apostrophes. */
  normal: string;
  tags: ReadonlySet<string>;
}

interface RawTerm {
  text: string;
  normal?: string;
  tags: Set<string>;
}

const EMPTY_TAGS: ReadonlySet<string> = new Set();
const LATIN_WORD = /[A-Za-z]/;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Tokens without tags, for text compromise has nothing to say about (no Latin letters). */
function plainTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], normal: match[0].toLowerCase(), tags: EMPTY_TAGS });
  }
  return tokens;
}

/** Tag one sentence. Deterministic; never throws (falls back to untagged tokens). */
export function tagSentence(text: string): Token[] {
  if (!LATIN_WORD.test(text)) return plainTokens(text);
  let document: RawTerm[][];
  try {
    document = (nlp(text) as unknown as { document: RawTerm[][] }).document;
  } catch {
    return plainTokens(text);
  }
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of document) {
    for (const term of sentence) {
      const termText = term.text ?? '';
      if (termText === '') {
        tokens.push({ start: cursor, end: cursor, text: '', normal: (term.normal ?? '').toLowerCase(), tags: term.tags ?? EMPTY_TAGS });
        continue;
      }
      const at = text.indexOf(termText, cursor);
      if (at === -1) continue; // compromise normalised something we cannot place: skip that word
      cursor = at + termText.length;
      tokens.push({
        start: at,
        end: cursor,
        text: termText,
        normal: (term.normal || termText).toLowerCase().replace(/[’‘]/g, "'"),
        tags: term.tags ?? EMPTY_TAGS,
      });
    }
  }
  return tokens;
}
