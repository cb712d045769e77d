/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.813 (whole messages 0.713), rated pool 10-fold Spearman with the reader 0.570
 * in-sample AUC: real 0.831, synthetic 0.981
 * score = round(compress(50 + 25.58 × (z − -0.429)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 25.58,
  "center": -0.429,
  "intercept": -0.3283,
  "weights": {
    "writerShare": -0.1776,
    "readerShare": 0.7434,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2299,
    "wants": 0,
    "writerFeelings": -0.0684,
    "blamesReader": -0.0776,
    "refuses": -0.0084,
    "chases": -0.0151,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2441,
    "writerOffers": 0.1562,
    "impersonal": -0.1475,
    "timeAskWithoutGift": -0.2626,
    "readerSlot": 0,
    "specifics": 0.1338,
    "readerDetails": 0,
    "attends": 0.2924,
    "vaguePraise": -0.1045,
    "favourAsk": -0.1485,
    "specificToReader": 0.1391,
    "readerAbsent": -0.4767,
    "exclaims": -0.3534,
    "phrasing": 0.2803,
    "me-focus": -0.046,
    "feature-dump": -0.0616,
    "fake-empathy": -0.2129,
    "pushy": -0.5014,
    "bragging": -0.5163,
    "generic": -0.44
  }
};
