/**
 * Who a sentence is about and what the writer does in it: the core judgement (DESIGN.md §2).
 *
 * For one tagged sentence it decides
 *   - the party it is about: the writer (or their company or product), the reader, both, a
 *     third party, or nobody;
 *   - the act: what the sentence does (attends to the reader, gives, asks, wants, describes or
 *     praises the writer, reports results, tells the writer's feelings, apologises, chases,
 *     blames the reader, thanks, tells the reader what they gain, or only states something);
 *   - whether it is tied to the reader's gain ("so you can…", "which means your team…").
 *
 * Built on compromise's parse (lemmas and tags, see parse.ts) and the word classes in
 * lexicon.ts, not on lists of inflected forms: "offer", "offers", "offered" are one lemma.
 * The business-writing "you attitude" is the yardstick: "We are pleased to announce our new
 * hours" is about the writer; "You can now reach us until 8 pm" is about the reader; "You did not
 * sign the form" blames the reader, while "The form arrived unsigned" or "We did not receive
 * the form" moves the fault to neutral or "we" wording.
 */
import {
  ADMIRING,
  APOLOGY_WORDS,
  ATTACHMENTS,
  ATTENTION,
  ATTENTION_FORMS,
  BLAME_FORMS,
  BLAMING,
  CHASING,
  CLOSING_FORMULAS,
  CONGRATULATIONS,
  DELIVERIES,
  FAULT,
  FAULT_NOUNS,
  GIFT_CUES,
  GIVING,
  JOINT_OPENERS,
  KEEP_INFORMED,
  LISTENING,
  NUMBER_WORDS,
  OPINION,
  OWNED_FAULTS,
  OWNED_MISS,
  PHONY_APOLOGY_CUES,
  POLITE_ASKS,
  PROCESS_STEPS,
  PROMISED_SERVICE,
  READER_GAIN,
  READER_GAIN_BRIDGES,
  REFUSALS,
  RESULTS,
  SELF_DESCRIBING,
  SELF_PRAISE,
  THANKS_OPENERS,
  WANTING,
  WARM_TOWARD,
  WORK_OFFERS,
  WRITER_ASSETS,
  WRITER_FEELINGS,
  WRITER_HOLDINGS,
  WRITER_ROUTINE,
  lexiconRegex,
} from '../lexicon';
import type { Placeholder } from '../text/placeholders';
import type { Token } from './parse';
import { opensWithCommand, type SentenceView } from './views';

export type Party = 'writer' | 'reader' | 'both' | 'third' | 'none';

export type Act =
  | 'attend'
  | 'give'
  | 'ask'
  | 'request'
  | 'want'
  | 'describe'
  | 'praise'
  | 'results'
  | 'feel'
  | 'warm'
  | 'apologise'
  | 'phony-apology'
  | 'own-fault'
  | 'chase'
  | 'refuse'
  | 'evade'
  | 'blame'
  | 'thank'
  | 'benefit'
  | 'state';

export interface Focus {
  party: Party;
  act: Act;
  /** Tied to the reader's gain: "so you can", "which means your team", "you will receive". */
  gain: boolean;
  /** Only a greeting, sign-off, subject line or a sentence without words: not part of the judgement. */
  skip: boolean;
}

// The words of these patterns are the lexicon's (lexicon/patterns.ts); the grammar around them
// (boundaries, anchors, the subject before a verb) is here.

/** Right after a feeling word or "hope"/"wish": the feeling is about the reader (lexicon WARM_TOWARD). */
const WARM = lexiconRegex(`^\\s*(?:so\\s+|very\\s+|really\\s+|truly\\s+)?(?:${WARM_TOWARD.alternation})\\b`, 'iu');
/** A wish that hands something to the reader: "I wanted to let you know…" (lexicon DELIVERIES). */
const DELIVERY = lexiconRegex(`\\b(?:want(?:ed|s)?|(?:would|['’]d) (?:like|love)|(?:am|are|was|were|['’]m|['’]re) (?:writing|reaching out|getting in touch))\\s+to\\s+(?:${DELIVERIES.alternation})\\b`, 'iu');
/** A bridge from what the writer does to what the reader gains. */
const BRIDGE = lexiconRegex(`\\b(?:${READER_GAIN_BRIDGES.alternation})\\b`, 'giu');
/** The writer's own words: "I", "we" and theirs. */
const WRITER_WORDS = 'we|i|our|my|us|me';
/** The writer (as we/I/our/us) in the clause after an opinion verb, a feeling or a wish. */
const WRITER_IN_CLAUSE = new RegExp(`\\b(?:${WRITER_WORDS})\\b`, 'iu');
/** Whether a clause names the writer (I, we and theirs): what turns a clause back to the writer. */
export function namesWriter(clause: string): boolean {
  return WRITER_IN_CLAUSE.test(clause);
}
/**
 * The writer named in what the bridge leads to: "so you may tell me about your business" is the
 * writer's gain. The clause ends at a comma before "and" or "but": "…to resolve the issue, and our
 * systems were back by morning" is the writer's next clause, not what the bridge leads to.
 */
const WRITER_AFTER = new RegExp(`^(?:(?!,\\s*(?:and|but)\\b)[^.!?;])*?\\b(?:${WRITER_WORDS})\\b`, 'iu');

/** A bridge to the reader's gain whose clause does not turn back to the writer. */
function gainBridge(text: string): boolean {
  BRIDGE.lastIndex = 0;
  for (let m = BRIDGE.exec(text); m; m = BRIDGE.exec(text)) {
    if (!WRITER_AFTER.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}
/** "I'd love to hear how you…": a wish that is a question about the reader. */
const LISTEN = lexiconRegex(`\\b(?:${LISTENING.alternation})\\b`, 'iu');
/** A polite ask: "I'd be grateful if you could…", "We would appreciate it if…". */
const POLITE_ASK = lexiconRegex(`\\b(?:${POLITE_ASKS.alternation}) if\\b`, 'iu');
/** "We have…" describes the writer only when what follows is the writer's size, team or record. */
const HAVE_SELF = lexiconRegex(
  `^\\s*(?:(?:over|more than|nearly|almost)\\s+)?(?:\\d|(?:a|an)\\s+(?:\\w+\\s+)?(?:${WRITER_ASSETS.alternation})|(?:${WRITER_HOLDINGS.alternation})\\b)`,
  'iu',
);
const APOLOGY = lexiconRegex(`\\b(?:${APOLOGY_WORDS.alternation})\\b`, 'iu');
/** A phony apology: for "any inconvenience", for how the reader feels, or for the world. */
const PHONY = lexiconRegex(`\\b(?:${PHONY_APOLOGY_CUES.alternation})`, 'iu');
/** Ownership of a specific mistake, which makes an apology sincere. */
const OWN_FAULT = lexiconRegex(`\\b(?:${OWNED_FAULTS.alternation})\\b`, 'iu');
const THANKS = lexiconRegex(`^(?:(?:and|so|but)\\s+)?(?:${THANKS_OPENERS.alternation}|${CONGRATULATIONS.alternation})\\b`, 'iu');
/** Of those, the congratulations (lexicon CONGRATULATIONS), after any opening punctuation. */
const CONGRATULATION = lexiconRegex(`^\\W*(?:(?:and|so|but)\\s+)?(?:${CONGRATULATIONS.alternation})\\b`, 'iu');

/** A congratulation opens the sentence: what follows is the reader's news ("Congrats on 10 years in business!"). */
export function congratulates(text: string): boolean {
  return CONGRATULATION.test(text);
}
/** The writer promising, giving or attaching something to the reader. */
const GIFT_CUE = lexiconRegex(`\\b(?:${ATTACHMENTS.alternation}|${GIFT_CUES.alternation})`, 'iu');
const NUMBER = lexiconRegex(`\\d|\\b(?:${NUMBER_WORDS.alternation})\\b`, 'iu');
/** A refusal or a limit put first ("We can't help", "Unfortunately we have a fee"): negative framing. */
const REFUSAL = lexiconRegex(`\\b(?:${REFUSALS.alternation})\\b`, 'iu');
/** The formal refusal that borrows an apology's word. */
const FORMAL_NO = /\bregret (?:to (?:inform|advise|tell|say|let)|that)\b/iu;
/** The writer promising to keep the reader informed: a commitment, not a want. */
const COMMIT = lexiconRegex(`\\b(?:we|i)(?: will|['’]ll|\\s+shall) (?:${KEEP_INFORMED.alternation})\\b`, 'iu');
/** The writer promising a service to the reader: "We will refund the fee", "we're going to credit your account" (lexicon PROMISED_SERVICE). */
const PROMISE = lexiconRegex(`\\b(?:we|i)(?:\\s+will|['’]ll|\\s+shall|\\s+(?:are|am)\\s+going\\s+to|['’](?:re|m)\\s+going\\s+to)\\s+(?:(?:also|now|then|immediately|promptly|automatically|gladly|happily)\\s+)?(?:${PROMISED_SERVICE.alternation})\\b`, 'iu');
/** The same service done: "We have refunded the fee", "I fixed the link" (amends are reliability shown, not news about the writer). */
const AMENDS = lexiconRegex(`\\b(?:we|i)(?:\\s+have|['’]ve)?\\s+(?:(?:already|now|just|since)\\s+)?(?:${PROMISED_SERVICE.alternation})(?:e?d)\\b`, 'iu');
/** "I'd be happy to review your draft": the writer offering work (lexicon WORK_OFFERS). */
const WORK_OFFER = lexiconRegex(`\\b(?:${WORK_OFFERS.alternation})`, 'iu');
const INCLUSIVE = lexiconRegex(`^(?:${JOINT_OPENERS.alternation})\\b`, 'iu');
/** A closing formula on a line of its own kind: "I look forward to hearing from you" says no more than "Best,". */
const CLOSING = lexiconRegex(`^(?:i|we)(?:['’]m| am| are|['’]re)?(?: really| very much)? (?:${CLOSING_FORMULAS.alternation})\\b`, 'iu');
/** "You failed to…", "your team forgot…": the reader, then a verb that blames them. */
const BLAMES = lexiconRegex(`\\b(?:you|your)\\b[^.]+\\b(?:${BLAME_FORMS.alternation})\\b`, 'iu');

function lemmaAt(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  if (!token) return '';
  const next = tokens[index + 1];
  // Two-word verbs of the lexicon ("follow up", "reach out", "look for", "put together"): the
  // classes decide which pairs count, so no list of particles is kept here.
  if (next) {
    const pair = `${token.lemma} ${next.normal}`;
    if (CHASING.words.has(pair) || WANTING.words.has(pair) || GIVING.words.has(pair) || ATTENTION.words.has(pair)) return pair;
  }
  return token.lemma;
}

/** The tokens of the subject, from the view's span. */
function subjectTokens(view: SentenceView): Token[] {
  const span = view.subjectSpan;
  if (!span) return [];
  return view.tokens.filter((t) => t.start >= span.start && t.end <= span.end && t.text !== '');
}

function inSlot(token: Token, slots: readonly Placeholder[], owner: Placeholder['owner']): boolean {
  return slots.some((s) => s.owner === owner && token.start >= s.start && token.end <= s.end);
}

/** The party of the grammatical subject. */
function subjectParty(view: SentenceView, slots: readonly Placeholder[]): Party {
  if (view.subject === 'writer') return 'writer';
  if (view.subject === 'reader') return 'reader';
  const words = subjectTokens(view);
  if (words.some((t) => inSlot(t, slots, 'reader'))) return 'reader';
  if (words.some((t) => inSlot(t, slots, 'sender'))) return 'writer';
  if (view.subject === 'other') {
    const verb = view.tokens[view.verb];
    // A company naming itself in the third person: "Acme offers…", "Northwind installs the most…".
    const named = words.some((t) => t.tags.has('ProperNoun') || t.tags.has('Organization'));
    if (named && verb && (SELF_DESCRIBING.words.has(verb.lemma) || RESULTS.words.has(verb.lemma))) return 'writer';
    return 'third';
  }
  return 'none';
}

function hasAny(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k += 1) {
    const t = tokens[k];
    if (t && (words.has(t.lemma) || words.has(t.normal))) return true;
  }
  return false;
}

/** The main verb from the view's verb on: auxiliaries, modals, "not" and adverbs skipped ("did not send" → send). */
function mainVerb(view: SentenceView): number {
  const { tokens } = view;
  let v = view.verb;
  for (let k = v; k >= 0 && k < tokens.length && k <= view.verb + 4; k += 1) {
    const t = tokens[k]!;
    if (t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || t.normal === 'not' || t.tags.has('Adverb') || t.text === '') continue;
    if (t.tags.has('Verb')) v = k;
    break;
  }
  return v;
}

/** The reader's act as a clause: "…how early you moved", "…the way your team ran the pilot". */
const READER_ACT_SOURCE = String.raw`(?:how (?:\p{L}+ )?|what |the way |that )your?\b`;
const READER_ACT = new RegExp(String.raw`^\s*(?:(?:so|very|really|much)\s+)?` + READER_ACT_SOURCE, 'iu');
/** What a feeling is about when it is the reader's own work or act: "…your essay", "…by your launch", "…how early you moved". */
const READER_OBJECT = new RegExp(String.raw`^\s*(?:(?:so|very|really|much)\s+)?(?:(?:about|by|with|at|in|reading|seeing|hearing|watching|learning about)\s+)?(?:your\b|` + READER_ACT_SOURCE + ')', 'iu');
/** A wish, not a feeling about what is there: "I'd love your thoughts", "you will like our app", "to like". */
const WISHED = /\b(?:would|will|could|should|to|[’']d|[’']ll)\s+(?:(?:really|also|certainly|definitely)\s+)?$/iu;

/**
 * The writer liking or struck by the reader's own work or act: "I loved your essay on pricing",
 * "we were impressed by your launch", "I appreciated how early you moved to Rust". Attention, as
 * "I enjoyed your talk" is; whether it is specific or praise that fits anyone is the details'
 * reading (vague praise raises nothing). Not with the writer's things in what is liked ("impressed
 * by your interest in our product").
 */
function admires(view: SentenceView, text: string): boolean {
  const { tokens } = view;
  // compromise may tag the feeling an adjective and take the clause's verb for the main one: "I appreciated how early you moved".
  for (let k = Math.max(0, view.verb - 4); k < Math.min(tokens.length, view.verb + 4); k += 1) {
    const t = tokens[k]!;
    const liked = ADMIRING.words.has(t.lemma) || ADMIRING.words.has(t.normal.replace(/d$/u, '')) || ADMIRING.words.has(t.normal.replace(/ed$/u, ''));
    if (!liked && !WRITER_FEELINGS.words.has(t.normal)) continue;
    const after = text.slice(t.end);
    // "We appreciate your support" thanks; "I appreciated how you ran the pilot" noticed something.
    const object = t.normal.startsWith('apprecia') ? READER_ACT.test(after) : READER_OBJECT.test(after);
    return !WISHED.test(text.slice(0, t.start)) && object && !WRITER_IN_CLAUSE.test(after);
  }
  return false;
}

/** A writer clause attending to the reader after another: "…, and I hear you've built a great team". */
const ATTENDING_CLAUSE = lexiconRegex(`\\b(?:i|we)\\s+(?:${ATTENTION_FORMS.alternation})\\b[^.!?]+\\b(?:you|your)\\b`, 'iu');

function writerAct(view: SentenceView, text: string): Act {
  const { tokens } = view;
  const v = mainVerb(view);
  const lemma = lemmaAt(tokens, v);
  const verb = tokens[v];
  if (OWN_FAULT.test(text)) return 'own-fault';
  if (writerRefuses(text)) return 'refuse';
  if (COMMIT.test(text) || promises(text) || offersWork(text)) return 'give';
  // "We did not receive the form": the writer takes the miss on itself instead of blaming the reader.
  if (view.negated && !APOLOGY.test(text) && OWNED_MISS.words.has(lemma)) return 'own-fault';
  if (LISTEN.test(text) || ATTENDING_CLAUSE.test(text)) return 'attend';
  if (admires(view, text)) return 'attend';
  // A feeling: "We are pleased to…", "I'm so excited", "I was disappointed" (compromise tags some
  // of these words as verbs, some as adjectives: the word itself decides).
  // A copula before a place or time ("I'm out of the office until Monday") says where, not what the writer is.
  const next = tokens[v + 1];
  const copula = verb && (verb.tags.has('Copula') || verb.text === '') && !(next && (next.tags.has('Preposition') || next.normal === 'out' || next.normal === 'away' || next.normal === 'back'));
  if (POLITE_ASK.test(text)) return 'request';
  if (OPINION.words.has(lemma)) return WRITER_IN_CLAUSE.test(text.slice(verb?.end ?? 0)) ? 'describe' : 'state';
  // "We're glad to have you", "I hope you're well": the writer's feeling or wish about the reader.
  if (warmToward(tokens, view.verb, text)) return 'warm';
  if (hasAny(tokens, view.verb, view.verb + 4, WRITER_FEELINGS.words)) {
    // "I was pleased to read about your promotion": the feeling is about the reader's news.
    const after = tokens.slice(v, v + 7);
    if (after.some((t) => ATTENTION.words.has(t.lemma)) && view.readerRefs.length > 0 && view.writerRefs.length <= 1) return 'attend';
    return 'feel';
  }
  // "I just wanted to follow up": the chasing verb can sit after a verb of wanting.
  if (CHASING.words.has(lemma) || tokens.some((_, k) => k > v && k <= v + 4 && CHASING.words.has(lemmaAt(tokens, k)))) return 'chase';
  if (ATTENTION.words.has(lemma)) return 'attend';
  if (WANTING.words.has(lemma) || (verb?.tags.has('Modal') && WANTING.words.has(tokens[v + 1]?.lemma ?? ''))) return delivers(text) ? 'give' : 'want';
  if (GIVING.words.has(lemma) && (view.readerRefs.length > 0 || GIFT_CUE.test(text))) return 'give';
  if (RESULTS.words.has(lemma) && NUMBER.test(text)) return 'results';
  if (hasAny(tokens, 0, tokens.length, SELF_PRAISE.words) && (SELF_DESCRIBING.words.has(lemma) || copula)) return 'praise';
  if (SELF_DESCRIBING.words.has(lemma) || WRITER_ROUTINE.words.has(lemma) || copula || (lemma === 'have' && verb && HAVE_SELF.test(text.slice(verb.end)))) return 'describe';
  return 'state';
}

/** A promised or done service whose object is not the writer's own ("we'll ship our new feature", "we fixed our site" are news about the writer). */
function promises(text: string): boolean {
  const match = PROMISE.exec(text) ?? AMENDS.exec(text);
  return match !== null && !/^\s+(?:our|my)\b/iu.test(text.slice(match.index + match[0].length));
}

/**
 * A refusal in a writer's sentence is the writer's unless the reader is the one unable: "an outage
 * that left many of you unable to bank" reports what the writer's fault did to them.
 */
function writerRefuses(text: string): boolean {
  const match = REFUSAL.exec(text);
  return match !== null && !/\byou\b/iu.test(text.slice(Math.max(0, match.index - 20), match.index));
}

/** Whether `pattern` is found and nothing of the writer's follows it: what is handed over is not the writer's own. */
function handsOver(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && !WRITER_IN_CLAUSE.test(text.slice(match.index + match[0].length));
}

/** An offer of work whose object is not the writer's own ("…happy to introduce you to our sales team" is a hand-off). */
function offersWork(text: string): boolean {
  return handsOver(WORK_OFFER, text);
}

/** A wish that hands the reader news or a thing, with nothing of the writer's in what is handed over. */
function delivers(text: string): boolean {
  return handsOver(DELIVERY, text);
}

/**
 * A feeling word or "hope"/"wish" within the verb's first words, followed at once by the reader as
 * its object ("glad to have you", "happy for you", "hope you're well") and with nothing of the
 * writer's after it ("excited to show you our demo" is the writer's news).
 */
function warmToward(tokens: readonly Token[], verb: number, text: string): boolean {
  for (let k = Math.max(0, verb); k < Math.min(tokens.length, verb + 4); k += 1) {
    const t = tokens[k]!;
    if (!WRITER_FEELINGS.words.has(t.normal) && t.lemma !== 'hope' && t.lemma !== 'wish') continue;
    // "…to have you with us": the writer as the company the reader keeps is still about the reader.
    const after = text.slice(t.end).replace(/\b(?:with|among|join(?:ing)?) us\b/giu, '');
    return WARM.test(after) && !WRITER_IN_CLAUSE.test(after);
  }
  return false;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * An office notice: the reader's case (or the reader) as the subject of a passive step of the
 * sender's process, with no agent named ("Your application has been logged for processing",
 * "your complaint has been forwarded"). It tells the reader where their case sits in the sender's
 * queue; it is neither attention to them nor anything they gain.
 */
function processNotice(view: SentenceView): boolean {
  if (view.subject !== 'reader' || view.isQuestion) return false;
  const { tokens } = view;
  if (tokens.some((t) => t.normal === 'by')) return false;
  // The main clause's own verb group: "You asked whether the form was received" is not a notice.
  for (let k = Math.max(0, view.verb - 3); k <= view.verb && k < tokens.length - 1; k += 1) {
    if (!BE.has(tokens[k]!.normal)) continue;
    // "has been received and logged", "is now being reviewed": the step may follow an adverb, "being" or another step.
    for (let j = k + 1; j < tokens.length && j <= k + 4; j += 1) {
      const t = tokens[j]!;
      if (PROCESS_STEPS.words.has(t.normal)) return true;
      if (!(BE.has(t.normal) || t.tags.has('Adverb') || t.normal === 'and' || t.tags.has('PastTense'))) break;
    }
  }
  return false;
}

/** A fault noun as subject of a passive verb with no "by" agent. */
function evasive(view: SentenceView): boolean {
  const { tokens } = view;
  if (!subjectTokens(view).some((t) => FAULT_NOUNS.words.has(t.normal))) return false;
  return tokens.some((t) => t.tags.has('Passive')) && !tokens.some((t) => t.normal === 'by');
}

function readerAct(view: SentenceView, text: string): Act {
  const { tokens } = view;
  const v = mainVerb(view);
  const lemma = lemmaAt(tokens, v);
  const copula = tokens[v]?.tags.has('Copula') ?? false;
  if (view.negated && (FAULT.words.has(lemma) || copula || BLAMES.test(text))) return 'blame';
  // Verbs that blame with or without a negation: "You failed to…", "You claim that…". After "can"
  // or "may" the verb is a right the reader has: "You can still claim the repair".
  const able = !view.negated && tokens.slice(Math.max(0, v - 3), v).some((t) => t.normal === 'can' || t.normal === 'may' || t.normal === 'able');
  if (BLAMING.words.has(lemma) && !able) return 'blame';
  if (REFUSAL.test(text)) return 'refuse';
  // A gain denied is none: "You did not earn the points".
  if (!view.negated && (READER_GAIN.words.has(lemma) || /\b(?:can|will be able to|get to)\b/iu.test(text))) return 'benefit';
  return 'state';
}

/**
 * Each view's focus, computed once: the engine reads it for the score and the writer-subject rule
 * for its finding. A view is built with its sentence's placeholders, so they are the same at
 * every call for it.
 */
const FOCUS = new WeakMap<SentenceView, Focus>();

/** The focus of one sentence. `slots` are the placeholders inside it (relative offsets). */
export function focusOf(view: SentenceView, slots: readonly Placeholder[] = []): Focus {
  const known = FOCUS.get(view);
  if (known) return known;
  const focus = computeFocus(view, slots);
  FOCUS.set(view, focus);
  return focus;
}

/** "We're both…", "we both…": a "we" that takes in the reader is the two of them, not the writer's side. */
function jointSubject(view: SentenceView): boolean {
  const span = view.subjectSpan;
  if (!span) return false;
  const at = view.tokens.findIndex((t) => t.start === span.start);
  if (at < 0 || !/^we\b/u.test(view.tokens[at]!.normal)) return false;
  for (let k = at + 1; k < view.tokens.length && k <= at + 3; k += 1) {
    const t = view.tokens[k]!;
    if (t.normal === 'both') return true;
    if (!(t.text === '' || t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal'))) return false;
  }
  return false;
}

function computeFocus(view: SentenceView, slots: readonly Placeholder[]): Focus {
  const text = view.text;
  if (view.lineKind === 'greeting' || view.lineKind === 'signoff' || view.lineKind === 'subject' || view.words === 0 || CLOSING.test(text.trimStart())) {
    return { party: 'none', act: 'state', gain: false, skip: true };
  }
  const bridge = gainBridge(text);
  let party = subjectParty(view, slots);
  let act: Act = 'state';
  // "We regret to inform you that…" is the formal no, not an apology.
  if (FORMAL_NO.test(text)) act = 'refuse';
  else if (APOLOGY.test(text)) act = OWN_FAULT.test(text) && !PHONY.test(text) ? 'apologise' : PHONY.test(text) ? 'phony-apology' : 'apologise';
  else if (THANKS.test(text)) act = 'thank';
  else if (view.isQuestion) act = 'ask';
  else if (party === 'writer') act = writerAct(view, text);
  else if (party === 'reader') act = readerAct(view, text);
  else if ((party === 'none' || party === 'third') && (view.tokens[0]?.normal === 'please' || opensWithCommand(view))) {
    act = 'request';
    party = 'none';
  }

  if (party === 'none' && (act === 'request' || act === 'thank' || act === 'ask') && view.readerRefs.length > 0) party = 'reader';
  // Congratulations name the reader's news, not a third party: "Congrats on the Series C!" is said to them.
  if (act === 'thank' && party === 'third' && congratulates(text)) party = 'reader';
  // Whoever the words name, an apology is the writer's act ("Sorry to bother you").
  if (act === 'apologise' || act === 'phony-apology') party = 'writer';
  if (INCLUSIVE.test(text.trimStart())) party = 'both';
  if (party === 'writer' && bridge) party = 'both';
  // A reader slot ("{{Company}}") or "you" elsewhere does not change the subject, but a sentence
  // with no subject of its own that speaks only of the reader is about them.
  if ((party === 'none' || party === 'third') && view.writerRefs.length === 0 && view.readerRefs.length > 0) party = 'reader';
  if ((party === 'none' || party === 'third') && view.readerRefs.length === 0 && view.writerRefs.some((r) => r.weight >= 0.6)) party = 'writer';
  if (party === 'reader' && (act === 'state' || act === 'benefit') && processNotice(view)) {
    party = 'none';
    act = 'state';
  }
  // Shared ground ("we're both…") is not the writer's side, nor attention to anything of the reader's own.
  if (party === 'writer' && jointSubject(view)) party = 'none';
  // "An error was made in your refund": a fault in the passive with nobody making it.
  if ((party === 'third' || party === 'none' || party === 'reader') && act === 'state' && evasive(view)) {
    party = 'none';
    act = 'evade';
  }
  const gain = bridge || (party === 'reader' && act === 'benefit');
  return { party, act, gain, skip: false };
}

/** The writer's main verb sells its offer (lexicon SELF_DESCRIBING): "We help…", "Our platform offers…". */
export function sells(view: SentenceView): boolean {
  return SELF_DESCRIBING.words.has(lemmaAt(view.tokens, mainVerb(view)));
}

/**
 * Acts that put the writer's interests first when the writer is the subject. A plain statement
 * ('state': "We discovered the fault overnight", "I'll check it myself") is not one: it tells the
 * reader something, and any praise in it is the bragging rules' to find.
 */
export const SELF_ACTS: ReadonlySet<Act> = new Set<Act>(['want', 'describe', 'praise', 'results', 'feel', 'chase', 'refuse', 'phony-apology']);

/** Whether the sentence centres the writer: about the writer, doing something for itself, with no gain for the reader. */
export function writerCentred(focus: Focus): boolean {
  return !focus.skip && focus.party === 'writer' && SELF_ACTS.has(focus.act) && !focus.gain;
}

/** Whether the sentence centres the reader: about them, what they gain, or the writer attending to or giving them something. */
export function readerCentred(focus: Focus): boolean {
  if (focus.skip) return false;
  if (focus.gain) return true;
  if (focus.party === 'reader') return focus.act !== 'blame' && focus.act !== 'refuse';
  if (focus.party === 'both') return true;
  return focus.party === 'writer' && (focus.act === 'attend' || focus.act === 'give' || focus.act === 'own-fault' || focus.act === 'apologise');
}
