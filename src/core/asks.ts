/**
 * What a draft asks of the reader and what it gives them. The words are the lexicon's
 * (lexicon/patterns.ts); the boundaries are here.
 *
 * An ask is read in two parts: its form says that something is asked (a modal question to "you",
 * "please", "let me know if…", "I'd love it if you…"), and what is asked says who gains: the
 * reader's time for a call (`time`), a favour that serves the writer — pass it on, add a link,
 * publish, introduce, advise (`favour`) — or an offer the reader may take (`offer`: "Want me to
 * send the report?"). A favour may also be put as a suggestion ("my guide would make a great
 * addition to your page"). A sentence that asks nothing is `null`.
 */
import { ATTACHMENTS, FAVOURS, GIFTS, OFFERED_ASKS, PITCHED_FAVOURS, REQUEST_FORMS, SELF_PRESENTATION, TIME_ASKS, WORK_OFFERS, lexiconRegex } from './lexicon';

/** A request for the reader's time: a call, a demo, a meeting, a slot in their calendar. */
export const TIME_ASK = lexiconRegex(`\\b(?:${TIME_ASKS.alternation})\\b`, 'iu');

/** Signs the draft gives something: a link, an attachment, a resource, a specific finding. */
export const GIFT = lexiconRegex(`https?://|www\\.|\\b(?:${ATTACHMENTS.alternation}|${GIFTS.alternation})\\b`, 'iu');

/** The writer's own credentials or sales material ("my attached CV", "a link to our deck"). */
const OWN_MATERIAL = lexiconRegex(`\\b(?:my|our)\\s+(?:(?:attached|enclosed|updated|latest|new|full|company)\\s+)?(?:${SELF_PRESENTATION.alternation})\\b`, 'iu');

/** Whether a sentence hands the reader something: a gift sign, unless what it hands over is the writer's own case. */
export function givesOf(text: string): boolean {
  return GIFT.test(text) && !OWN_MATERIAL.test(text);
}

const REQUEST = lexiconRegex(`\\b(?:${REQUEST_FORMS.alternation})\\b`, 'iu');
/** What is asked for the writer's gain; matched anywhere in a sentence that asks. */
export const FAVOUR = lexiconRegex(`\\b(?:${FAVOURS.alternation})\\b`, 'iu');
const OFFERED = lexiconRegex(`\\b(?:${OFFERED_ASKS.alternation}|${WORK_OFFERS.alternation})\\b`, 'iu');
/** A favour put as a suggestion: the writer's piece for the reader's page or audience. */
export const PITCHED = lexiconRegex(`\\b(?:${PITCHED_FAVOURS.alternation})\\b`, 'iu');

export type AskKind = 'time' | 'favour' | 'offer';

/** Whether a text offers the reader something they may take for their own need ("Have questions? Book a call"). */
export function offers(text: string): boolean {
  return OFFERED.test(text);
}

/** Whether a sentence gives the reader something: a link or attachment, an offer of work, an ask they may take. */
export function givesSomething(s: { gives: boolean; focus: { act: string }; ask: AskKind | null }): boolean {
  return s.gives || s.focus.act === 'give' || s.ask === 'offer';
}

/**
 * The kind of ask in one sentence. `request` says the sentence view already reads it as a request
 * (an imperative, a polite "I'd be grateful if…"); a question counts as a request by its form.
 */
export function askOf(text: string, request: boolean, asksForTime: boolean): AskKind | null {
  if (offers(text)) return 'offer';
  if (PITCHED.test(text)) return 'favour';
  if (!request && !REQUEST.test(text)) return null;
  if (asksForTime) return 'time';
  return FAVOUR.test(text) ? 'favour' : null;
}
