/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 0 rated (weight 0); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.770 (whole messages 0.635)
 * in-sample AUC: real 0.809, synthetic 0.973
 * score = round(compress(50 + 18.09 × (z − -0.329)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 18.09,
  "center": -0.329,
  "intercept": -0.506,
  "weights": {
    "writerShare": -0.3572,
    "readerShare": 1.0587,
    "opensWithWriter": 0,
    "writerUnanswered": -0.4757,
    "wants": 0,
    "writerFeelings": -0.3825,
    "blamesReader": -0.4656,
    "refuses": -0.1887,
    "chases": -0.3098,
    "pronounBalance": 0,
    "readerQuestion": 0.0057,
    "gives": 0.5331,
    "writerOffers": 0,
    "impersonal": -0.2882,
    "timeAskWithoutGift": -0.1919,
    "readerSlot": 0.0061,
    "specifics": 0.4097,
    "readerDetails": 0.1061,
    "attends": 0.3553,
    "vaguePraise": -0.408,
    "favourAsk": -0.0902,
    "specificToReader": 0.2198,
    "phrasing": 0.4452,
    "me-focus": -0.2423,
    "feature-dump": -0.2265,
    "fake-empathy": -0.4699,
    "pushy": -0.6741,
    "bragging": -0.9213,
    "generic": 0
  }
};
