/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.657), rated pool 10-fold Spearman with the reader 0.479
 * in-sample AUC: real 0.796, synthetic 0.970
 * score = round(compress(50 + 29.71 × (z − -0.296)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 29.71,
  "center": -0.296,
  "intercept": -0.4098,
  "weights": {
    "writerShare": -0.1627,
    "readerShare": 0.6974,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3179,
    "wants": -0.0011,
    "writerFeelings": -0.1334,
    "blamesReader": -0.0952,
    "refuses": 0,
    "chases": -0.1032,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3083,
    "writerOffers": 0.0913,
    "impersonal": -0.0905,
    "timeAskWithoutGift": -0.2099,
    "readerSlot": 0,
    "specifics": 0.1193,
    "readerDetails": 0.0253,
    "attends": 0,
    "vaguePraise": -0.2348,
    "favourAsk": -0.162,
    "specificToReader": 0.175,
    "phrasing": 0.3141,
    "me-focus": 0,
    "feature-dump": -0.1052,
    "fake-empathy": -0.2932,
    "pushy": -0.317,
    "bragging": -0.5184,
    "generic": -0.1248
  }
};
