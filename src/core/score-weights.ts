/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.660), rated pool 10-fold Spearman with the reader 0.506
 * in-sample AUC: real 0.796, synthetic 0.973
 * score = round(compress(50 + 29.47 × (z − -0.334)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 29.47,
  "center": -0.334,
  "intercept": -0.4177,
  "weights": {
    "writerShare": -0.1676,
    "readerShare": 0.6871,
    "opensWithWriter": 0,
    "writerUnanswered": -0.309,
    "wants": 0,
    "writerFeelings": -0.1315,
    "blamesReader": -0.0891,
    "refuses": 0,
    "chases": -0.1041,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2915,
    "writerOffers": 0.2204,
    "impersonal": -0.0871,
    "timeAskWithoutGift": -0.2077,
    "readerSlot": 0,
    "specifics": 0.1166,
    "readerDetails": 0.005,
    "attends": 0,
    "vaguePraise": -0.2297,
    "favourAsk": -0.1586,
    "specificToReader": 0.176,
    "phrasing": 0.3091,
    "me-focus": 0,
    "feature-dump": -0.1197,
    "fake-empathy": -0.308,
    "pushy": -0.4057,
    "bragging": -0.5115,
    "generic": -0.1314
  }
};
