/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.667), rated pool 10-fold Spearman with the reader 0.532
 * in-sample AUC: real 0.793, synthetic 0.980
 * score = round(compress(50 + 28.39 × (z − -0.36)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.39,
  "center": -0.36,
  "intercept": -0.3908,
  "weights": {
    "writerShare": -0.1614,
    "readerShare": 0.7064,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3113,
    "wants": 0,
    "writerFeelings": -0.1335,
    "blamesReader": -0.0947,
    "refuses": 0,
    "chases": -0.0614,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3094,
    "writerOffers": 0.2185,
    "impersonal": -0.1183,
    "timeAskWithoutGift": -0.2615,
    "readerSlot": 0,
    "specifics": 0.1267,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1902,
    "favourAsk": -0.1072,
    "specificToReader": 0.1767,
    "phrasing": 0.2947,
    "me-focus": 0,
    "feature-dump": -0.0923,
    "fake-empathy": -0.298,
    "pushy": -0.4769,
    "bragging": -0.5011,
    "generic": -0.3124
  }
};
