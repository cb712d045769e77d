/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.785 (whole messages 0.680), rated pool 10-fold Spearman with the reader 0.564
 * in-sample AUC: real 0.804, synthetic 0.979
 * score = round(compress(50 + 26.72 × (z − -0.428)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.72,
  "center": -0.428,
  "intercept": -0.2858,
  "weights": {
    "writerShare": -0.0984,
    "readerShare": 0.6339,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1672,
    "wants": 0,
    "writerFeelings": -0.1172,
    "blamesReader": -0.0953,
    "refuses": -0.0062,
    "chases": -0.0606,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3039,
    "writerOffers": 0.1806,
    "impersonal": -0.1495,
    "timeAskWithoutGift": -0.2572,
    "readerSlot": 0,
    "specifics": 0.1325,
    "readerDetails": 0,
    "attends": 0.0459,
    "vaguePraise": -0.152,
    "favourAsk": -0.1396,
    "specificToReader": 0.1593,
    "readerAbsent": -0.4178,
    "phrasing": 0.2842,
    "me-focus": -0.0253,
    "feature-dump": -0.1089,
    "fake-empathy": -0.2756,
    "pushy": -0.5112,
    "bragging": -0.5297,
    "generic": -0.491
  }
};
