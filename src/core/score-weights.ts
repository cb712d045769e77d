/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.808
 * in-sample AUC: real 0.876, synthetic 0.959
 * score = round(compress(50 + 17.99 × (z − -0.435)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 17.99,
  "center": -0.435,
  "intercept": -0.3824,
  "weights": {
    "writerShare": -0.3805,
    "readerShare": 1.7283,
    "opensWithWriter": 0.1362,
    "writerUnanswered": -0.8014,
    "wants": -0.0607,
    "writerFeelings": -0.3597,
    "blamesReader": -0.6202,
    "refuses": -0.1365,
    "chases": -0.1565,
    "pronounBalance": 0.5022,
    "readerQuestion": -0.3382,
    "gives": 1.0443,
    "writerOffers": 0.3457,
    "impersonal": -0.797,
    "timeAskWithoutGift": -0.4293,
    "readerSlot": -0.1743,
    "me-focus": 0.11,
    "feature-dump": -0.0814,
    "fake-empathy": -0.5017,
    "pushy": -0.8257,
    "bragging": -0.7054,
    "generic": 0.075
  }
};
