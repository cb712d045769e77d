/**
 * How specific a sentence is: the "be specific" half of a message written for one reader.
 *
 *   - `concrete`: the sentence carries a checkable detail — a number, an amount, a date, or a
 *     proper name after its first word ("invoice #4471", "on 3 March", "your Leeds warehouse").
 *     Template copy that could go to anyone ("We have an opening in your area") has none.
 *   - `readerThings`: things named as the reader's own and pinned down, "your" followed by a noun
 *     that could not be pasted into the next message unchanged: "your invoice", "your post on
 *     churn", "your second clinic". Stock courtesy and the seller's frame ("your time", "your
 *     business", GENERIC_READER_NOUNS) never count; things every reader has ("your profile",
 *     "your work", VAGUE_READER_NOUNS) count only with something that pins them (a name, a
 *     number, a quoted phrase, a topic after "on", "about", "at"…).
 *   - `vagueThings`: the mentions of those things every reader has, left unpinned.
 *   - `frameThings`: mentions of stock courtesy and the seller's frame ("your time", "your company").
 *   - `vaguePraise`: praise or liking ("impressive", "love") beside only vague mentions, in a
 *     sentence with no detail at all: "I love your website", "your impressive background". It is
 *     praise that fits anyone, the commonest opening of a template that then asks a favour.
 *
 * Read from compromise's tags (parse.ts); placeholders count through their own slot handling,
 * not here.
 */
import { GENERIC_READER_NOUNS, ONLINE_PLACES, PRAISE_WORDS, VAGUE_READER_NOUNS } from '../lexicon';
import type { Token } from './parse';

export interface Details {
  concrete: boolean;
  readerThings: number;
  vagueThings: number;
  /** Mentions of the seller's frame or stock courtesy ("your company", "your time"): nothing of theirs pinned. */
  frameThings: number;
  vaguePraise: boolean;
  /** Where the vague praise stands: from the first word of praise or of the vague mention to the last (relative offsets). */
  praiseSpan: { start: number; end: number } | null;
}

/**
 * Whether the sentence names the reader only through what every reader has or the seller's frame
 * ("your profile", "your company", "your time"), with no detail: attention to it or a finding about
 * it could go to anyone, so it raises nothing (features.ts: attends, gives).
 */
export function namesOnlyVague(d: Pick<Details, 'concrete' | 'readerThings' | 'vagueThings' | 'frameThings'>): boolean {
  return !d.concrete && d.readerThings === 0 && d.vagueThings + d.frameThings > 0;
}

const DIGIT = /\d/u;
/** Words after a vague noun that open what pins it down: "your post on churn", "your work at Northwind". */
const PINNING = new Set(['on', 'about', 'at', 'with', 'for', 'from', 'in', 'called', 'titled', 'where', 'when', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'those', 'these']);
const QUOTE = /["“”‘’']/u;

function isName(token: Token): boolean {
  return token.tags.has('ProperNoun') || token.tags.has('Organization') || token.tags.has('Place') || token.tags.has('Person');
}

function isDetail(token: Token): boolean {
  return DIGIT.test(token.text) || token.tags.has('Value') || token.tags.has('Date') || token.tags.has('Money');
}

/** What the entries of two or more words start with (up to their first space): only these can begin "big fan". */
const PRAISE_HEADS: ReadonlySet<string> = new Set([...PRAISE_WORDS.words].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));

/** Where a word of praise starting at `k` ends (its last token: "big fan" is two), or -1. */
function praiseEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  if (PRAISE_WORDS.words.has(t.lemma) || PRAISE_WORDS.words.has(t.normal)) return k;
  const next = tokens[k + 1];
  const space = t.normal.indexOf(' ');
  if (next === undefined || !PRAISE_HEADS.has(space < 0 ? t.normal : t.normal.slice(0, space))) return -1;
  return PRAISE_WORDS.words.has(`${t.normal} ${next.normal}`) ? k + 1 : -1;
}

/** The noun a possessive "your" governs (its index): adjectives and other nouns of the phrase skipped. */
function possessed(tokens: readonly Token[], from: number): number {
  let noun = -1;
  for (let k = from; k < tokens.length && k < from + 4; k += 1) {
    const t = tokens[k]!;
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) {
      noun = k;
      continue;
    }
    // Adjectives, adverbs and numbers before the noun: "your second clinic", "your 40 staff".
    if (noun !== -1 || !(t.tags.has('Adjective') || t.tags.has('Adverb') || t.tags.has('Value'))) break;
  }
  return noun;
}

/** Whether the phrase from "your" to its noun, or the words right after, pin a vague noun down. */
function pinned(text: string, tokens: readonly Token[], your: number, noun: number): boolean {
  for (let k = your + 1; k <= noun; k += 1) if (isDetail(tokens[k]!) || isName(tokens[k]!)) return true;
  const next = tokens[noun + 1];
  if (!next) return false;
  if (isName(next) || isDetail(next) || QUOTE.test(text.slice(tokens[noun]!.end, next.start + 1))) return true;
  // "your post on churn": a preposition and then what names a topic; "your post on LinkedIn" names only where it was.
  if (!PINNING.has(next.normal)) return false;
  let k = noun + 2;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.normal)) k += 1;
  const topic = tokens[k];
  if (!topic) return false;
  // "your post about “why annual plans fail”": a quoted title names it.
  if (QUOTE.test(text.slice(next.end, topic.start + 1))) return true;
  if (topic.tags.has('Pronoun') || ONLINE_PLACES.words.has(topic.normal)) return false;
  return topic.tags.has('Noun') || topic.tags.has('Adjective') || topic.tags.has('Gerund') || isName(topic);
}

/**
 * What the "your" at token `your` names (its noun at `at`): a thing every reader has, left vague
 * ("your profile") or pinned down ("your post on churn"), or another thing of theirs ("your
 * invoice"), or stock courtesy and the seller's frame ("your time", `frame`). Null for no noun.
 */
function mentionOf(tokens: readonly Token[], text: string, your: number): { at: number; kind: 'frame' | 'vague' | 'pinned' | 'thing' } | null {
  const at = possessed(tokens, your + 1);
  if (at === -1) return null;
  const noun = tokens[at]!;
  if (GENERIC_READER_NOUNS.words.has(noun.normal) || GENERIC_READER_NOUNS.words.has(noun.lemma)) return { at, kind: 'frame' };
  if (!(VAGUE_READER_NOUNS.words.has(noun.normal) || VAGUE_READER_NOUNS.words.has(noun.lemma))) return { at, kind: 'thing' };
  return { at, kind: pinned(text, tokens, your, at) ? 'pinned' : 'vague' };
}

/**
 * Whether a thing every reader has, named by the "your" at token `your`, is then pinned down:
 * "your post on churn", "your post about “why plans fail”", "your site: https://…". False for
 * "your profile" alone, and for any other noun (a stock line's "your reference" is not pinned).
 */
export function vagueMentionPinned(tokens: readonly Token[], text: string, your: number): boolean {
  const named = mentionOf(tokens, text, your);
  if (!named || named.kind === 'thing' || named.kind === 'frame') return false;
  return named.kind === 'pinned' || LINK_AFTER.test(text.slice(tokens[named.at]!.end));
}

/** A link or a placeholder for one straight after the thing: "your post: https://…", "your post ({{post_url}})". */
const LINK_AFTER = /^\s*(?:[:(\-–—]\s*)?(?:https?:\/\/|www\.|\{\{|\[|<)/iu;

/**
 * Each sentence's details, computed once: the engine reads them for the score and the vague-praise
 * rule for its span, both from the same tokens.
 */
const DETAILS = new WeakMap<readonly Token[], Details>();

export function detailsOf(tokens: readonly Token[], text = ''): Details {
  let details = DETAILS.get(tokens);
  if (!details) {
    details = computeDetails(tokens, text);
    DETAILS.set(tokens, details);
  }
  return details;
}

function computeDetails(tokens: readonly Token[], text: string): Details {
  let concrete = false;
  let readerThings = 0;
  let vagueThings = 0;
  let frameThings = 0;
  let praise: [number, number] | null = null;
  let mention: [number, number] | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.text === '') continue;
    if (isDetail(t) || (i > 0 && isName(t) && !ONLINE_PLACES.words.has(t.normal))) concrete = true;
    if (!praise) {
      const end = praiseEnd(tokens, i);
      if (end !== -1) praise = [i, end];
    }
    if (t.normal === 'your') {
      const named = mentionOf(tokens, text, i);
      if (!named) continue;
      if (named.kind === 'frame') frameThings += 1;
      else if (named.kind === 'vague') {
        vagueThings += 1;
        mention ??= [i, named.at];
      } else readerThings += 1;
    }
  }
  if (!praise || !mention || readerThings > 0 || concrete) return { concrete, readerThings, vagueThings, frameThings, vaguePraise: false, praiseSpan: null };
  const first = Math.min(praise[0], mention[0]);
  const last = Math.max(praise[1], mention[1]);
  return { concrete, readerThings, vagueThings, frameThings, vaguePraise: true, praiseSpan: { start: tokens[first]!.start, end: tokens[last]!.end } };
}
