/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.813 (whole messages 0.714), rated pool 10-fold Spearman with the reader 0.577
 * in-sample AUC: real 0.831, synthetic 0.982
 * score = round(compress(50 + 25.45 × (z − -0.423)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 25.45,
  "center": -0.423,
  "intercept": -0.323,
  "weights": {
    "writerShare": -0.1788,
    "readerShare": 0.743,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2253,
    "wants": 0,
    "writerFeelings": -0.066,
    "blamesReader": -0.0879,
    "refuses": -0.0052,
    "chases": -0.0137,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2526,
    "writerOffers": 0.1534,
    "impersonal": -0.1518,
    "timeAskWithoutGift": -0.2622,
    "readerSlot": 0,
    "specifics": 0.1347,
    "readerDetails": 0,
    "attends": 0.2968,
    "vaguePraise": -0.107,
    "favourAsk": -0.1528,
    "specificToReader": 0.1339,
    "readerAbsent": -0.4859,
    "exclaims": -0.3508,
    "phrasing": 0.2808,
    "me-focus": -0.0366,
    "feature-dump": -0.0697,
    "fake-empathy": -0.2127,
    "pushy": -0.5045,
    "bragging": -0.5139,
    "generic": -0.4415
  }
};
