/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.758 (whole messages 0.614)
 * in-sample AUC: real 0.799, synthetic 0.972
 * score = round(compress(50 + 18.43 × (z − -0.326)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.43,
  "center": -0.326,
  "intercept": -0.4024,
  "weights": {
    "writerShare": -0.4105,
    "readerShare": 0.833,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4553,
    "wants": 0,
    "writerFeelings": -0.3972,
    "blamesReader": -0.4829,
    "refuses": -0.1258,
    "chases": -0.3074,
    "pronounBalance": 0,
    "readerQuestion": 0.0377,
    "gives": 0.5284,
    "writerOffers": 0,
    "impersonal": -0.3474,
    "timeAskWithoutGift": -0.1844,
    "readerSlot": 0.0183,
    "specifics": 0.4098,
    "readerDetails": 0.0981,
    "attends": 0.3864,
    "vaguePraise": -0.3824,
    "favourAsk": -0.2623,
    "specificToReader": 0.2682,
    "phrasing": 0.4631,
    "me-focus": -0.2978,
    "feature-dump": -0.23,
    "fake-empathy": -0.498,
    "pushy": -0.6729,
    "bragging": -0.9208,
    "generic": 0
  }
};
