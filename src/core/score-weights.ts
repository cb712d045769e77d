/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.664), rated pool 10-fold Spearman with the reader 0.506
 * in-sample AUC: real 0.794, synthetic 0.976
 * score = round(compress(50 + 28.66 × (z − -0.371)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.66,
  "center": -0.371,
  "intercept": -0.4005,
  "weights": {
    "writerShare": -0.1621,
    "readerShare": 0.6826,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3109,
    "wants": 0,
    "writerFeelings": -0.1333,
    "blamesReader": -0.0901,
    "refuses": 0,
    "chases": -0.0939,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2892,
    "writerOffers": 0.226,
    "impersonal": -0.0949,
    "timeAskWithoutGift": -0.2565,
    "readerSlot": 0,
    "specifics": 0.1191,
    "readerDetails": 0.0025,
    "attends": 0,
    "vaguePraise": -0.2223,
    "favourAsk": -0.1519,
    "specificToReader": 0.1732,
    "phrasing": 0.3066,
    "me-focus": -0.0077,
    "feature-dump": -0.1061,
    "fake-empathy": -0.3066,
    "pushy": -0.4065,
    "bragging": -0.5073,
    "generic": -0.1736
  }
};
