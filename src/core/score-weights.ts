/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.668), rated pool 10-fold Spearman with the reader 0.531
 * in-sample AUC: real 0.795, synthetic 0.980
 * score = round(compress(50 + 28.34 × (z − -0.367)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.34,
  "center": -0.367,
  "intercept": -0.3836,
  "weights": {
    "writerShare": -0.1669,
    "readerShare": 0.7028,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3179,
    "wants": 0,
    "writerFeelings": -0.1311,
    "blamesReader": -0.0953,
    "refuses": 0,
    "chases": -0.0653,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.294,
    "writerOffers": 0.2127,
    "impersonal": -0.1199,
    "timeAskWithoutGift": -0.2721,
    "readerSlot": 0,
    "specifics": 0.1254,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.186,
    "favourAsk": -0.1098,
    "specificToReader": 0.1789,
    "phrasing": 0.296,
    "me-focus": -0.011,
    "feature-dump": -0.0976,
    "fake-empathy": -0.2954,
    "pushy": -0.4745,
    "bragging": -0.4996,
    "generic": -0.3243
  }
};
