/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.853
 * in-sample AUC: real 0.902, synthetic 0.968
 * score = round(compress(50 + 14.28 × (z − -0.345)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 14.28,
  "center": -0.345,
  "intercept": -0.7226,
  "weights": {
    "writerShare": -0.457,
    "readerShare": 1.4981,
    "opensWithWriter": 0,
    "writerUnanswered": -0.7183,
    "wants": 0,
    "writerFeelings": -0.303,
    "blamesReader": -0.6372,
    "refuses": -0.1224,
    "chases": -0.0958,
    "pronounBalance": 0.2662,
    "readerQuestion": 0,
    "gives": 0.7467,
    "writerOffers": 0.3163,
    "impersonal": -1.0027,
    "timeAskWithoutGift": -0.3386,
    "readerSlot": 0.0593,
    "specifics": 0.6059,
    "readerDetails": 0.7057,
    "attends": 0.776,
    "me-focus": -0.7687,
    "feature-dump": -0.1802,
    "fake-empathy": -0.5288,
    "pushy": -0.8712,
    "bragging": -0.6528,
    "generic": -0.2234
  }
};
