/**
 * Small helpers rules share: finding stock phrases in a sentence and building the suggestions
 * that go with them. Kept out of `rules/` so that folder holds rules only.
 */
import type { RuleReport } from './rule';
import type { SentenceView } from './nlp/views';
import { findPhrases, type PhraseHit, type PhraseSet } from './text/phrases';
import { matchCase, quote } from './text/text';
import type { Suggestion } from './types';
import { congratulates, namesWriter } from './nlp/focus';

/** True when the hit is (nearly) the whole sentence: only punctuation and lead-in words around it. */
export function coversSentence(sentence: SentenceView, hit: { start: number; end: number }): boolean {
  const before = sentence.text.slice(0, hit.start);
  const after = sentence.text.slice(hit.end);
  return /^[\s"'“‘(]*(?:(?:just|so|and|but|also|oh|hi|hey|again)[\s,]+)?$/iu.test(before) && /^[\s!?.,;:…"'”’)\-—–]*$/u.test(after);
}

/** A suggestion that removes the whole sentence (the engine also takes the space after it). */
export function deleteSentence(sentence: SentenceView, label = 'Delete this sentence'): Suggestion {
  return { label, edits: [{ start: 0, end: sentence.text.length, text: '' }] };
}

/** A suggestion that replaces a hit, matching its case. */
export function replaceHit(hit: PhraseHit, replacement: string, label?: string): Suggestion {
  const text = matchCase(hit.text, replacement);
  return { label: label ?? `Replace with “${text}”`, edits: [{ start: hit.start, end: hit.end, text }] };
}

export function advice(label: string): Suggestion {
  return { label, edits: [] };
}

/** Every hit of `regex` in the sentence as a report with the excerpt in `data.phrase`. */
export function phraseReports(
  sentence: SentenceView,
  regex: PhraseSet,
  messageId: string,
  suggest: (hit: PhraseHit) => Suggestion[],
): RuleReport[] {
  return findPhrases(regex, sentence.text).map((hit) => ({
    start: hit.start,
    end: hit.end,
    messageId,
    data: { phrase: quote(hit.text) },
    suggestions: suggest(hit),
  }));
}

/**
 * Whether a piece of a sentence reads like a list item naming a thing (a feature, a skill)
 * rather than a clause: no pronouns, and no verb unless the item is only a word or two.
 */
export function looksLikeFeature(sentence: SentenceView, span: { start: number; end: number }): boolean {
  const inside = sentence.tokens.filter((t) => t.start >= span.start && t.end <= span.end && t.text !== '');
  if (inside.length === 0) return false;
  if (inside.some((t) => (t.tags.has('Pronoun') && !t.tags.has('Possessive')) || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary'))) return false;
  // A verb taking an object ("open any project", "pick a day") makes the item a clause.
  return !inside.some((t, i) => {
    const next = inside[i + 1];
    return t.tags.has('Verb') && !t.tags.has('Gerund') && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive'));
  });
}

/** The sentence without its trailing punctuation, as a span. */
export function sentenceBody(sentence: SentenceView): { start: number; end: number } {
  let end = sentence.text.length;
  while (end > 0 && /[\s.!?…,;:]/u.test(sentence.text[end - 1] ?? '')) end -= 1;
  return { start: 0, end: Math.max(end, 0) };
}

/** Marks and words that open a clause; the last one before a phrase starts the phrase's clause. */
const CLAUSE_MARK = /[,;:—–(]|\b(?:that|as|because|since|and|but|so|if|when|where|who)\b/giu;

/**
 * Whether the reader is the last party the phrase's clause names before it ("…as I know you are the
 * best", "I loved your team's groundbreaking work"; not "you know we are the best", "your rivals use
 * our award-winning tool").
 */
function readerClause(before: string): boolean {
  let from = 0;
  for (const mark of before.matchAll(CLAUSE_MARK)) from = mark.index + mark[0].length;
  const clause = before.slice(from);
  let you = -1;
  for (const m of clause.matchAll(/\byou(?:r|['’]re|['’]ll)?\b/giu)) you = m.index;
  return you !== -1 && !namesWriter(clause.slice(you));
}

/** The writer owning it, just after it: "20 years of experience from our team", "the best rates of any firm we know". */
const WRITER_AFTER = /^\s*(?:from|of|at|by|across|in)\s+(?:our|my|us|me)\b/iu;

/** The reader owning what is praised, just after it: "the amazing results you got", "the talented engineers on your team". */
const READER_AFTER = /^\s*(?:(?:that|which|who)\s+)?you\b|^(?:\s+[\p{L}-]+){0,2}?\s+(?:on|at|in|of|from|behind|across)\s+your\b/iu;

/**
 * Whether the praise or record at `span` is the reader's, not the writer's: "your" just before it,
 * the reader last named in its clause, the reader just after it, or a congratulation around it.
 * Self-praise rules (superlative-claim, credential-dump) stay quiet on it.
 */
export function readerOwns(sentence: SentenceView, span: { start: number; end: number }): boolean {
  const text = sentence.text;
  // "we are the best": the phrase names its owner itself. "Your award-winning team": the clause check reads the "your".
  if (namesWriter(text.slice(span.start, span.end)) || WRITER_AFTER.test(text.slice(span.end))) return false;
  return readerClause(text.slice(0, span.start)) || READER_AFTER.test(text.slice(span.end)) || congratulates(text) || describesReader(text, span);
}

/** An opening "As …," whose main clause is the reader's: "As the region's leading hospital, you must…" describes them. */
const AS_OPENING = /^\W*as\b[^,]*$/iu;
const READER_CLAUSE_AFTER = /^[^,]*,\s*you\b/iu;

function describesReader(text: string, span: { start: number; end: number }): boolean {
  if (!AS_OPENING.test(text.slice(0, span.start)) || !READER_CLAUSE_AFTER.test(text.slice(span.start))) return false;
  // "As an award-winning agency, you can trust us": the clause turns to the writer, so the opening was the writer's.
  return !namesWriter(text.slice(text.indexOf(',', span.start)));
}
