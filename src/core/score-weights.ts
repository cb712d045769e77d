/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.736 (whole messages 0.566)
 * in-sample AUC: real 0.781, synthetic 0.985
 * score = round(compress(50 + 21.18 × (z − -0.403)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 21.18,
  "center": -0.403,
  "intercept": -0.4955,
  "weights": {
    "writerShare": -0.4593,
    "readerShare": 0.906,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4284,
    "wants": 0,
    "writerFeelings": -0.4231,
    "blamesReader": -0.4843,
    "refuses": -0.176,
    "chases": -0.2442,
    "pronounBalance": 0.0454,
    "readerQuestion": 0.0896,
    "gives": 0.4769,
    "writerOffers": 0,
    "impersonal": -0.3684,
    "timeAskWithoutGift": -0.1558,
    "readerSlot": 0,
    "specifics": 0.4029,
    "readerDetails": 0.189,
    "attends": 0.413,
    "vaguePraise": -0.4583,
    "favourAsk": -0.3621,
    "specificToReader": 0.2961,
    "phrasing": 0.3266,
    "me-focus": -0.3795,
    "feature-dump": -0.1922,
    "fake-empathy": -0.4941,
    "pushy": -0.6539,
    "bragging": -0.8854,
    "generic": 0
  }
};
