/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.739 (whole messages 0.571)
 * in-sample AUC: real 0.781, synthetic 0.982
 * score = round(compress(50 + 20.71 × (z − -0.391)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 20.71,
  "center": -0.391,
  "intercept": -0.4705,
  "weights": {
    "writerShare": -0.4371,
    "readerShare": 0.8961,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4278,
    "wants": 0,
    "writerFeelings": -0.43,
    "blamesReader": -0.4718,
    "refuses": -0.159,
    "chases": -0.271,
    "pronounBalance": 0,
    "readerQuestion": 0.0657,
    "gives": 0.5,
    "writerOffers": 0,
    "impersonal": -0.3693,
    "timeAskWithoutGift": -0.1822,
    "readerSlot": 0,
    "specifics": 0.423,
    "readerDetails": 0.1581,
    "attends": 0.4088,
    "vaguePraise": -0.4621,
    "favourAsk": -0.3532,
    "specificToReader": 0.2908,
    "phrasing": 0.3584,
    "me-focus": -0.3506,
    "feature-dump": -0.198,
    "fake-empathy": -0.4874,
    "pushy": -0.6553,
    "bragging": -0.921,
    "generic": 0
  }
};
