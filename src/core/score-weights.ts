/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.777 (whole messages 0.683), rated pool 10-fold Spearman with the reader 0.560
 * in-sample AUC: real 0.796, synthetic 0.981
 * score = round(compress(50 + 27.46 × (z − -0.392)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.46,
  "center": -0.392,
  "intercept": -0.3635,
  "weights": {
    "writerShare": -0.1522,
    "readerShare": 0.6975,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3314,
    "wants": 0,
    "writerFeelings": -0.1383,
    "blamesReader": -0.1022,
    "refuses": 0,
    "chases": -0.0529,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3132,
    "writerOffers": 0.1968,
    "impersonal": -0.1246,
    "timeAskWithoutGift": -0.2485,
    "readerSlot": 0,
    "specifics": 0.1387,
    "readerDetails": 0,
    "attends": 0.0515,
    "vaguePraise": -0.1559,
    "favourAsk": -0.1244,
    "specificToReader": 0.1842,
    "phrasing": 0.2862,
    "me-focus": -0.0046,
    "feature-dump": -0.0989,
    "fake-empathy": -0.2762,
    "pushy": -0.5046,
    "bragging": -0.5624,
    "generic": -0.4815
  }
};
