/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.809 (whole messages 0.714), rated pool 10-fold Spearman with the reader 0.571
 * in-sample AUC: real 0.827, synthetic 0.982
 * score = round(compress(50 + 25.71 × (z − -0.425)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 25.71,
  "center": -0.425,
  "intercept": -0.3327,
  "weights": {
    "writerShare": -0.169,
    "readerShare": 0.737,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2239,
    "wants": 0,
    "writerFeelings": -0.0741,
    "blamesReader": -0.077,
    "refuses": -0.0091,
    "chases": -0.0158,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2482,
    "writerOffers": 0.1609,
    "impersonal": -0.1418,
    "timeAskWithoutGift": -0.2618,
    "readerSlot": 0,
    "specifics": 0.1408,
    "readerDetails": 0,
    "attends": 0.278,
    "vaguePraise": -0.104,
    "favourAsk": -0.1477,
    "specificToReader": 0.1355,
    "readerAbsent": -0.4708,
    "exclaims": -0.3514,
    "phrasing": 0.2833,
    "me-focus": -0.0541,
    "feature-dump": -0.06,
    "fake-empathy": -0.2121,
    "pushy": -0.5003,
    "bragging": -0.5167,
    "generic": -0.4357
  }
};
