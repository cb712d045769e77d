/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.666), rated pool 10-fold Spearman with the reader 0.507
 * in-sample AUC: real 0.794, synthetic 0.976
 * score = round(compress(50 + 28.74 × (z − -0.365)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.74,
  "center": -0.365,
  "intercept": -0.3983,
  "weights": {
    "writerShare": -0.1661,
    "readerShare": 0.685,
    "opensWithWriter": 0,
    "writerUnanswered": -0.306,
    "wants": 0,
    "writerFeelings": -0.1341,
    "blamesReader": -0.096,
    "refuses": 0,
    "chases": -0.0904,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2913,
    "writerOffers": 0.2176,
    "impersonal": -0.0942,
    "timeAskWithoutGift": -0.2497,
    "readerSlot": 0,
    "specifics": 0.1172,
    "readerDetails": 0.001,
    "attends": 0,
    "vaguePraise": -0.2135,
    "favourAsk": -0.1427,
    "specificToReader": 0.1739,
    "phrasing": 0.3057,
    "me-focus": 0,
    "feature-dump": -0.1031,
    "fake-empathy": -0.3076,
    "pushy": -0.4067,
    "bragging": -0.5119,
    "generic": -0.1974
  }
};
