/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.755 (whole messages 0.609)
 * in-sample AUC: real 0.794, synthetic 0.972
 * score = round(compress(50 + 18.6 × (z − -0.318)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.6,
  "center": -0.318,
  "intercept": -0.3908,
  "weights": {
    "writerShare": -0.3834,
    "readerShare": 0.7932,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4439,
    "wants": 0,
    "writerFeelings": -0.4037,
    "blamesReader": -0.4864,
    "refuses": -0.131,
    "chases": -0.3243,
    "pronounBalance": 0,
    "readerQuestion": 0.0447,
    "gives": 0.5212,
    "writerOffers": 0,
    "impersonal": -0.3555,
    "timeAskWithoutGift": -0.1835,
    "readerSlot": 0.0179,
    "specifics": 0.3998,
    "readerDetails": 0.0986,
    "attends": 0.3813,
    "vaguePraise": -0.3804,
    "favourAsk": -0.2676,
    "specificToReader": 0.2866,
    "phrasing": 0.4656,
    "me-focus": -0.3254,
    "feature-dump": -0.2312,
    "fake-empathy": -0.5052,
    "pushy": -0.6714,
    "bragging": -0.9225,
    "generic": 0
  }
};
