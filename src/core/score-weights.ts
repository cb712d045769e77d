/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.675), rated pool 10-fold Spearman with the reader 0.558
 * in-sample AUC: real 0.794, synthetic 0.981
 * score = round(compress(50 + 27.63 × (z − -0.384)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.63,
  "center": -0.384,
  "intercept": -0.3657,
  "weights": {
    "writerShare": -0.1558,
    "readerShare": 0.6987,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3326,
    "wants": 0,
    "writerFeelings": -0.1367,
    "blamesReader": -0.1023,
    "refuses": 0,
    "chases": -0.0457,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.317,
    "writerOffers": 0.1964,
    "impersonal": -0.1259,
    "timeAskWithoutGift": -0.2514,
    "readerSlot": 0,
    "specifics": 0.1364,
    "readerDetails": 0,
    "attends": 0.053,
    "vaguePraise": -0.1571,
    "favourAsk": -0.1255,
    "specificToReader": 0.1832,
    "phrasing": 0.287,
    "me-focus": -0.0029,
    "feature-dump": -0.0921,
    "fake-empathy": -0.2796,
    "pushy": -0.5078,
    "bragging": -0.4934,
    "generic": -0.4743
  }
};
