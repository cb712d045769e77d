/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.773 (whole messages 0.670), rated pool 10-fold Spearman with the reader 0.540
 * in-sample AUC: real 0.793, synthetic 0.980
 * score = round(compress(50 + 27.89 × (z − -0.384)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.89,
  "center": -0.384,
  "intercept": -0.3829,
  "weights": {
    "writerShare": -0.1633,
    "readerShare": 0.7016,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3188,
    "wants": 0,
    "writerFeelings": -0.1318,
    "blamesReader": -0.099,
    "refuses": 0,
    "chases": -0.055,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2971,
    "writerOffers": 0.2125,
    "impersonal": -0.1217,
    "timeAskWithoutGift": -0.2524,
    "readerSlot": 0,
    "specifics": 0.1285,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1696,
    "favourAsk": -0.0842,
    "specificToReader": 0.1794,
    "phrasing": 0.2912,
    "me-focus": -0.0053,
    "feature-dump": -0.0979,
    "fake-empathy": -0.2872,
    "pushy": -0.4883,
    "bragging": -0.4953,
    "generic": -0.3955
  }
};
