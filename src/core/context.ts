/**
 * Reading the context a draft is written to (DESIGN.md §5, §7): the questions and requests of the
 * message a reply answers, the topic words of the post a comment answers, and the names of the
 * people written to. Pure and cheap (no tagging: a context can be a long message, and it is read
 * again only when it changes), so the engine can keep one read per draft in memory.
 *
 * Topic words are compared as crude stems ("pricing" and "price", "integration" and "integrate"
 * meet): the rules that use them stay silent when the draft shares any stem, so a loose match can
 * only make them quieter, never wrong.
 */
import { CONTEXT_PLEASANTRIES, CONTEXT_REQUESTS, GROUP_GREETINGS, NICKNAMES, TOPICLESS_WORDS, lexiconRegex } from './lexicon';
import { segment } from './nlp/segment';
import type { DraftSentence } from './rule';
import { quote } from './text/text';
import type { ContextKind, ContextReport, DraftContextInput } from './types';

/** A question or request in the context, with the topic stems an answer would share. */
export interface ContextQuestion {
  text: string;
  stems: readonly string[];
  /** It asks for something to be sent (a file, a price list): an attachment or a link answers it. */
  asksToSend: boolean;
}

/** A person the draft is written to, from a display name ("Dana Whitfield, PhD" → Dana / Whitfield). */
export interface Person {
  full: string;
  first: string;
  last: string | null;
}

/** The context as the rules read it. */
export interface ReadContext {
  kind: ContextKind;
  text: string;
  people: readonly Person[];
  /** Every word of the context, lower case, for "is this name mentioned at all". */
  words: ReadonlySet<string>;
  questions: readonly ContextQuestion[];
  /** Topic stems of the whole text (what a comment may share with its post). */
  stems: ReadonlySet<string>;
}

/** The most of a context that is read: a long thread's first 20,000 characters hold its questions. */
const MAX_CONTEXT = 20_000;

const splitWords = (entries: readonly (readonly [string, string])[] | readonly string[]): string[] =>
  entries.flatMap((e) => (typeof e === 'string' ? e : e[0]).split('|'));
const TOPICLESS = new Set(splitWords(TOPICLESS_WORDS.entries));
const GROUPS = new Set(splitWords(GROUP_GREETINGS.entries));
/** Short form → full forms, both ways of asking. */
const NICKNAME_PAIRS: ReadonlyArray<[ReadonlySet<string>, ReadonlySet<string>]> = NICKNAMES.entries.map((e) => {
  const [short = '', full = ''] = (typeof e === 'string' ? e : e[0]).split(':');
  return [new Set(short.split('|')), new Set(full.split('|'))];
});

// A context line is at most a few hundred characters per sentence (segment cuts longer runs).
const REQUEST = lexiconRegex(`\\b(?:${CONTEXT_REQUESTS.alternation})\\b`, 'iu');
const PLEASANTRY = lexiconRegex(`^\\W*(?:${CONTEXT_PLEASANTRIES.alternation})\\b`, 'iu');
const SEND = /\b(?:send|share|forward|attach)/iu;
const QUESTION_END = /\?["'”’)\]\s]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A crude stem: lower case, common endings off, at most six letters ("integrations" → "integr", "works" → "work"). */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 5) w = w.replace(/(?:ations?|ings?|ions?|ments?|ed|ly)$/u, '');
  if (w.length > 3 && !w.endsWith('ss')) w = w.replace(/e?s$/u, '');
  if (w.length > 3) w = w.replace(/e$/u, '');
  return w.slice(0, 6);
}

/** Topic stems of a text in order of first appearance: words that carry a topic, minus `skip`. */
export function topicStems(text: string, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    if (TOPICLESS.has(lower) || skip.has(lower)) continue;
    if (lower.length < 3 && !/\d/u.test(lower)) continue;
    const s = stem(lower);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/** Accents off and lower case, so "Zoë" and "Zoe" meet. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.?$/iu;

/**
 * A display name as a person, or null when it does not look like one: the part before a comma,
 * "|" or bracket ("Dana Whitfield, PhD", "Dana (she/her)"), emoji and titles off.
 */
export function personOf(name: string): Person | null {
  const main = name.split(/[,|(（[•·]/u)[0] ?? '';
  const words = (main.match(/\p{L}[\p{L}'’.-]*/gu) ?? []).filter((w) => !TITLES.test(w));
  const first = words[0];
  if (!first || first.length < 2 || !/^\p{Lu}/u.test(first)) return null;
  const last = words.length > 1 ? (words[words.length - 1] ?? null) : null;
  return { full: words.join(' '), first, last };
}

/** Whether a greeted name can be this person's first name (the name itself, a short form, a nickname). */
export function nameFits(greeted: string, person: Person): boolean {
  const g = foldName(greeted);
  const candidates = [person.first, ...(person.last ? [person.last] : [])].map(foldName);
  for (const c of candidates) {
    if (c === g) return true;
    // "Dan" for "Daniel", "Alex" for "Alexandra", "Chris" for "Christopher", and the other way.
    if (g.length >= 3 && c.length >= 3 && (c.startsWith(g) || g.startsWith(c))) return true;
    for (const [short, full] of NICKNAME_PAIRS) if ((short.has(g) && full.has(c)) || (short.has(c) && full.has(g))) return true;
  }
  return false;
}

/** Whether a word after "Hi" greets a group ("Hi team", "Hi all"). */
export function greetsGroup(word: string): boolean {
  return GROUPS.has(word.toLowerCase());
}

function readQuestions(text: string, skip: ReadonlySet<string>): ContextQuestion[] {
  const questions: ContextQuestion[] = [];
  for (const seg of segment(text)) {
    if (seg.lineKind === 'greeting' || seg.lineKind === 'signoff' || seg.lineKind === 'subject') continue;
    const sentence = seg.text.trim();
    const isQuestion = QUESTION_END.test(sentence);
    if (!isQuestion && !REQUEST.test(sentence)) continue;
    if (PLEASANTRY.test(sentence)) continue;
    const stems = topicStems(sentence, skip);
    // "Can you tell me more?" names nothing an answer would share: nothing to check it against.
    if (stems.length === 0) continue;
    questions.push({ text: quote(sentence, 120), stems, asksToSend: SEND.test(sentence) });
  }
  return questions;
}

/** Reads a context once; null when there is nothing to read (no text and no usable name). */
export function readContext(input: DraftContextInput | undefined): ReadContext | null {
  if (!input || typeof input !== 'object') return null;
  const kind: ContextKind = input.kind === 'post' || input.kind === 'person' ? input.kind : 'message';
  const text = typeof input.text === 'string' ? input.text.slice(0, MAX_CONTEXT) : '';
  const people = (Array.isArray(input.names) ? input.names : [])
    .filter((n): n is string => typeof n === 'string')
    .map(personOf)
    .filter((p): p is Person => p !== null);
  if (text.trim() === '' && people.length === 0) return null;
  // The people's names are not a topic: naming the author is not talking about the post.
  const nameWords = new Set(people.flatMap((p) => p.full.toLowerCase().split(' ')));
  const words = new Set([...text.matchAll(WORD)].map(([w]) => foldName(w)));
  return {
    kind,
    text,
    people,
    words,
    questions: kind === 'message' ? readQuestions(text, nameWords) : [],
    stems: new Set(kind === 'post' ? topicStems(text, nameWords) : []),
  };
}

/** What a draft offers to be compared with its context: its topic stems, and whether it gives something. */
export interface DraftTopic {
  stems: readonly string[];
  gives: boolean;
}

/** The draft's topic, greetings and sign-offs aside (they name people, not topics). */
export function draftTopic(sentences: readonly DraftSentence[], context: ReadContext): DraftTopic {
  const skip = new Set(context.people.flatMap((p) => p.full.toLowerCase().split(' ')));
  const body = sentences.filter((s) => s.lineKind !== 'greeting' && s.lineKind !== 'signoff' && s.lineKind !== 'subject');
  return { stems: topicStems(body.map((s) => s.text).join(' \n'), skip), gives: body.some((s) => s.gives) };
}

/** Whether the draft answers a question: it shares a topic word with it, or sends what was asked for. */
export function isAnswered(question: ContextQuestion, draft: DraftTopic): boolean {
  if (question.asksToSend && draft.gives) return true;
  return question.stems.some((s) => draft.stems.includes(s));
}

/** What was read, and how the draft relates to it, for the report. */
export function summarise(context: ReadContext, sentences: readonly DraftSentence[]): ContextReport {
  const draft = draftTopic(sentences, context);
  return {
    kind: context.kind,
    names: context.people.map((p) => p.full),
    questions: context.questions.map((q) => ({ text: q.text, answered: isAnswered(q, draft) })),
    shared: context.kind === 'post' ? draft.stems.filter((s) => context.stems.has(s)) : [],
  };
}
