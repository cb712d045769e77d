/**
 * How specific a sentence is: the "be specific" half of a message written for one reader.
 *
 *   - `concrete`: the sentence carries a checkable detail — a number, an amount, a date, or a
 *     proper name after its first word ("invoice #4471", "on 3 March", "your Leeds warehouse").
 *     Template copy that could go to anyone ("We have an opening in your area") has none.
 *   - `readerThings`: things named as the reader's own ("your invoice", "your post on churn"),
 *     "your" followed by a noun that is not a stock courtesy or the seller's frame ("your time",
 *     "your business", see GENERIC_READER_NOUNS in the lexicon).
 *
 * Read from compromise's tags (parse.ts); placeholders count through their own slot handling,
 * not here.
 */
import { GENERIC_READER_NOUNS } from '../lexicon';
import type { Token } from './parse';

export interface Details {
  concrete: boolean;
  readerThings: number;
}

const DIGIT = /\d/u;

function isName(token: Token): boolean {
  return token.tags.has('ProperNoun') || token.tags.has('Organization') || token.tags.has('Place') || token.tags.has('Person');
}

function isDetail(token: Token): boolean {
  return DIGIT.test(token.text) || token.tags.has('Value') || token.tags.has('Date') || token.tags.has('Money');
}

/** The noun a possessive "your" governs: adjectives and other nouns of the phrase skipped. */
function possessed(tokens: readonly Token[], from: number): Token | null {
  let noun: Token | null = null;
  for (let k = from; k < tokens.length && k < from + 4; k += 1) {
    const t = tokens[k]!;
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) {
      noun = t;
      continue;
    }
    // Adjectives, adverbs and numbers before the noun: "your second clinic", "your 40 staff".
    if (noun || !(t.tags.has('Adjective') || t.tags.has('Adverb') || t.tags.has('Value'))) break;
  }
  return noun;
}

export function detailsOf(tokens: readonly Token[]): Details {
  let concrete = false;
  let readerThings = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.text === '') continue;
    if (isDetail(t) || (i > 0 && isName(t))) concrete = true;
    if (t.normal === 'your') {
      const noun = possessed(tokens, i + 1);
      if (noun && !GENERIC_READER_NOUNS.words.has(noun.normal) && !GENERIC_READER_NOUNS.words.has(noun.lemma)) readerThings += 1;
    }
  }
  return { concrete, readerThings };
}
