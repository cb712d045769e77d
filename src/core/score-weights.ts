/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.675), rated pool 10-fold Spearman with the reader 0.547
 * in-sample AUC: real 0.793, synthetic 0.981
 * score = round(compress(50 + 27.72 × (z − -0.39)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.72,
  "center": -0.39,
  "intercept": -0.3794,
  "weights": {
    "writerShare": -0.1638,
    "readerShare": 0.7012,
    "opensWithWriter": 0,
    "writerUnanswered": -0.314,
    "wants": 0,
    "writerFeelings": -0.1315,
    "blamesReader": -0.0994,
    "refuses": 0,
    "chases": -0.0485,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3013,
    "writerOffers": 0.2083,
    "impersonal": -0.1238,
    "timeAskWithoutGift": -0.2495,
    "readerSlot": 0,
    "specifics": 0.1296,
    "readerDetails": 0,
    "attends": 0.0038,
    "vaguePraise": -0.161,
    "favourAsk": -0.0719,
    "specificToReader": 0.1835,
    "phrasing": 0.2879,
    "me-focus": -0.0155,
    "feature-dump": -0.0966,
    "fake-empathy": -0.283,
    "pushy": -0.5032,
    "bragging": -0.4911,
    "generic": -0.4386
  }
};
