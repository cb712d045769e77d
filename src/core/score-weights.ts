/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.805 (whole messages 0.699), rated pool 10-fold Spearman with the reader 0.566
 * in-sample AUC: real 0.824, synthetic 0.981
 * score = round(compress(50 + 26.46 × (z − -0.451)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.46,
  "center": -0.451,
  "intercept": -0.3358,
  "weights": {
    "writerShare": -0.1733,
    "readerShare": 0.7623,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2309,
    "wants": 0,
    "writerFeelings": -0.0695,
    "blamesReader": -0.0876,
    "refuses": 0,
    "chases": -0.0272,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2627,
    "writerOffers": 0.1598,
    "impersonal": -0.1502,
    "timeAskWithoutGift": -0.2643,
    "readerSlot": 0,
    "specifics": 0.1287,
    "readerDetails": 0,
    "attends": 0.0515,
    "vaguePraise": -0.1246,
    "favourAsk": -0.1528,
    "specificToReader": 0.1357,
    "readerAbsent": -0.4798,
    "phrasing": 0.2748,
    "me-focus": -0.0269,
    "feature-dump": -0.0617,
    "fake-empathy": -0.21,
    "pushy": -0.5148,
    "bragging": -0.5178,
    "generic": -0.4388
  }
};
