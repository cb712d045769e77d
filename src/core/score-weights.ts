/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.775 (whole messages 0.676), rated pool 10-fold Spearman with the reader 0.558
 * in-sample AUC: real 0.794, synthetic 0.981
 * score = round(compress(50 + 27.57 × (z − -0.389)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.57,
  "center": -0.389,
  "intercept": -0.3663,
  "weights": {
    "writerShare": -0.156,
    "readerShare": 0.6983,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3325,
    "wants": 0,
    "writerFeelings": -0.1369,
    "blamesReader": -0.1022,
    "refuses": 0,
    "chases": -0.053,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3147,
    "writerOffers": 0.197,
    "impersonal": -0.1251,
    "timeAskWithoutGift": -0.2506,
    "readerSlot": 0,
    "specifics": 0.1372,
    "readerDetails": 0,
    "attends": 0.0501,
    "vaguePraise": -0.1565,
    "favourAsk": -0.1251,
    "specificToReader": 0.1846,
    "phrasing": 0.2866,
    "me-focus": -0.0023,
    "feature-dump": -0.0987,
    "fake-empathy": -0.2785,
    "pushy": -0.5069,
    "bragging": -0.5083,
    "generic": -0.4749
  }
};
