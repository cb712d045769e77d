/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.761 (whole messages 0.619)
 * in-sample AUC: real 0.802, synthetic 0.972
 * score = round(compress(50 + 18.45 × (z − -0.316)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.45,
  "center": -0.316,
  "intercept": -0.3976,
  "weights": {
    "writerShare": -0.4256,
    "readerShare": 0.8511,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4854,
    "wants": 0,
    "writerFeelings": -0.387,
    "blamesReader": -0.4861,
    "refuses": -0.1919,
    "chases": -0.3084,
    "pronounBalance": 0,
    "readerQuestion": 0.0255,
    "gives": 0.5225,
    "writerOffers": 0,
    "impersonal": -0.351,
    "timeAskWithoutGift": -0.1903,
    "readerSlot": 0.0174,
    "specifics": 0.4087,
    "readerDetails": 0.1192,
    "attends": 0.3766,
    "vaguePraise": -0.3846,
    "favourAsk": -0.2675,
    "specificToReader": 0.26,
    "phrasing": 0.4624,
    "me-focus": -0.2625,
    "feature-dump": -0.2315,
    "fake-empathy": -0.4753,
    "pushy": -0.6733,
    "bragging": -0.9222,
    "generic": 0
  }
};
