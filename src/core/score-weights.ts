/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 1), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.810 (whole messages 0.717), rated pool 10-fold Spearman with the reader 0.579
 * real-dev's collections, each scored by a fit without it: first 0.820 (whole messages 0.740), second 0.734 (whole messages 0.645)
 * in-sample AUC: real 0.826, synthetic 0.989
 * score = round(compress(50 + 22.01 × (z − -0.534)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 22.01,
  "center": -0.534,
  "intercept": -0.3879,
  "weights": {
    "writerShare": -0.1898,
    "readerShare": 0.7897,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2328,
    "wants": 0,
    "writerFeelings": -0.085,
    "blamesReader": -0.0489,
    "refuses": -0.0112,
    "chases": -0.0248,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3274,
    "writerOffers": 0.1586,
    "impersonal": -0.0698,
    "timeAskWithoutGift": -0.3207,
    "readerSlot": 0,
    "specifics": 0.2319,
    "readerDetails": 0,
    "attends": 0.3353,
    "vaguePraise": -0.079,
    "favourAsk": -0.1555,
    "specificToReader": 0.2001,
    "readerAbsent": -0.4262,
    "exclaims": -0.4344,
    "phrasing": 0.267,
    "me-focus": -0.1411,
    "feature-dump": -0.1839,
    "fake-empathy": -0.3243,
    "pushy": -0.7246,
    "bragging": -0.7124,
    "generic": -0.5619
  }
};
