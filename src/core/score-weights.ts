/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.675), rated pool 10-fold Spearman with the reader 0.545
 * in-sample AUC: real 0.794, synthetic 0.981
 * score = round(compress(50 + 27.85 × (z − -0.387)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.85,
  "center": -0.387,
  "intercept": -0.3778,
  "weights": {
    "writerShare": -0.1604,
    "readerShare": 0.7002,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3211,
    "wants": 0,
    "writerFeelings": -0.1329,
    "blamesReader": -0.0992,
    "refuses": 0,
    "chases": -0.0505,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3016,
    "writerOffers": 0.2114,
    "impersonal": -0.1235,
    "timeAskWithoutGift": -0.2514,
    "readerSlot": 0,
    "specifics": 0.1289,
    "readerDetails": 0,
    "attends": 0.0011,
    "vaguePraise": -0.1625,
    "favourAsk": -0.0741,
    "specificToReader": 0.1789,
    "phrasing": 0.2889,
    "me-focus": -0.0038,
    "feature-dump": -0.097,
    "fake-empathy": -0.2845,
    "pushy": -0.5033,
    "bragging": -0.4919,
    "generic": -0.4313
  }
};
