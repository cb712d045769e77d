/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.825
 * in-sample AUC: real 0.880, synthetic 0.973
 * score = round(compress(50 + 15.9 × (z − -0.389)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 15.9,
  "center": -0.389,
  "intercept": -0.7824,
  "weights": {
    "writerShare": -0.4953,
    "readerShare": 1.5377,
    "opensWithWriter": 0,
    "writerUnanswered": -0.75,
    "wants": 0,
    "writerFeelings": -0.3219,
    "blamesReader": -0.6304,
    "refuses": -0.1067,
    "chases": -0.1517,
    "pronounBalance": 0.2831,
    "readerQuestion": 0,
    "gives": 0.8128,
    "writerOffers": 0.4004,
    "impersonal": -0.8692,
    "timeAskWithoutGift": -0.4869,
    "readerSlot": 0,
    "specifics": 0.694,
    "readerDetails": 0.6606,
    "me-focus": 0,
    "feature-dump": -0.1481,
    "fake-empathy": -0.5075,
    "pushy": -0.8734,
    "bragging": -0.7121,
    "generic": -0.0146
  }
};
