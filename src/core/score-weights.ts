/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.785
 * in-sample AUC: real 0.854, synthetic 0.965
 * score = clamp(round(50 + 18.85 × (z − -0.554)), 0, 100)
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.85,
  "center": -0.554,
  "intercept": -0.3851,
  "weights": {
    "writerShare": -0.1908,
    "readerShare": 1.4043,
    "opensWithWriter": 0.375,
    "writerUnanswered": -1.0534,
    "wants": -0.0435,
    "writerFeelings": -0.442,
    "blamesReader": -0.5803,
    "chases": -0.1398,
    "pronounBalance": 0.7348,
    "readerQuestion": -0.2554,
    "gives": 1.1431,
    "writerOffers": 0.1566,
    "impersonal": -0.7538,
    "timeAskWithoutGift": -0.4303,
    "readerSlot": -0.1055,
    "me-focus": 0.1254,
    "feature-dump": -0.1478,
    "fake-empathy": -0.4169,
    "pushy": -0.7809,
    "bragging": -0.6263,
    "generic": -0.115
  }
};
