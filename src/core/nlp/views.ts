/**
 * Views on one tagged sentence that several rules share: who the grammatical subject is, the
 * references to the writer and to the reader (weighted by grammatical role), negation.
 * Computed once per sentence text and cached with it.
 */
import { ATTENTION_PREFIXES, lexiconRegex } from '../lexicon';
import type { Span } from '../types';
import type { LineKind } from './segment';
import type { Token } from './parse';

export interface Reference extends Span {
  /** How strongly this word makes the sentence about its owner (0..1). */
  weight: number;
}

export type Subject = 'writer' | 'reader' | 'other' | 'none';

export interface SentenceView {
  /** The sentence text (offsets below are relative to it). */
  text: string;
  tokens: readonly Token[];
  lineKind: LineKind;
  lineStart: boolean;
  /** The sentence goes on from words before it on its line (see Segment.continues). */
  continues: boolean;
  isQuestion: boolean;
  negated: boolean;
  subject: Subject;
  /** Index into `tokens` of the first verb after the subject, or -1. */
  verb: number;
  /** The words making up the subject (relative span), when there is one. */
  subjectSpan: Span | null;
  writerRefs: Reference[];
  readerRefs: Reference[];
  words: number;
}

const WRITER_SUBJECT = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll", 'im']);
const WRITER_POSSESSIVE = new Set(['my', 'our']);
const WRITER_OBJECT = new Set(['me', 'us', 'myself', 'ourselves', 'mine', 'ours']);
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll", 'ya', 'u']);
/**
 * Verbs of attention: "I noticed your…" is about the reader, whatever its subject. The verbs are
 * the lexicon's; the modals and negated auxiliaries after them are grammar (a lexical verb that is
 * still one of these had no verb after it to take its place) and stay here, as whole words (a prefix
 * "can" would take "cancelled" too).
 */
const ATTENTION_VERBS = lexiconRegex(`^(?:${ATTENTION_PREFIXES.alternation}|(?:don|didn|can|could|would|will|should|may|might)(?:n?['’]?t|not)?$)`, '');
/** Leading words that do not change who the subject is ("So, we…", "Honestly, I…"). */
const LEAD_IN = new Set(['so', 'and', 'but', 'also', 'plus', 'honestly', 'now', 'today', 'currently', 'recently', 'then', 'still', 'actually', 'basically', 'here', 'at', 'as', 'in', 'with', 'since', 'because', 'well', 'ok', 'okay', 'oh', 'yes', 'no', 'sure', 'first', 'firstly', 'finally', 'additionally', 'moreover', 'furthermore', 'besides', 'p.s', 'ps']);

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'morning', 'afternoon', 'evening', 'greetings']);

/** Nominative pronouns that can open a main clause after a leading adverbial. */
const PERSONAL_SUBJECT = new Set(['i', 'we', 'you', "i'm", "we're", "you're", "i've", "we've", "you've", "i'll", "we'll", "you'll", "i'd", "we'd", "you'd", 'he', 'she', 'they', 'it']);

/** A word that opens an adverbial rather than a subject: a time, an adverb, an ordinal, a preposition or a subordinator. */
function isAdverbial(token: Token): boolean {
  const tags = token.tags;
  return tags.has('Adverb') || tags.has('Date') || tags.has('Ordinal') || tags.has('Preposition') || tags.has('Conjunction') || (tags.has('Adjective') && /^(?:last|next|overnight|earlier|later|yesterday|tomorrow)$/.test(token.normal));
}

function isVerb(token: Token): boolean {
  return token.tags.has('Verb') || token.tags.has('Copula') || token.tags.has('Modal') || token.tags.has('Auxiliary');
}

export interface ViewInput {
  text: string;
  tokens: readonly Token[];
  lineKind: LineKind;
  lineStart: boolean;
  continues?: boolean;
  /** Lower-case words of the writer's own names (each name as a list of words). */
  ownNames: readonly (readonly string[])[];
}

/** Where the own names occur, as token index ranges. */
function ownNameHits(tokens: readonly Token[], ownNames: ViewInput['ownNames']): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (ownNames.length === 0) return hits;
  for (let i = 0; i < tokens.length; i += 1) {
    for (const name of ownNames) {
      if (name.length === 0) continue;
      let ok = true;
      for (let k = 0; k < name.length; k += 1) {
        const t = tokens[i + k];
        const word = t?.normal.replace(/'s$/, '');
        if (word !== name[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        hits.push([i, i + name.length]);
        break;
      }
    }
  }
  return hits;
}

export function buildView(input: ViewInput): SentenceView {
  const { text, tokens } = input;
  const words = tokens.filter((t) => t.text !== '' && /[\p{L}\p{N}]/u.test(t.text));
  const own = ownNameHits(tokens, input.ownNames);
  const ownStart = new Map(own.map(([s, e]) => [s, e]));

  // Subject: skip lead-in words (and an introductory phrase ending in a comma), then read the
  // noun phrase before the first verb.
  let i = 0;
  // "Hi Kim, we…": a greeting at the start of the sentence is not its subject.
  if (GREETING_WORDS.has(tokens[0]?.normal ?? '')) {
    const comma = tokens.findIndex((x, k) => k < 6 && /^\s*[,—–-]/.test(text.slice(x.end, x.end + 2)));
    if (comma >= 0) i = comma + 1;
  }
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === '') {
      i += 1;
      continue;
    }
    if (LEAD_IN.has(t.normal)) {
      // "At Acme, we…": skip to just after the comma when the phrase has no verb.
      const commaAt = tokens.findIndex((x, k) => k >= i && k < i + 6 && /,\s*$/.test(text.slice(x.end, (tokens[k + 1]?.start ?? x.end + 2))));
      i = commaAt >= 0 && !tokens.slice(i, commaAt + 1).some(isVerb) ? commaAt + 1 : i + 1;
      continue;
    }
    break;
  }
  // "Last week I bought…", "Overnight we found…", "Unfortunately we have…", "First off I want…",
  // "As soon as we knew, we…": a leading adverbial (time, manner, order, a subordinate clause) is
  // not the subject; a personal pronoun with its verb a few words on is.
  if (tokens[i] && isAdverbial(tokens[i]!)) {
    for (let k = i + 1; k < tokens.length && k <= i + 8; k += 1) {
      const t = tokens[k]!;
      if (!PERSONAL_SUBJECT.has(t.normal)) continue;
      const next = tokens.slice(k + 1, k + 3).find((x) => x.text !== '' && !x.tags.has('Adverb'));
      if (next && isVerb(next)) i = k;
      break;
    }
  }
  let subject: Subject = 'none';
  let subjectSpan: Span | null = null;
  let verb = -1;
  const first = tokens[i];
  if (first) {
    let j = i;
    if (WRITER_SUBJECT.has(first.normal)) subject = 'writer';
    else if (READER.has(first.normal) && first.normal !== 'yours') subject = 'reader';
    else if (ownStart.has(i)) {
      subject = 'writer';
      j = (ownStart.get(i) ?? i + 1) - 1;
    } else if (WRITER_POSSESSIVE.has(first.normal) || first.normal === 'your') {
      subject = first.normal === 'your' ? 'reader' : 'writer';
    } else if (!isVerb(first)) subject = 'other';
    // Walk to the first verb (at most 6 words on: a subject noun phrase is short).
    for (let k = j; k < tokens.length && k <= j + 6; k += 1) {
      const t = tokens[k];
      if (t && k > i - 1 && isVerb(t) && !(k === i && subject !== 'none')) {
        verb = k;
        break;
      }
      if (t && (t.tags.has('Conjunction') || /[,;:]$/.test(text.slice(t.end, t.end + 1)))) {
        if (k > j) break;
      }
    }
    if (subject === 'none' && isVerb(first)) verb = i;
    if (subject !== 'none') {
      const last = tokens[Math.max(i, verb > i ? verb - 1 : j)];
      subjectSpan = { start: first.start, end: last ? Math.max(last.end, first.end) : first.end };
    }
  }

  const verbToken = verb >= 0 ? tokens[verb] : undefined;
  // The lexical verb: skip auxiliaries, modals and adverbs ("we have helped", "I'd really love");
  // a copula with no verb after it stays the verb ("I'm passionate").
  let lexical = verb;
  // Only an auxiliary, modal, copula or implied verb hands over to the verb after it ("we offer onboarding" stays "offer").
  const helper = verbToken !== undefined && (verbToken.text === '' || verbToken.tags.has('Auxiliary') || verbToken.tags.has('Modal') || verbToken.tags.has('Copula'));
  for (let k = verb + 1; helper && k < tokens.length && k <= verb + 3; k += 1) {
    const t = tokens[k];
    if (!t) break;
    if (t.tags.has('Adverb') || t.text === '' || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.normal === 'to') continue;
    if (isVerb(t) && !t.tags.has('Copula')) lexical = k;
    break;
  }
  const lexicalNormal = (lexical >= 0 ? tokens[lexical]?.normal : verbToken?.normal) ?? '';
  const attention = subject === 'writer' && ATTENTION_VERBS.test(lexicalNormal);

  const writerRefs: Reference[] = [];
  const readerRefs: Reference[] = [];
  tokens.forEach((t, k) => {
    if (t.text === '') return;
    const n = t.normal;
    const prev = tokens[k - 1]?.normal;
    // The sentence's own subject counts fully unless it is attending to the reader ("I noticed…");
    // a writer pronoun elsewhere (a subordinate clause, "I think…") counts less.
    if (WRITER_SUBJECT.has(n)) writerRefs.push({ start: t.start, end: t.end, weight: k <= i + 1 ? (attention ? 0.3 : 1) : 0.6 });
    else if (WRITER_POSSESSIVE.has(n)) writerRefs.push({ start: t.start, end: t.end, weight: 0.6 });
    else if (WRITER_OBJECT.has(n)) writerRefs.push({ start: t.start, end: t.end, weight: prev === 'let' || prev === 'to' ? 0.2 : 0.3 });
    else if (READER.has(n)) readerRefs.push({ start: t.start, end: t.end, weight: prev === 'thank' || prev === 'see' ? 0.2 : 1 });
  });
  for (const [s, e] of own) {
    const a = tokens[s];
    const b = tokens[e - 1];
    if (a && b) writerRefs.push({ start: a.start, end: b.end, weight: 1 });
  }

  const negated = tokens.some((t) => t.tags.has('Negative') || t.normal === 'not' || t.normal === 'never' || /n't$/.test(t.normal));
  const trimmed = text.trimEnd();
  return {
    text,
    tokens,
    lineKind: input.lineKind,
    lineStart: input.lineStart,
    continues: input.continues ?? false,
    isQuestion: /\?["'”’)]*$/u.test(trimmed),
    negated,
    subject,
    verb: lexical,
    subjectSpan,
    writerRefs,
    readerRefs,
    words: words.length,
  };
}

/** Whether the sentence opens on a command with no subject: "Open the report…", "Bring your badge". */
export function opensWithCommand(view: SentenceView): boolean {
  const first = view.tokens[0];
  return view.verb === 0 && first !== undefined && (first.tags.has('Imperative') || first.tags.has('Infinitive'));
}
