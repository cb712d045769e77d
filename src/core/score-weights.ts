/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.740 (whole messages 0.573)
 * in-sample AUC: real 0.782, synthetic 0.981
 * score = round(compress(50 + 20.47 × (z − -0.377)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 20.47,
  "center": -0.377,
  "intercept": -0.4822,
  "weights": {
    "writerShare": -0.4299,
    "readerShare": 0.8975,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4242,
    "wants": 0,
    "writerFeelings": -0.424,
    "blamesReader": -0.4741,
    "refuses": -0.1578,
    "chases": -0.2634,
    "pronounBalance": 0,
    "readerQuestion": 0.0725,
    "gives": 0.5086,
    "writerOffers": 0,
    "impersonal": -0.3667,
    "timeAskWithoutGift": -0.184,
    "readerSlot": 0.0056,
    "specifics": 0.4395,
    "readerDetails": 0.1512,
    "attends": 0.4083,
    "vaguePraise": -0.4665,
    "favourAsk": -0.3548,
    "specificToReader": 0.2882,
    "phrasing": 0.3788,
    "me-focus": -0.3507,
    "feature-dump": -0.2,
    "fake-empathy": -0.4934,
    "pushy": -0.6557,
    "bragging": -0.9114,
    "generic": 0
  }
};
