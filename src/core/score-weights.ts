/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.805 (whole messages 0.699), rated pool 10-fold Spearman with the reader 0.565
 * in-sample AUC: real 0.824, synthetic 0.981
 * score = round(compress(50 + 26.44 × (z − -0.451)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.44,
  "center": -0.451,
  "intercept": -0.3354,
  "weights": {
    "writerShare": -0.1716,
    "readerShare": 0.7614,
    "opensWithWriter": 0,
    "writerUnanswered": -0.232,
    "wants": 0,
    "writerFeelings": -0.0669,
    "blamesReader": -0.0877,
    "refuses": 0,
    "chases": -0.0271,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.263,
    "writerOffers": 0.1586,
    "impersonal": -0.1484,
    "timeAskWithoutGift": -0.2638,
    "readerSlot": 0,
    "specifics": 0.1282,
    "readerDetails": 0,
    "attends": 0.0522,
    "vaguePraise": -0.1242,
    "favourAsk": -0.1522,
    "specificToReader": 0.1356,
    "readerAbsent": -0.48,
    "phrasing": 0.2754,
    "me-focus": -0.0266,
    "feature-dump": -0.0655,
    "fake-empathy": -0.2093,
    "pushy": -0.5148,
    "bragging": -0.5176,
    "generic": -0.4404
  }
};
