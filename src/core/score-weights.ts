/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.777 (whole messages 0.678), rated pool 10-fold Spearman with the reader 0.548
 * in-sample AUC: real 0.795, synthetic 0.982
 * score = round(compress(50 + 27.66 × (z − -0.394)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.66,
  "center": -0.394,
  "intercept": -0.3787,
  "weights": {
    "writerShare": -0.163,
    "readerShare": 0.7011,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3149,
    "wants": 0,
    "writerFeelings": -0.1313,
    "blamesReader": -0.0995,
    "refuses": 0,
    "chases": -0.0458,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3021,
    "writerOffers": 0.2085,
    "impersonal": -0.1237,
    "timeAskWithoutGift": -0.2444,
    "readerSlot": 0,
    "specifics": 0.1306,
    "readerDetails": 0,
    "attends": 0.0058,
    "vaguePraise": -0.1565,
    "favourAsk": -0.0652,
    "specificToReader": 0.1846,
    "phrasing": 0.2866,
    "me-focus": -0.0169,
    "feature-dump": -0.0958,
    "fake-empathy": -0.2812,
    "pushy": -0.5033,
    "bragging": -0.4895,
    "generic": -0.4597
  }
};
