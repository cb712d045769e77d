/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.5); L2 lambda 0.02
 * leave-one-source-out AUC on the real set: 0.756
 * in-sample AUC: real 0.809, synthetic 0.975
 * score = clamp(round(50 + 20.78 × (z − -0.411)), 0, 100)
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 20.78,
  "center": -0.411,
  "intercept": -0.3368,
  "weights": {
    "writerShare": -0.1797,
    "readerShare": 1.1773,
    "opensWithWriter": 0.044,
    "writerUnanswered": -0.6901,
    "wants": -0.0576,
    "writerFeelings": -0.2551,
    "blamesReader": -0.2803,
    "chases": -0.0833,
    "pronounBalance": 0.5622,
    "readerQuestion": -0.1156,
    "gives": 0.8076,
    "timeAskWithoutGift": -0.3513,
    "readerSlot": -0.062,
    "me-focus": -0.0765,
    "feature-dump": -0.218,
    "fake-empathy": -0.3706,
    "pushy": -0.7142,
    "bragging": -0.5388,
    "generic": -0.3184
  }
};
