/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.668), rated pool 10-fold Spearman with the reader 0.531
 * in-sample AUC: real 0.794, synthetic 0.980
 * score = round(compress(50 + 28.42 × (z − -0.366)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.42,
  "center": -0.366,
  "intercept": -0.3903,
  "weights": {
    "writerShare": -0.1649,
    "readerShare": 0.7073,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3127,
    "wants": 0,
    "writerFeelings": -0.1324,
    "blamesReader": -0.095,
    "refuses": 0,
    "chases": -0.0664,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2929,
    "writerOffers": 0.2144,
    "impersonal": -0.1176,
    "timeAskWithoutGift": -0.258,
    "readerSlot": 0,
    "specifics": 0.125,
    "readerDetails": 0.0005,
    "attends": 0,
    "vaguePraise": -0.1861,
    "favourAsk": -0.1043,
    "specificToReader": 0.1789,
    "phrasing": 0.2979,
    "me-focus": -0.0005,
    "feature-dump": -0.099,
    "fake-empathy": -0.2965,
    "pushy": -0.4755,
    "bragging": -0.5002,
    "generic": -0.3225
  }
};
