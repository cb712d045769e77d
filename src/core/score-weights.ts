/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.755 (whole messages 0.610)
 * in-sample AUC: real 0.794, synthetic 0.973
 * score = round(compress(50 + 18.6 × (z − -0.318)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.6,
  "center": -0.318,
  "intercept": -0.3895,
  "weights": {
    "writerShare": -0.3838,
    "readerShare": 0.7926,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4449,
    "wants": 0,
    "writerFeelings": -0.4038,
    "blamesReader": -0.4866,
    "refuses": -0.1311,
    "chases": -0.3244,
    "pronounBalance": 0,
    "readerQuestion": 0.0447,
    "gives": 0.5213,
    "writerOffers": 0,
    "impersonal": -0.356,
    "timeAskWithoutGift": -0.1841,
    "readerSlot": 0.0172,
    "specifics": 0.4,
    "readerDetails": 0.0984,
    "attends": 0.3817,
    "vaguePraise": -0.3805,
    "favourAsk": -0.2793,
    "specificToReader": 0.2869,
    "phrasing": 0.4651,
    "me-focus": -0.3256,
    "feature-dump": -0.2314,
    "fake-empathy": -0.5011,
    "pushy": -0.6715,
    "bragging": -0.9208,
    "generic": 0
  }
};
