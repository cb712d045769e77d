/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.659), rated pool 10-fold Spearman with the reader 0.501
 * in-sample AUC: real 0.796, synthetic 0.970
 * score = round(compress(50 + 30.06 × (z − -0.315)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 30.06,
  "center": -0.315,
  "intercept": -0.421,
  "weights": {
    "writerShare": -0.166,
    "readerShare": 0.6849,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3095,
    "wants": 0,
    "writerFeelings": -0.1312,
    "blamesReader": -0.0893,
    "refuses": 0,
    "chases": -0.1074,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2926,
    "writerOffers": 0.2217,
    "impersonal": -0.0878,
    "timeAskWithoutGift": -0.2117,
    "readerSlot": 0,
    "specifics": 0.1167,
    "readerDetails": 0.0036,
    "attends": 0,
    "vaguePraise": -0.2293,
    "favourAsk": -0.1587,
    "specificToReader": 0.1776,
    "phrasing": 0.3087,
    "me-focus": 0,
    "feature-dump": -0.1186,
    "fake-empathy": -0.3081,
    "pushy": -0.3239,
    "bragging": -0.5148,
    "generic": -0.1298
  }
};
