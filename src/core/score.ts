/**
 * The client-focus score (DESIGN.md §3, docs/score.md). One number, 0–100, higher = more
 * client-focused, a calibrated function of the interpretable features in features.ts:
 *
 *   z     = intercept + Σ weight[f] × feature[f]          (a logistic model's log-odds)
 *   score = round(compress(50 + scale × (z − center)))     (compress: linear on 10–90, soft tails)
 *
 * The weights are fit by `npm run calibrate` (scripts/calibrate.ts) on the real and synthetic
 * corpora and committed in score-weights.ts with the fit's report. Each feature's points,
 * `scale × weight × value`, are listed in `stats.contributions` for the popup's breakdown, and
 * `base + Σ points` is the score before rounding and the soft tails.
 */
import { CATEGORIES } from './categories';
import { FEATURE_IDS, type FeatureCounts, type FeatureId, type Features } from './features';
import { MODEL } from './score-weights';
import type { CategoryId, ScoreContribution } from './types';

/** The score of a draft whose features are all zero (nothing about anybody, no findings). */
export const BASE = Math.round((50 + MODEL.scale * (MODEL.intercept - MODEL.center)) * 10) / 10;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A label people read for a feature's contribution; counts are whole mentions, never weights. */
function labelOf(id: FeatureId, value: number, points: number, counts: FeatureCounts, findings: Readonly<Partial<Record<CategoryId, number>>>): string {
  const { writerSentences: w, readerSentences: r, focusedSentences: n } = counts;
  switch (id) {
    case 'writerShare':
      return `Sentences about you and what you want: ${w} of ${n}`;
    case 'readerShare':
      return `Sentences about them or what they gain: ${r} of ${n}`;
    case 'opensWithWriter':
      return 'Opens with you, not them';
    case 'writerUnanswered':
      return 'About you before anything about them';
    case 'wants':
      return 'Says what you want or need';
    case 'writerFeelings':
      return 'Tells your feelings (pleased, excited…)';
    case 'blamesReader':
      return 'Puts a fault on them, or hides your own';
    case 'refuses':
      return 'Leads with what you can’t do';
    case 'chases':
      return 'Chases a reply';
    case 'pronounBalance':
      return points >= 0 ? 'Says “you” more than “I/we”' : 'Says “I/we” more than “you”';
    case 'readerQuestion':
      return 'Asks them a real question';
    case 'gives':
      return 'Gives them something';
    case 'writerOffers':
      return 'Offers to do something for them';
    case 'impersonal':
      return 'Sentences about nobody in particular';
    case 'timeAskWithoutGift':
      return 'Asks for their time, gives nothing';
    case 'readerSlot':
      return 'Has a slot for their details';
    case 'specifics':
      return 'Specific details (names, numbers, dates)';
    case 'attends':
      return 'Shows you looked at them (“I read your…”)';
    case 'readerDetails':
      return 'Names things of theirs (“your invoice”)';
    case 'vaguePraise':
      return 'Praise that fits anyone (“love your website”)';
    case 'favourAsk':
      return 'Asks a favour before giving anything';
    case 'specificToReader':
      return 'Says something true only of them';
    case 'readerAbsent':
      return 'Nothing in it is about them, stock lines aside';
    case 'exclaims':
      return 'Exclamation marks: enthusiasm carried by volume';
    case 'phrasing': {
      const gram = points >= 0 ? counts.phrasingGrams.high : counts.phrasingGrams.low;
      const label = points >= 0 ? 'Wording reads as written for them' : 'Wording reads as template or self-serving';
      return gram ? `${label} (“${gram}”)` : label;
    }
    default: {
      const category = id as CategoryId;
      return `${CATEGORIES[category].label} (${findings[category] ?? Math.round(Math.expm1(value))})`;
    }
  }
}

/**
 * Linear between 10 and 90; beyond, the tails are compressed toward 0 and 100 without reaching
 * them (10 / (1 + (10 − s) / 10) below 10, mirrored above 90), so very bad drafts still differ
 * from each other instead of piling up at 0. Monotone, so the ranking is the linear score's.
 */
function compress(s: number): number {
  if (s < 10) return 10 / (1 + (10 - s) / 10);
  if (s > 90) return 100 - 10 / (1 + (s - 90) / 10);
  return s;
}

export interface ScoreInput {
  features: Features;
  counts: FeatureCounts;
  findingCounts: Readonly<Partial<Record<CategoryId, number>>>;
}

export function score(input: ScoreInput): { score: number; contributions: ScoreContribution[] } {
  const contributions: ScoreContribution[] = [];
  let total = BASE;
  for (const id of FEATURE_IDS) {
    const value = input.features[id];
    const points = MODEL.scale * (MODEL.weights[id] ?? 0) * value;
    total += points;
    if (Math.abs(points) < 0.5) continue;
    const category = (id in CATEGORIES ? id : null) as CategoryId | null;
    contributions.push({ key: category ? `category:${category}` : `feature:${id}`, category, label: labelOf(id, value, points, input.counts, input.findingCounts), points: round1(points) });
  }
  return { score: Math.round(compress(total)), contributions };
}
