/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.776 (whole messages 0.677), rated pool 10-fold Spearman with the reader 0.554
 * in-sample AUC: real 0.794, synthetic 0.980
 * score = round(compress(50 + 27.72 × (z − -0.382)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.72,
  "center": -0.382,
  "intercept": -0.3684,
  "weights": {
    "writerShare": -0.1579,
    "readerShare": 0.6982,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3294,
    "wants": 0,
    "writerFeelings": -0.136,
    "blamesReader": -0.1014,
    "refuses": 0,
    "chases": -0.0459,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3178,
    "writerOffers": 0.1985,
    "impersonal": -0.1238,
    "timeAskWithoutGift": -0.2526,
    "readerSlot": 0,
    "specifics": 0.1345,
    "readerDetails": 0,
    "attends": 0.0466,
    "vaguePraise": -0.1612,
    "favourAsk": -0.0944,
    "specificToReader": 0.1806,
    "phrasing": 0.2884,
    "me-focus": -0.0011,
    "feature-dump": -0.0909,
    "fake-empathy": -0.2788,
    "pushy": -0.5072,
    "bragging": -0.4935,
    "generic": -0.4643
  }
};
