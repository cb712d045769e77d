/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.665), rated pool 10-fold Spearman with the reader 0.526
 * in-sample AUC: real 0.793, synthetic 0.980
 * score = round(compress(50 + 28.48 × (z − -0.359)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.48,
  "center": -0.359,
  "intercept": -0.3885,
  "weights": {
    "writerShare": -0.161,
    "readerShare": 0.7021,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3137,
    "wants": 0,
    "writerFeelings": -0.1334,
    "blamesReader": -0.0949,
    "refuses": 0,
    "chases": -0.0628,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3019,
    "writerOffers": 0.2179,
    "impersonal": -0.123,
    "timeAskWithoutGift": -0.2256,
    "readerSlot": 0,
    "specifics": 0.1268,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1908,
    "favourAsk": -0.1096,
    "specificToReader": 0.1769,
    "phrasing": 0.2953,
    "me-focus": 0,
    "feature-dump": -0.0983,
    "fake-empathy": -0.2954,
    "pushy": -0.4642,
    "bragging": -0.5033,
    "generic": -0.3067
  }
};
