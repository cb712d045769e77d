/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.785 (whole messages 0.679), rated pool 10-fold Spearman with the reader 0.565
 * in-sample AUC: real 0.803, synthetic 0.979
 * score = round(compress(50 + 26.76 × (z − -0.426)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.76,
  "center": -0.426,
  "intercept": -0.2867,
  "weights": {
    "writerShare": -0.0898,
    "readerShare": 0.6284,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1671,
    "wants": 0,
    "writerFeelings": -0.1165,
    "blamesReader": -0.0951,
    "refuses": -0.0071,
    "chases": -0.0572,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2975,
    "writerOffers": 0.1804,
    "impersonal": -0.1531,
    "timeAskWithoutGift": -0.2547,
    "readerSlot": 0,
    "specifics": 0.14,
    "readerDetails": 0,
    "attends": 0.0484,
    "vaguePraise": -0.1504,
    "favourAsk": -0.1389,
    "specificToReader": 0.1606,
    "readerAbsent": -0.4234,
    "phrasing": 0.2848,
    "me-focus": -0.027,
    "feature-dump": -0.0949,
    "fake-empathy": -0.2774,
    "pushy": -0.5117,
    "bragging": -0.5301,
    "generic": -0.4951
  }
};
