/**
 * The client-focus score (DESIGN.md §3). One number, 0–100, higher = more client-focused:
 *
 *   score = clamp(round(BASE + Σ contributions), 0, 100)
 *
 * Contributions, each listed in `stats.contributions` for the popup's breakdown:
 *   - per category with findings: −CATEGORY_POINTS × (1 + ½ + ¼ + …) for its n findings, so the
 *     first finding of a kind costs most and one category can cost at most twice its weight;
 *   - writer-vs-reader balance: BALANCE_POINTS × (2 × readerShare − 1), between −BALANCE_POINTS
 *     (all about the writer) and +BALANCE_POINTS (all about the reader), with readerShare
 *     smoothed so a draft with few pronouns sits near zero;
 *   - a real question about the reader (not a request for time): +QUESTION_POINTS;
 *   - something given (a link, an attachment, a finding): +GIFT_POINTS.
 * Nothing depends on length, so a short, specific note can score as high as a long one.
 */
import { CATEGORIES, CATEGORY_IDS } from './categories';
import type { CategoryId, Finding, ScoreContribution } from './types';

export const BASE = 80;
const CATEGORY_POINTS: Readonly<Record<CategoryId, number>> = {
  'me-focus': 12,
  'feature-dump': 12,
  'fake-empathy': 12,
  pushy: 12,
  bragging: 12,
  generic: 12,
};
const BALANCE_POINTS = 10;
/** Pseudo-counts added to each side of the balance so two pronouns do not swing it fully. */
const BALANCE_SMOOTHING = 1.5;
const QUESTION_POINTS = 5;
const GIFT_POINTS = 4;

export interface ScoreInput {
  findings: readonly Finding[];
  writer: number;
  reader: number;
  readerQuestion: boolean;
  gift: boolean;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function score(input: ScoreInput): { score: number; contributions: ScoreContribution[] } {
  const contributions: ScoreContribution[] = [];
  for (const category of CATEGORY_IDS) {
    const n = input.findings.filter((f) => f.category === category).length;
    if (n === 0) continue;
    const points = -CATEGORY_POINTS[category] * (2 - 2 ** (1 - n));
    contributions.push({ key: `category:${category}`, category, label: `${CATEGORIES[category].label} (${n})`, points: round1(points) });
  }
  const share = (input.reader + BALANCE_SMOOTHING) / (input.writer + input.reader + 2 * BALANCE_SMOOTHING);
  const balance = round1(BALANCE_POINTS * (2 * share - 1));
  if (balance !== 0) {
    contributions.push({
      key: 'balance:writer-vs-reader',
      category: null,
      label: balance > 0 ? 'More about them than about you' : 'More about you than about them',
      points: balance,
    });
  }
  if (input.readerQuestion) contributions.push({ key: 'bonus:reader-question', category: null, label: 'Asks them a real question', points: QUESTION_POINTS });
  if (input.gift) contributions.push({ key: 'bonus:gives-first', category: null, label: 'Gives them something', points: GIFT_POINTS });
  const total = BASE + contributions.reduce((sum, c) => sum + c.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), contributions };
}
