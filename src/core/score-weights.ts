/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.855
 * in-sample AUC: real 0.904, synthetic 0.969
 * score = round(compress(50 + 14.39 × (z − -0.318)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 14.39,
  "center": -0.318,
  "intercept": -0.7176,
  "weights": {
    "writerShare": -0.4508,
    "readerShare": 1.4967,
    "opensWithWriter": 0,
    "writerUnanswered": -0.7246,
    "wants": 0,
    "writerFeelings": -0.3044,
    "blamesReader": -0.6398,
    "refuses": -0.1235,
    "chases": -0.0918,
    "pronounBalance": 0.2631,
    "readerQuestion": 0,
    "gives": 0.7436,
    "writerOffers": 0.3155,
    "impersonal": -1.0015,
    "timeAskWithoutGift": -0.3429,
    "readerSlot": 0.059,
    "specifics": 0.6038,
    "readerDetails": 0.7125,
    "attends": 0.7633,
    "me-focus": -0.7714,
    "feature-dump": -0.1783,
    "fake-empathy": -0.7406,
    "pushy": -0.8684,
    "bragging": -0.632,
    "generic": -0.2197
  }
};
