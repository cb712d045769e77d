/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.664), rated pool 10-fold Spearman with the reader 0.508
 * in-sample AUC: real 0.794, synthetic 0.977
 * score = round(compress(50 + 28.72 × (z − -0.368)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.72,
  "center": -0.368,
  "intercept": -0.3978,
  "weights": {
    "writerShare": -0.1609,
    "readerShare": 0.6821,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3115,
    "wants": 0,
    "writerFeelings": -0.1344,
    "blamesReader": -0.0901,
    "refuses": 0,
    "chases": -0.0914,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2911,
    "writerOffers": 0.2267,
    "impersonal": -0.0954,
    "timeAskWithoutGift": -0.251,
    "readerSlot": 0,
    "specifics": 0.1184,
    "readerDetails": 0.002,
    "attends": 0,
    "vaguePraise": -0.214,
    "favourAsk": -0.144,
    "specificToReader": 0.1741,
    "phrasing": 0.3052,
    "me-focus": -0.0044,
    "feature-dump": -0.1044,
    "fake-empathy": -0.3059,
    "pushy": -0.4073,
    "bragging": -0.5055,
    "generic": -0.1969
  }
};
