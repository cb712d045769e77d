/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.856
 * in-sample AUC: real 0.904, synthetic 0.971
 * score = round(compress(50 + 14.48 × (z − -0.311)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 14.48,
  "center": -0.311,
  "intercept": -0.7221,
  "weights": {
    "writerShare": -0.4522,
    "readerShare": 1.4926,
    "opensWithWriter": 0,
    "writerUnanswered": -0.7263,
    "wants": 0,
    "writerFeelings": -0.3044,
    "blamesReader": -0.6382,
    "refuses": -0.122,
    "chases": -0.0889,
    "pronounBalance": 0.2388,
    "readerQuestion": 0,
    "gives": 0.7402,
    "writerOffers": 0.3191,
    "impersonal": -0.996,
    "timeAskWithoutGift": -0.3313,
    "readerSlot": 0.0592,
    "specifics": 0.6076,
    "readerDetails": 0.7196,
    "attends": 0.7649,
    "me-focus": -0.772,
    "feature-dump": -0.1798,
    "fake-empathy": -0.7405,
    "pushy": -0.9553,
    "bragging": -0.6271,
    "generic": -0.2194
  }
};
