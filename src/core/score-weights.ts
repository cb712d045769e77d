/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.804 (whole messages 0.697), rated pool 10-fold Spearman with the reader 0.567
 * in-sample AUC: real 0.823, synthetic 0.982
 * score = round(compress(50 + 26.55 × (z − -0.443)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.55,
  "center": -0.443,
  "intercept": -0.3351,
  "weights": {
    "writerShare": -0.1788,
    "readerShare": 0.7637,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2185,
    "wants": 0,
    "writerFeelings": -0.0729,
    "blamesReader": -0.0877,
    "refuses": 0,
    "chases": -0.0308,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2607,
    "writerOffers": 0.1598,
    "impersonal": -0.1561,
    "timeAskWithoutGift": -0.2712,
    "readerSlot": 0,
    "specifics": 0.1266,
    "readerDetails": 0,
    "attends": 0.0494,
    "vaguePraise": -0.1283,
    "favourAsk": -0.1604,
    "specificToReader": 0.1337,
    "readerAbsent": -0.4872,
    "phrasing": 0.2773,
    "me-focus": 0,
    "feature-dump": -0.0892,
    "fake-empathy": -0.2134,
    "pushy": -0.5152,
    "bragging": -0.5189,
    "generic": -0.4178
  }
};
