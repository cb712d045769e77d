/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.672), rated pool 10-fold Spearman with the reader 0.543
 * in-sample AUC: real 0.794, synthetic 0.980
 * score = round(compress(50 + 27.86 × (z − -0.385)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.86,
  "center": -0.385,
  "intercept": -0.3795,
  "weights": {
    "writerShare": -0.1614,
    "readerShare": 0.7006,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3203,
    "wants": 0,
    "writerFeelings": -0.1328,
    "blamesReader": -0.0994,
    "refuses": 0,
    "chases": -0.0525,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3008,
    "writerOffers": 0.2137,
    "impersonal": -0.1237,
    "timeAskWithoutGift": -0.2462,
    "readerSlot": 0,
    "specifics": 0.1284,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1644,
    "favourAsk": -0.0759,
    "specificToReader": 0.1797,
    "phrasing": 0.2899,
    "me-focus": -0.0034,
    "feature-dump": -0.0976,
    "fake-empathy": -0.2858,
    "pushy": -0.489,
    "bragging": -0.4933,
    "generic": -0.4221
  }
};
