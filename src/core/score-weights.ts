/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.807 (whole messages 0.701), rated pool 10-fold Spearman with the reader 0.566
 * in-sample AUC: real 0.825, synthetic 0.982
 * score = round(compress(50 + 26.18 × (z − -0.457)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.18,
  "center": -0.457,
  "intercept": -0.322,
  "weights": {
    "writerShare": -0.1812,
    "readerShare": 0.7517,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2318,
    "wants": 0,
    "writerFeelings": -0.0648,
    "blamesReader": -0.0878,
    "refuses": -0.0067,
    "chases": -0.0139,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2596,
    "writerOffers": 0.1562,
    "impersonal": -0.1555,
    "timeAskWithoutGift": -0.2647,
    "readerSlot": 0,
    "specifics": 0.1299,
    "readerDetails": 0,
    "attends": 0.0536,
    "vaguePraise": -0.1264,
    "favourAsk": -0.1506,
    "specificToReader": 0.1325,
    "readerAbsent": -0.4983,
    "phrasing": 0.2739,
    "me-focus": -0.0282,
    "feature-dump": -0.0672,
    "fake-empathy": -0.2104,
    "pushy": -0.5094,
    "bragging": -0.5161,
    "generic": -0.4353
  }
};
