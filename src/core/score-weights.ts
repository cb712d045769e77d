/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.786
 * in-sample AUC: real 0.853, synthetic 0.965
 * score = clamp(round(50 + 19.03 × (z − -0.528)), 0, 100)
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 19.03,
  "center": -0.528,
  "intercept": -0.3789,
  "weights": {
    "writerShare": -0.1796,
    "readerShare": 1.4075,
    "opensWithWriter": 0.3884,
    "writerUnanswered": -1.0549,
    "wants": -0.0408,
    "writerFeelings": -0.435,
    "blamesReader": -0.5809,
    "chases": -0.1346,
    "pronounBalance": 0.7165,
    "readerQuestion": -0.2624,
    "gives": 1.143,
    "writerOffers": 0.1626,
    "impersonal": -0.7637,
    "timeAskWithoutGift": -0.4274,
    "readerSlot": -0.1079,
    "me-focus": -0.0904,
    "feature-dump": -0.0713,
    "fake-empathy": -0.4332,
    "pushy": -0.7694,
    "bragging": -0.6401,
    "generic": -0.0627
  }
};
