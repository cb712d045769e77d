/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.776 (whole messages 0.676), rated pool 10-fold Spearman with the reader 0.559
 * in-sample AUC: real 0.794, synthetic 0.981
 * score = round(compress(50 + 27.51 × (z − -0.391)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.51,
  "center": -0.391,
  "intercept": -0.3656,
  "weights": {
    "writerShare": -0.1568,
    "readerShare": 0.699,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3328,
    "wants": 0,
    "writerFeelings": -0.1371,
    "blamesReader": -0.1022,
    "refuses": 0,
    "chases": -0.0531,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3139,
    "writerOffers": 0.1974,
    "impersonal": -0.126,
    "timeAskWithoutGift": -0.2506,
    "readerSlot": 0,
    "specifics": 0.1379,
    "readerDetails": 0,
    "attends": 0.051,
    "vaguePraise": -0.1567,
    "favourAsk": -0.1255,
    "specificToReader": 0.1847,
    "phrasing": 0.2858,
    "me-focus": -0.0018,
    "feature-dump": -0.0989,
    "fake-empathy": -0.2781,
    "pushy": -0.5049,
    "bragging": -0.5228,
    "generic": -0.4753
  }
};
