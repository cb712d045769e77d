/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.777 (whole messages 0.683), rated pool 10-fold Spearman with the reader 0.559
 * in-sample AUC: real 0.796, synthetic 0.981
 * score = round(compress(50 + 27.5 × (z − -0.389)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.5,
  "center": -0.389,
  "intercept": -0.3642,
  "weights": {
    "writerShare": -0.1514,
    "readerShare": 0.6967,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3311,
    "wants": 0,
    "writerFeelings": -0.1381,
    "blamesReader": -0.1022,
    "refuses": 0,
    "chases": -0.0528,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.314,
    "writerOffers": 0.1964,
    "impersonal": -0.1235,
    "timeAskWithoutGift": -0.2484,
    "readerSlot": 0,
    "specifics": 0.138,
    "readerDetails": 0,
    "attends": 0.0506,
    "vaguePraise": -0.1557,
    "favourAsk": -0.124,
    "specificToReader": 0.1841,
    "phrasing": 0.287,
    "me-focus": -0.005,
    "feature-dump": -0.0986,
    "fake-empathy": -0.2765,
    "pushy": -0.5066,
    "bragging": -0.5487,
    "generic": -0.481
  }
};
