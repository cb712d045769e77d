/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.655), rated pool 10-fold Spearman with the reader 0.472
 * in-sample AUC: real 0.797, synthetic 0.970
 * score = round(compress(50 + 29.94 × (z − -0.304)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 29.94,
  "center": -0.304,
  "intercept": -0.4116,
  "weights": {
    "writerShare": -0.1568,
    "readerShare": 0.6974,
    "opensWithWriter": 0,
    "writerUnanswered": -0.324,
    "wants": -0.0043,
    "writerFeelings": -0.1308,
    "blamesReader": -0.0959,
    "refuses": 0,
    "chases": -0.106,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3069,
    "writerOffers": 0.0701,
    "impersonal": -0.0924,
    "timeAskWithoutGift": -0.1778,
    "readerSlot": 0,
    "specifics": 0.119,
    "readerDetails": 0.0267,
    "attends": 0,
    "vaguePraise": -0.2409,
    "favourAsk": -0.1294,
    "specificToReader": 0.1749,
    "phrasing": 0.3157,
    "me-focus": 0,
    "feature-dump": -0.1078,
    "fake-empathy": -0.2923,
    "pushy": -0.3183,
    "bragging": -0.5225,
    "generic": -0.102
  }
};
