/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.785 (whole messages 0.679), rated pool 10-fold Spearman with the reader 0.563
 * in-sample AUC: real 0.804, synthetic 0.979
 * score = round(compress(50 + 26.82 × (z − -0.431)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.82,
  "center": -0.431,
  "intercept": -0.2886,
  "weights": {
    "writerShare": -0.0985,
    "readerShare": 0.6358,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1653,
    "wants": 0,
    "writerFeelings": -0.1169,
    "blamesReader": -0.0948,
    "refuses": -0.0057,
    "chases": -0.0605,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3052,
    "writerOffers": 0.1807,
    "impersonal": -0.1474,
    "timeAskWithoutGift": -0.2602,
    "readerSlot": 0,
    "specifics": 0.1315,
    "readerDetails": 0,
    "attends": 0.0388,
    "vaguePraise": -0.1563,
    "favourAsk": -0.1204,
    "specificToReader": 0.1578,
    "readerAbsent": -0.4178,
    "phrasing": 0.2853,
    "me-focus": -0.0234,
    "feature-dump": -0.1079,
    "fake-empathy": -0.2769,
    "pushy": -0.5108,
    "bragging": -0.5301,
    "generic": -0.4868
  }
};
