/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.655), rated pool 10-fold Spearman with the reader 0.479
 * in-sample AUC: real 0.796, synthetic 0.970
 * score = round(compress(50 + 29.82 × (z − -0.295)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 29.82,
  "center": -0.295,
  "intercept": -0.4129,
  "weights": {
    "writerShare": -0.1628,
    "readerShare": 0.6992,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3165,
    "wants": -0.0021,
    "writerFeelings": -0.1328,
    "blamesReader": -0.0946,
    "refuses": 0,
    "chases": -0.1039,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3074,
    "writerOffers": 0.0925,
    "impersonal": -0.09,
    "timeAskWithoutGift": -0.2121,
    "readerSlot": 0,
    "specifics": 0.1187,
    "readerDetails": 0.0252,
    "attends": 0,
    "vaguePraise": -0.2378,
    "favourAsk": -0.123,
    "specificToReader": 0.1739,
    "phrasing": 0.3146,
    "me-focus": 0,
    "feature-dump": -0.1052,
    "fake-empathy": -0.2931,
    "pushy": -0.317,
    "bragging": -0.5192,
    "generic": -0.1145
  }
};
