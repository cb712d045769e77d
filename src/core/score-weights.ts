/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.667), rated pool 10-fold Spearman with the reader 0.510
 * in-sample AUC: real 0.794, synthetic 0.977
 * score = round(compress(50 + 28.72 × (z − -0.365)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.72,
  "center": -0.365,
  "intercept": -0.3905,
  "weights": {
    "writerShare": -0.1617,
    "readerShare": 0.6825,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3062,
    "wants": 0,
    "writerFeelings": -0.1354,
    "blamesReader": -0.0964,
    "refuses": 0,
    "chases": -0.0824,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2943,
    "writerOffers": 0.2209,
    "impersonal": -0.0968,
    "timeAskWithoutGift": -0.2341,
    "readerSlot": 0,
    "specifics": 0.118,
    "readerDetails": 0.0015,
    "attends": 0,
    "vaguePraise": -0.1981,
    "favourAsk": -0.1229,
    "specificToReader": 0.1773,
    "phrasing": 0.3014,
    "me-focus": 0,
    "feature-dump": -0.1,
    "fake-empathy": -0.299,
    "pushy": -0.4093,
    "bragging": -0.5067,
    "generic": -0.2621
  }
};
