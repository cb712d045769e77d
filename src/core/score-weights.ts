/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.806 (whole messages 0.700), rated pool 10-fold Spearman with the reader 0.565
 * in-sample AUC: real 0.825, synthetic 0.981
 * score = round(compress(50 + 26.31 × (z − -0.461)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 26.31,
  "center": -0.461,
  "intercept": -0.3232,
  "weights": {
    "writerShare": -0.1709,
    "readerShare": 0.7522,
    "opensWithWriter": 0,
    "writerUnanswered": -0.2288,
    "wants": 0,
    "writerFeelings": -0.0662,
    "blamesReader": -0.0881,
    "refuses": 0,
    "chases": -0.0294,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2597,
    "writerOffers": 0.1563,
    "impersonal": -0.1549,
    "timeAskWithoutGift": -0.265,
    "readerSlot": 0,
    "specifics": 0.1305,
    "readerDetails": 0,
    "attends": 0.0502,
    "vaguePraise": -0.1265,
    "favourAsk": -0.1508,
    "specificToReader": 0.1331,
    "readerAbsent": -0.5016,
    "phrasing": 0.2745,
    "me-focus": -0.0305,
    "feature-dump": -0.0666,
    "fake-empathy": -0.2104,
    "pushy": -0.5089,
    "bragging": -0.5161,
    "generic": -0.4348
  }
};
