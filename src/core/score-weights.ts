/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.773
 * in-sample AUC: real 0.853, synthetic 0.959
 * score = round(compress(50 + 19.14 × (z − -0.506)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 19.14,
  "center": -0.506,
  "intercept": -0.443,
  "weights": {
    "writerShare": -0.1934,
    "readerShare": 1.4573,
    "opensWithWriter": 0.3442,
    "writerUnanswered": -0.9154,
    "wants": -0.1335,
    "writerFeelings": -0.4156,
    "blamesReader": -0.5669,
    "chases": -0.1308,
    "pronounBalance": 0.7025,
    "readerQuestion": -0.2549,
    "gives": 1.1124,
    "writerOffers": 0.1825,
    "impersonal": -0.6739,
    "timeAskWithoutGift": -0.4754,
    "readerSlot": -0.1202,
    "me-focus": -0.1469,
    "feature-dump": -0.0933,
    "fake-empathy": -0.4628,
    "pushy": -0.7679,
    "bragging": -0.666,
    "generic": 0.0692
  }
};
