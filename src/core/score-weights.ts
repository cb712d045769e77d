/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.667), rated pool 10-fold Spearman with the reader 0.514
 * in-sample AUC: real 0.794, synthetic 0.978
 * score = round(compress(50 + 28.6 × (z − -0.367)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.6,
  "center": -0.367,
  "intercept": -0.3862,
  "weights": {
    "writerShare": -0.1611,
    "readerShare": 0.6847,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3041,
    "wants": 0,
    "writerFeelings": -0.1352,
    "blamesReader": -0.0963,
    "refuses": 0,
    "chases": -0.0752,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2927,
    "writerOffers": 0.2199,
    "impersonal": -0.0956,
    "timeAskWithoutGift": -0.2328,
    "readerSlot": 0,
    "specifics": 0.1187,
    "readerDetails": 0.0003,
    "attends": 0,
    "vaguePraise": -0.1985,
    "favourAsk": -0.1233,
    "specificToReader": 0.1743,
    "phrasing": 0.3022,
    "me-focus": -0.0002,
    "feature-dump": -0.101,
    "fake-empathy": -0.2992,
    "pushy": -0.4637,
    "bragging": -0.5059,
    "generic": -0.2632
  }
};
