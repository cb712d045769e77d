/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.799 (whole messages 0.692), rated pool 10-fold Spearman with the reader 0.570
 * in-sample AUC: real 0.817, synthetic 0.981
 * score = round(compress(50 + 26.54 × (z − -0.443)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.54,
  "center": -0.443,
  "intercept": -0.3466,
  "weights": {
    "writerShare": -0.0251,
    "readerShare": 0.7696,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1742,
    "wants": 0,
    "writerFeelings": -0.1017,
    "blamesReader": -0.0884,
    "refuses": -0.0052,
    "chases": -0.0515,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2613,
    "writerOffers": 0.1654,
    "impersonal": -0.1465,
    "timeAskWithoutGift": -0.2778,
    "readerSlot": 0,
    "specifics": 0.1352,
    "readerDetails": 0,
    "attends": 0.0481,
    "vaguePraise": -0.1238,
    "favourAsk": -0.1589,
    "specificToReader": 0.1272,
    "readerAbsent": -0.5065,
    "phrasing": 0.2771,
    "me-focus": -0.0206,
    "feature-dump": -0.1,
    "fake-empathy": -0.2156,
    "pushy": -0.5119,
    "bragging": -0.5148,
    "generic": -0.424
  }
};
