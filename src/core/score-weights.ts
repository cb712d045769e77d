/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.809 (whole messages 0.703), rated pool 10-fold Spearman with the reader 0.571
 * in-sample AUC: real 0.827, synthetic 0.982
 * score = round(compress(50 + 26.04 × (z − -0.444)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.04,
  "center": -0.444,
  "intercept": -0.3077,
  "weights": {
    "writerShare": -0.1789,
    "readerShare": 0.7527,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2321,
    "wants": 0,
    "writerFeelings": -0.0662,
    "blamesReader": -0.0915,
    "refuses": -0.0059,
    "chases": -0.0116,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2604,
    "writerOffers": 0.1595,
    "impersonal": -0.1601,
    "timeAskWithoutGift": -0.2637,
    "readerSlot": 0,
    "specifics": 0.14,
    "readerDetails": 0,
    "attends": 0.0505,
    "vaguePraise": -0.129,
    "favourAsk": -0.1432,
    "specificToReader": 0.1319,
    "readerAbsent": -0.5003,
    "exclaims": -0.3497,
    "phrasing": 0.2744,
    "me-focus": -0.0277,
    "feature-dump": -0.062,
    "fake-empathy": -0.2105,
    "pushy": -0.505,
    "bragging": -0.5175,
    "generic": -0.4313
  }
};
