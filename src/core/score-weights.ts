/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.858
 * in-sample AUC: real 0.904, synthetic 0.972
 * score = round(compress(50 + 14 × (z − -0.255)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 14,
  "center": -0.255,
  "intercept": -0.7359,
  "weights": {
    "writerShare": -0.4731,
    "readerShare": 1.4785,
    "opensWithWriter": 0,
    "writerUnanswered": -0.7198,
    "wants": 0,
    "writerFeelings": -0.3029,
    "blamesReader": -0.6464,
    "refuses": -0.1229,
    "chases": -0.0884,
    "pronounBalance": 0.217,
    "readerQuestion": 0,
    "gives": 0.7188,
    "writerOffers": 0.3095,
    "impersonal": -1.0187,
    "timeAskWithoutGift": -0.3328,
    "readerSlot": 0.0744,
    "specifics": 0.5919,
    "readerDetails": 0.8213,
    "attends": 0.7575,
    "me-focus": -0.7872,
    "feature-dump": -0.1778,
    "fake-empathy": -0.7514,
    "pushy": -0.9482,
    "bragging": -0.628,
    "generic": -0.2202
  }
};
