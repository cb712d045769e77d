/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.668), rated pool 10-fold Spearman with the reader 0.530
 * in-sample AUC: real 0.795, synthetic 0.980
 * score = round(compress(50 + 28.43 × (z − -0.364)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.43,
  "center": -0.364,
  "intercept": -0.3842,
  "weights": {
    "writerShare": -0.1665,
    "readerShare": 0.7021,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3178,
    "wants": 0,
    "writerFeelings": -0.1305,
    "blamesReader": -0.0955,
    "refuses": 0,
    "chases": -0.0658,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2938,
    "writerOffers": 0.2143,
    "impersonal": -0.1198,
    "timeAskWithoutGift": -0.2582,
    "readerSlot": 0,
    "specifics": 0.1248,
    "readerDetails": 0.0006,
    "attends": 0,
    "vaguePraise": -0.1867,
    "favourAsk": -0.1054,
    "specificToReader": 0.1788,
    "phrasing": 0.2971,
    "me-focus": -0.011,
    "feature-dump": -0.098,
    "fake-empathy": -0.2962,
    "pushy": -0.4755,
    "bragging": -0.5003,
    "generic": -0.3216
  }
};
