/**
 * The client-focus score's constants, written by `npm run calibrate` (scripts/calibrate.ts);
 * do not edit by hand. See docs/score.md for the formula and how to re-fit it.
 *
 * records: 251 real (126 sources; whole messages weight 1), 124 synthetic (weight 0.3), 545 rated (weight 1); L2 lambda 0.01
 * leave-one-source-out AUC on the real set: 0.774 (whole messages 0.669), rated pool 10-fold Spearman with the reader 0.533
 * in-sample AUC: real 0.795, synthetic 0.980
 * score = round(compress(50 + 28.34 × (z − -0.368)))
 */
import type { FeatureId } from './features';

export const MODEL: { scale: number; center: number; intercept: number; weights: Readonly<Partial<Record<FeatureId, number>>> } = {
  "scale": 28.34,
  "center": -0.368,
  "intercept": -0.3842,
  "weights": {
    "writerShare": -0.1681,
    "readerShare": 0.7029,
    "opensWithWriter": 0,
    "writerUnanswered": -0.3167,
    "wants": 0,
    "writerFeelings": -0.1311,
    "blamesReader": -0.0952,
    "refuses": 0,
    "chases": -0.0644,
    "pronounBalance": 0,
    "readerQuestion": 0,
    "gives": 0.2918,
    "writerOffers": 0.2133,
    "impersonal": -0.1192,
    "timeAskWithoutGift": -0.2712,
    "readerSlot": 0,
    "specifics": 0.126,
    "readerDetails": 0,
    "attends": 0,
    "vaguePraise": -0.1857,
    "favourAsk": -0.1097,
    "specificToReader": 0.1798,
    "phrasing": 0.296,
    "me-focus": -0.0103,
    "feature-dump": -0.0976,
    "fake-empathy": -0.2952,
    "pushy": -0.4898,
    "bragging": -0.4991,
    "generic": -0.3242
  }
};
