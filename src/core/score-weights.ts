/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.793 (whole messages 0.688), rated pool 10-fold Spearman with the reader 0.568
 * in-sample AUC: real 0.809, synthetic 0.978
 * score = round(compress(50 + 26.51 × (z − -0.462)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.51,
  "center": -0.462,
  "intercept": -0.255,
  "weights": {
    "writerShare": -0.0769,
    "readerShare": 0.6207,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1379,
    "wants": 0,
    "writerFeelings": -0.1031,
    "blamesReader": -0.0935,
    "refuses": -0.0095,
    "chases": -0.0597,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.262,
    "writerOffers": 0.172,
    "impersonal": -0.1698,
    "timeAskWithoutGift": -0.2623,
    "readerSlot": 0,
    "specifics": 0.1355,
    "readerDetails": 0,
    "attends": 0.0432,
    "vaguePraise": -0.1451,
    "favourAsk": -0.1492,
    "specificToReader": 0.1476,
    "readerAbsent": -0.5688,
    "phrasing": 0.2854,
    "me-focus": -0.0303,
    "feature-dump": -0.0952,
    "fake-empathy": -0.2543,
    "pushy": -0.5093,
    "bragging": -0.5197,
    "generic": -0.489
  }
};
