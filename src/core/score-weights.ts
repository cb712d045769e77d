/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.776 (whole messages 0.659), rated pool 10-fold Spearman with the reader 0.471
 * in-sample AUC: real 0.797, synthetic 0.969
 * score = round(compress(50 + 29.88 × (z − -0.3)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 29.88,
  "center": -0.3,
  "intercept": -0.4091,
  "weights": {
    "writerShare": -0.1505,
    "readerShare": 0.6933,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3294,
    "wants": 0,
    "writerFeelings": -0.1298,
    "blamesReader": -0.0974,
    "refuses": 0,
    "chases": -0.1069,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3085,
    "writerOffers": 0.0693,
    "impersonal": -0.0947,
    "timeAskWithoutGift": -0.173,
    "readerSlot": 0,
    "specifics": 0.1176,
    "readerDetails": 0.032,
    "attends": 0,
    "vaguePraise": -0.2414,
    "favourAsk": -0.1306,
    "specificToReader": 0.175,
    "phrasing": 0.317,
    "me-focus": 0,
    "feature-dump": -0.1096,
    "fake-empathy": -0.2947,
    "pushy": -0.3191,
    "bragging": -0.5229,
    "generic": -0.1044
  }
};
