/**
 * Shared patterns for what a draft asks of the reader and what it gives them. Used by the
 * generic rules that weigh one against the other. The words are the lexicon's
 * (lexicon/patterns.ts); the boundaries are here.
 */
import { ATTACHMENTS, GIFTS, TIME_ASKS, lexiconRegex } from './lexicon';

/** A request for the reader's time: a call, a demo, a meeting, a slot in their calendar. */
export const TIME_ASK = lexiconRegex(`\\b(?:${TIME_ASKS.alternation})\\b`, 'iu');

/** Signs the draft gives something: a link, an attachment, a resource, a specific finding. */
export const GIFT = lexiconRegex(`https?://|www\\.|\\b(?:${ATTACHMENTS.alternation}|${GIFTS.alternation})\\b`, 'iu');
