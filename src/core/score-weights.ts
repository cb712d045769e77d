/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.655), rated pool 10-fold Spearman with the reader 0.477
 * in-sample AUC: real 0.796, synthetic 0.970
 * score = round(compress(50 + 30 × (z − -0.3)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 30,
  "center": -0.3,
  "intercept": -0.4103,
  "weights": {
    "writerShare": -0.1552,
    "readerShare": 0.6964,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3239,
    "wants": -0.0035,
    "writerFeelings": -0.1309,
    "blamesReader": -0.0955,
    "refuses": 0,
    "chases": -0.1041,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3083,
    "writerOffers": 0.0722,
    "impersonal": -0.092,
    "timeAskWithoutGift": -0.2114,
    "readerSlot": 0,
    "specifics": 0.1188,
    "readerDetails": 0.0271,
    "attends": 0,
    "vaguePraise": -0.2377,
    "favourAsk": -0.1242,
    "specificToReader": 0.1734,
    "phrasing": 0.315,
    "me-focus": 0,
    "feature-dump": -0.1062,
    "fake-empathy": -0.2933,
    "pushy": -0.3176,
    "bragging": -0.5193,
    "generic": -0.1152
  }
};
