/**
 * The interpretable features the client-focus score is a function of (DESIGN.md §3, see
 * docs/score.md). Each is read off the draft as a sequence of sentence focuses plus the findings,
 * and none grows with length for its own sake: shares are taken over the sentences that are about
 * somebody (the writer or the reader), so padding a draft with neutral sentences changes nothing,
 * and finding counts enter as log(1 + n).
 */
import { readerCentred, writerCentred, type Focus } from './nlp/focus';
import { givesSomething, type AskKind } from './asks';
import { draftPhrasing, type Phrasing } from './learned/phrasing';
import type { CategoryId } from './types';

/** What the features read of one sentence. */
export interface FeatureSentence {
  focus: Focus;
  isQuestion: boolean;
  asksForTime: boolean;
  gives: boolean;
  writerWeight: number;
  readerWeight: number;
  /** A placeholder for the reader's details stands in the sentence ("{{Company}}", "[First Name]"). */
  readerSlot: boolean;
  /** A checkable detail: a number, a date, a name (nlp/details.ts). */
  concrete: boolean;
  /** Things named as the reader's own and pinned down ("your invoice", "your post on churn"). */
  readerThings: number;
  /** Praise beside only things every reader has ("love your website"): nlp/details.ts. */
  vaguePraise: boolean;
  /** What the sentence asks, by who gains (asks.ts). */
  ask: AskKind | null;
  /** The learned phrase layer's sum and count for the sentence (learned/phrasing.ts). */
  phrasing: Phrasing;
  /** The sentence is a stock line, one that would fit any reader (it carries a generic or scripted-empathy phrase finding). */
  stock: boolean;
  /** The sentence ends on an exclamation mark. */
  exclaims: boolean;
  /** The reader is named only through things every reader has or the seller's frame ("your profile", "your company"), with no detail. */
  vagueOnly: boolean;
}

export const FEATURE_IDS = [
  'writerShare',
  'readerShare',
  'opensWithWriter',
  'writerUnanswered',
  'wants',
  'writerFeelings',
  'blamesReader',
  'refuses',
  'chases',
  'pronounBalance',
  'readerQuestion',
  'gives',
  'writerOffers',
  'impersonal',
  'timeAskWithoutGift',
  'readerSlot',
  'specifics',
  'readerDetails',
  'attends',
  'vaguePraise',
  'favourAsk',
  'specificToReader',
  'readerAbsent',
  'exclaims',
  'phrasing',
  'me-focus',
  'feature-dump',
  'fake-empathy',
  'pushy',
  'bragging',
  'generic',
] as const;

export type FeatureId = (typeof FEATURE_IDS)[number];
export type Features = Record<FeatureId, number>;

/** The opening sentence counts this many times in the shares: the opening weighs most. */
const OPENING_WEIGHT = 2;
const CATEGORY_FEATURES: readonly CategoryId[] = ['me-focus', 'feature-dump', 'fake-empathy', 'pushy', 'bragging', 'generic'];

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Whole counts behind the shares, for labels people read ("3 of 5 sentences"). */
export interface FeatureCounts {
  writerSentences: number;
  readerSentences: number;
  focusedSentences: number;
  /** The word pairs that pull the phrasing most each way, for the breakdown's label. */
  phrasingGrams: { low: string | null; high: string | null };
}

/**
 * Whether a sentence is about the reader as the score counts it: it centres them (nlp/focus.ts),
 * and it is neither a favour asked, which has "you" for its subject and the writer for its gain
 * (asks.ts; an ask for time has its own feature), nor a stock line that would fit any reader
 * ("Companies like yours…", "I know how busy you are"). The sequence lift of me-focus findings
 * (analyze.ts) reads the draft the same way.
 */
export function aboutReader(s: Pick<FeatureSentence, 'focus' | 'ask' | 'stock'>): boolean {
  return readerCentred(s.focus) && s.ask !== 'favour' && !s.stock;
}

export function computeFeatures(
  sentences: readonly FeatureSentence[],
  findingCounts: Readonly<Partial<Record<CategoryId, number>>>,
): { features: Features; counts: FeatureCounts } {
  let writerCount = 0;
  let readerCount = 0;
  let weightTotal = 0;
  let writerWeighted = 0;
  let readerWeighted = 0;
  let opensWithWriter = 0;
  let seenOpening = false;
  let seenReader = false;
  let unanswered = 0;
  let wants = 0;
  let feelings = 0;
  let focused = 0;
  let blames = 0;
  let chases = 0;
  let refusals = 0;
  let writerRefs = 0;
  let readerRefs = 0;
  let readerQuestion = 0;
  let gives = 0;
  let asksForTime = 0;
  let readerSlot = 0;
  let writerOffers = 0;
  let impersonal = 0;
  let bodySentences = 0;
  let concrete = 0;
  let readerThings = 0;
  let attends = 0;
  let vaguePraise = 0;
  let favourAsk = 0;
  let specificToReader = 0;
  let given = false;
  let toneSentences = 0;
  let exclaims = 0;
  let phrasingSum = 0;
  let phrasingCount = 0;
  let low: readonly [string, number] | null = null;
  let high: readonly [string, number] | null = null;
  for (const s of sentences) {
    const f = s.focus;
    // The phrase layer reads every sentence, as it was learned on whole messages.
    phrasingSum += s.phrasing.sum;
    phrasingCount += s.phrasing.count;
    for (const [gram, w] of s.phrasing.grams) {
      if (w < 0 && (!low || w < low[1])) low = [gram, w];
      if (w > 0 && (!high || w > high[1])) high = [gram, w];
    }
    if (f.skip) continue;
    writerRefs += s.writerWeight;
    readerRefs += s.readerWeight;
    if (s.readerSlot) readerSlot = 1;
    // A favour put as a question ("Could you forward this to your team?") asks nothing about them.
    if (s.isQuestion && (s.readerWeight > 0 || f.party === 'reader') && !s.asksForTime && s.ask !== 'favour') readerQuestion = 1;
    // A favour asked before anything was given: the reader pays first (asks.ts).
    if (s.ask === 'favour' && !given) favourAsk = 1;
    if (givesSomething(s)) given = true;
    // "I noticed your company is growing" finds nothing: a finding that names only what every reader has is no gift.
    if (s.gives && !s.vagueOnly) gives = 1;
    if (f.act === 'give' || s.ask === 'offer') writerOffers = 1;
    // Attention counts when it shows: "I read your post on churn", not "I came across your profile".
    // Each sentence of attention counts ("I read your post on churn", "I noticed you are hiring"),
    // unless it is a stock line that would fit any reader ("I came across your profile") or names
    // only what every reader has ("I saw your website", "I follow your company").
    if (f.act === 'attend' && f.party === 'writer' && !s.stock && !s.vagueOnly) attends += 1;
    if (s.vaguePraise) vaguePraise = 1;
    if (s.readerThings > 0 || s.readerSlot) specificToReader = 1;
    bodySentences += 1;
    // Thanks may be warm ("Thanks so much!"); elsewhere an exclamation mark sells with volume.
    if (f.act !== 'thank') {
      toneSentences += 1;
      if (s.exclaims) exclaims += 1;
    }
    if (s.concrete) concrete += 1;
    readerThings += s.readerThings;
    if ((f.party === 'third' || f.party === 'none') && f.act !== 'request' && f.act !== 'thank') impersonal += 1;
    if (s.asksForTime && s.ask !== 'offer') asksForTime = 1;
    if (f.act === 'blame' || f.act === 'evade') blames = 1;
    if (f.act === 'refuse') refusals += 1;
    if (f.act === 'chase') chases = 1;
    const forWriter = writerCentred(f);
    const forReader = aboutReader(s);
    if (!forWriter && !forReader && f.party !== 'writer' && f.party !== 'reader') continue;
    focused += 1;
    const weight = seenOpening ? 1 : OPENING_WEIGHT;
    if (!seenOpening) {
      seenOpening = true;
      opensWithWriter = forWriter ? 1 : 0;
    }
    weightTotal += weight;
    if (forWriter) {
      writerCount += 1;
      writerWeighted += weight;
      if (!seenReader) unanswered += 1;
      if (f.act === 'want') wants += 1;
      if (f.act === 'feel') feelings += 1;
    }
    if (forReader) {
      readerCount += 1;
      readerWeighted += weight;
      seenReader = true;
    }
  }
  const features = {} as Features;
  features.writerShare = weightTotal ? round3(writerWeighted / weightTotal) : 0;
  features.readerShare = weightTotal ? round3(readerWeighted / weightTotal) : 0;
  features.opensWithWriter = opensWithWriter;
  features.writerUnanswered = focused ? round3(unanswered / focused) : 0;
  features.wants = focused ? round3(wants / focused) : 0;
  features.writerFeelings = focused ? round3(feelings / focused) : 0;
  features.blamesReader = blames;
  features.refuses = bodySentences ? round3(refusals / bodySentences) : 0;
  features.chases = chases;
  features.pronounBalance = round3((readerRefs - writerRefs) / (readerRefs + writerRefs + 2));
  features.readerQuestion = readerQuestion;
  features.gives = gives;
  features.writerOffers = writerOffers;
  features.impersonal = bodySentences ? round3(impersonal / bodySentences) : 0;
  features.timeAskWithoutGift = asksForTime && !gives ? 1 : 0;
  features.readerSlot = readerSlot;
  features.specifics = bodySentences ? round3(concrete / bodySentences) : 0;
  features.readerDetails = round3(Math.log1p(readerThings));
  features.attends = round3(Math.log1p(attends));
  features.vaguePraise = vaguePraise;
  features.favourAsk = favourAsk;
  features.specificToReader = specificToReader;
  // The draft speaks of the writer (or asks of the reader) and never turns to them: no sentence
  // centres them but stock lines that would fit anyone, nothing is asked about them, and nothing
  // is given or offered to them. A threshold, not a share: one sentence for this reader changes
  // what kind of message it is. A draft about nobody is not counted here.
  features.readerAbsent = focused > 0 && readerCount === 0 && readerQuestion === 0 && !given ? 1 : 0;
  features.exclaims = toneSentences ? round3(exclaims / toneSentences) : 0;
  features.phrasing = round3(draftPhrasing(phrasingSum, phrasingCount));
  for (const category of CATEGORY_FEATURES) features[category] = round3(Math.log1p(findingCounts[category] ?? 0));
  const phrasingGrams = { low: low?.[0] ?? null, high: high?.[0] ?? null };
  return { features, counts: { writerSentences: writerCount, readerSentences: readerCount, focusedSentences: focused, phrasingGrams } };
}
