/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.787 (whole messages 0.679), rated pool 10-fold Spearman with the reader 0.566
 * in-sample AUC: real 0.805, synthetic 0.979
 * score = round(compress(50 + 26.61 × (z − -0.447)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.61,
  "center": -0.447,
  "intercept": -0.2762,
  "weights": {
    "writerShare": -0.0883,
    "readerShare": 0.6242,
    "opensWithWriter": 0,
    "writerUnanswered": -0.1675,
    "wants": 0,
    "writerFeelings": -0.1089,
    "blamesReader": -0.0945,
    "refuses": -0.008,
    "chases": -0.0621,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2713,
    "writerOffers": 0.1791,
    "impersonal": -0.1646,
    "timeAskWithoutGift": -0.2549,
    "readerSlot": 0,
    "specifics": 0.139,
    "readerDetails": 0,
    "attends": 0.0491,
    "vaguePraise": -0.1521,
    "favourAsk": -0.1442,
    "specificToReader": 0.1618,
    "readerAbsent": -0.4764,
    "phrasing": 0.2856,
    "me-focus": -0.0239,
    "feature-dump": -0.0924,
    "fake-empathy": -0.2755,
    "pushy": -0.5102,
    "bragging": -0.5282,
    "generic": -0.5004
  }
};
