/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.805 (whole messages 0.699), rated pool 10-fold Spearman with the reader 0.565
 * in-sample AUC: real 0.824, synthetic 0.981
 * score = round(compress(50 + 26.37 × (z − -0.454)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.37,
  "center": -0.454,
  "intercept": -0.3356,
  "weights": {
    "writerShare": -0.1698,
    "readerShare": 0.7628,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2326,
    "wants": 0,
    "writerFeelings": -0.0672,
    "blamesReader": -0.0879,
    "refuses": 0,
    "chases": -0.0282,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2624,
    "writerOffers": 0.1579,
    "impersonal": -0.1486,
    "timeAskWithoutGift": -0.2639,
    "readerSlot": 0,
    "specifics": 0.1282,
    "readerDetails": 0,
    "attends": 0.0538,
    "vaguePraise": -0.1249,
    "favourAsk": -0.1646,
    "specificToReader": 0.1354,
    "readerAbsent": -0.4795,
    "phrasing": 0.2756,
    "me-focus": -0.0277,
    "feature-dump": -0.0662,
    "fake-empathy": -0.21,
    "pushy": -0.5095,
    "bragging": -0.5153,
    "generic": -0.4361
  }
};
