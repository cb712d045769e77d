/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.754 (whole messages 0.608)
 * in-sample AUC: real 0.794, synthetic 0.973
 * score = round(compress(50 + 18.7 × (z − -0.31)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.7,
  "center": -0.31,
  "intercept": -0.4029,
  "weights": {
    "writerShare": -0.3783,
    "readerShare": 0.8045,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4335,
    "wants": 0,
    "writerFeelings": -0.4099,
    "blamesReader": -0.4845,
    "refuses": -0.1312,
    "chases": -0.3257,
    "pronounBalance": 0,
    "readerQuestion": 0.0446,
    "gives": 0.5185,
    "writerOffers": 0,
    "impersonal": -0.3461,
    "timeAskWithoutGift": -0.187,
    "readerSlot": 0.0162,
    "specifics": 0.4002,
    "readerDetails": 0.0997,
    "attends": 0.3802,
    "vaguePraise": -0.3802,
    "favourAsk": -0.2787,
    "specificToReader": 0.2832,
    "phrasing": 0.4674,
    "me-focus": -0.2956,
    "feature-dump": -0.2327,
    "fake-empathy": -0.5029,
    "pushy": -0.6725,
    "bragging": -0.9198,
    "generic": 0
  }
};
