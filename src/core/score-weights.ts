/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.773 (whole messages 0.670), rated pool 10-fold Spearman with the reader 0.540
 * in-sample AUC: real 0.793, synthetic 0.980
 * score = round(compress(50 + 27.97 × (z − -0.38)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.97,
  "center": -0.38,
  "intercept": -0.3828,
  "weights": {
    "writerShare": -0.1634,
    "readerShare": 0.7016,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3191,
    "wants": 0,
    "writerFeelings": -0.1316,
    "blamesReader": -0.0991,
    "refuses": 0,
    "chases": -0.0549,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2972,
    "writerOffers": 0.2126,
    "impersonal": -0.1219,
    "timeAskWithoutGift": -0.2524,
    "readerSlot": 0,
    "specifics": 0.1283,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1696,
    "favourAsk": -0.0842,
    "specificToReader": 0.1795,
    "phrasing": 0.2911,
    "me-focus": -0.0057,
    "feature-dump": -0.0978,
    "fake-empathy": -0.288,
    "pushy": -0.489,
    "bragging": -0.4926,
    "generic": -0.3955
  }
};
