/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 132 real (53 sources), 124 synthetic (weight 0.3); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.830
 * in-sample AUC: real 0.887, synthetic 0.967
 * score = round(compress(50 + 15.31 × (z − -0.325)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 15.31,
  "center": -0.325,
  "intercept": -0.7904,
  "weights": {
    "writerShare": -0.4995,
    "readerShare": 1.5452,
    "opensWithWriter": -0.002,
    "writerUnanswered": -0.7291,
    "wants": 0,
    "writerFeelings": -0.3318,
    "blamesReader": -0.6214,
    "refuses": -0.1026,
    "chases": -0.1413,
    "pronounBalance": 0.3424,
    "readerQuestion": 0,
    "gives": 0.7251,
    "writerOffers": 0.3352,
    "impersonal": -0.99,
    "timeAskWithoutGift": -0.4558,
    "readerSlot": 0.1792,
    "specifics": 0.672,
    "readerDetails": 0.657,
    "attends": 0.4424,
    "me-focus": 0,
    "feature-dump": -0.1655,
    "fake-empathy": -0.5251,
    "pushy": -0.8988,
    "bragging": -0.6957,
    "generic": -0.0812
  }
};
