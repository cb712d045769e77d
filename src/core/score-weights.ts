/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.675), rated pool 10-fold Spearman with the reader 0.546
 * in-sample AUC: real 0.794, synthetic 0.981
 * score = round(compress(50 + 27.77 × (z − -0.391)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 27.77,
  "center": -0.391,
  "intercept": -0.3785,
  "weights": {
    "writerShare": -0.1635,
    "readerShare": 0.7026,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3147,
    "wants": 0,
    "writerFeelings": -0.1311,
    "blamesReader": -0.0989,
    "refuses": 0,
    "chases": -0.0497,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.3035,
    "writerOffers": 0.2107,
    "impersonal": -0.1237,
    "timeAskWithoutGift": -0.2517,
    "readerSlot": 0,
    "specifics": 0.1297,
    "readerDetails": 0,
    "attends": 0.0008,
    "vaguePraise": -0.1632,
    "favourAsk": -0.0745,
    "specificToReader": 0.1785,
    "phrasing": 0.2879,
    "me-focus": -0.0167,
    "feature-dump": -0.0968,
    "fake-empathy": -0.2835,
    "pushy": -0.5034,
    "bragging": -0.492,
    "generic": -0.4298
  }
};
