/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.809 (whole messages 0.714), rated pool 10-fold Spearman with the reader 0.571
 * real-dev's collections, each scored by a fit without it: first 0.815 (whole messages 0.737), second 0.723 (whole messages 0.635)
 * in-sample AUC: real 0.827, synthetic 0.982
 * score = round(compress(50 + 25.68 × (z − -0.424)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 25.68,
  "center": -0.424,
  "intercept": -0.3351,
  "weights": {
    "writerShare": -0.1686,
    "readerShare": 0.7377,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2237,
    "wants": 0,
    "writerFeelings": -0.074,
    "blamesReader": -0.0772,
    "refuses": -0.009,
    "chases": -0.0158,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2479,
    "writerOffers": 0.161,
    "impersonal": -0.1369,
    "timeAskWithoutGift": -0.2618,
    "readerSlot": 0,
    "specifics": 0.1421,
    "readerDetails": 0,
    "attends": 0.2782,
    "vaguePraise": -0.1038,
    "favourAsk": -0.1477,
    "specificToReader": 0.1356,
    "readerAbsent": -0.4703,
    "exclaims": -0.3512,
    "phrasing": 0.2832,
    "me-focus": -0.054,
    "feature-dump": -0.0605,
    "fake-empathy": -0.2118,
    "pushy": -0.5003,
    "bragging": -0.5168,
    "generic": -0.4356
  }
};
