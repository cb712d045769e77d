/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.815 (whole messages 0.720), rated pool 10-fold Spearman with the reader 0.574
 * in-sample AUC: real 0.832, synthetic 0.981
 * score = round(compress(50 + 25.46 × (z − -0.425)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 25.46,
  "center": -0.425,
  "intercept": -0.3295,
  "weights": {
    "writerShare": -0.1788,
    "readerShare": 0.7416,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2218,
    "wants": 0,
    "writerFeelings": -0.0653,
    "blamesReader": -0.0877,
    "refuses": -0.0044,
    "chases": -0.0137,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2361,
    "writerOffers": 0.1523,
    "impersonal": -0.1451,
    "timeAskWithoutGift": -0.2602,
    "readerSlot": 0,
    "specifics": 0.1408,
    "readerDetails": 0,
    "attends": 0.3133,
    "vaguePraise": -0.1311,
    "favourAsk": -0.1483,
    "specificToReader": 0.1359,
    "readerAbsent": -0.4824,
    "exclaims": -0.349,
    "phrasing": 0.2849,
    "me-focus": -0.035,
    "feature-dump": -0.0692,
    "fake-empathy": -0.2099,
    "pushy": -0.5042,
    "bragging": -0.5117,
    "generic": -0.4567
  }
};
