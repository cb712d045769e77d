/**
 * The phrase layer's model (src/core/learned/phrasing.ts), shared by `npm run learn-phrases`, which
 * writes the shipped weights, and `npm run calibrate`, which needs the layer's value for each real
 * record from a model that never saw that record's source (stacking; see docs/score.md).
 *
 * A ridge regression of a careful reader's 1–7 rating (moved toward the publisher's label where
 * there is one) over word grams (single words and pairs, as
 * gramsOf() reads them): each message is the row x_g = count_g / √(grams with a weight in it),
 * fit in the dual form. Grams in fewer than MIN_DOCS messages are dropped; the KEEP grams with the
 * largest weights are kept and the model is fit again on them alone, so the shipped weights are
 * the fit of what ships. Deterministic: same data, same weights.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gramsOf } from '../src/core/learned/phrasing';
import { solve } from './linear-solve';

export const MIN_DOCS = 4;
export const KEEP = Number(process.env.OUTWARD_PHRASES_KEEP ?? 400);
export const LAMBDA = Number(process.env.OUTWARD_PHRASES_LAMBDA ?? 1);
/**
 * Where a record also has its publisher's label (the real dev set), the target is the reader's
 * rating moved this many points toward the label: the label is the measure, the rating a second
 * opinion that ranks within it. The pool has ratings only.
 */
export const LABEL_POINTS = Number(process.env.OUTWARD_PHRASES_LABEL ?? 2);
/** The rated files: the unlabelled pool and the real dev set (its reader's ratings and its labels). */
export const RATED_FILES = ['real-pool.jsonl', 'real-dev.jsonl'];

export interface RatedDoc {
  id: string;
  /** The file and the source it was published in: a fold leaves out one source of the dev set. */
  source: string;
  counts: Map<string, number>;
  y: number;
}

/** Gram counts of a message, as src/core/learned/phrasing.ts reads them. */
export function countGrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of gramsOf(text)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

export function loadRated(corpusDir: string, files: readonly string[] = RATED_FILES): RatedDoc[] {
  const docs: RatedDoc[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; source?: string; reader_rating?: number; label?: string };
      if (!r.reader_rating) continue;
      const toward = r.label === 'client' ? 1 : r.label === 'self' ? -1 : 0;
      docs.push({ id: r.id, source: `${file}:${r.source ?? r.id}`, counts: countGrams(r.text), y: r.reader_rating + LABEL_POINTS * toward });
    }
  }
  return docs;
}

function fitRidge(docs: readonly RatedDoc[], vocab: ReadonlySet<string>, lambda: number): Map<string, number> {
  const mean = docs.reduce((s, d) => s + d.y, 0) / docs.length;
  const rows = docs.map((d) => {
    const entries = [...d.counts].filter(([g]) => vocab.has(g));
    const n = entries.reduce((s, [, c]) => s + c, 0);
    return new Map(entries.map(([g, c]) => [g, c / Math.sqrt(Math.max(1, n))]));
  });
  const k = rows.map((a) =>
    rows.map((b) => {
      let s = 0;
      const [small, large] = a.size < b.size ? [a, b] : [b, a];
      for (const [g, v] of small) s += v * (large.get(g) ?? 0);
      return s;
    }),
  );
  k.forEach((row, i) => (row[i]! += lambda));
  const alpha = solve(k, docs.map((d) => d.y - mean));
  const w = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const [g, v] of row) w.set(g, (w.get(g) ?? 0) + alpha[i]! * v);
  });
  return w;
}

export interface PhraseModel {
  /** Grams and weights, sorted by gram, in hundredths as shipped. */
  weights: Array<readonly [string, number]>;
  vocabulary: number;
}

export function learn(docs: readonly RatedDoc[], keep = KEEP, lambda = LAMBDA): PhraseModel {
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const vocab = new Set([...df].filter(([, n]) => n >= MIN_DOCS).map(([g]) => g));
  const first = fitRidge(docs, vocab, lambda);
  const kept = new Set([...first].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, keep).map(([g]) => g));
  const weights = [...fitRidge(docs, kept, lambda)].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([g, w]) => [g, Math.round(w * 100) / 100] as const);
  return { weights, vocabulary: vocab.size };
}

/** A message's phrasing under a model, from its gram counts, as src/core/learned/phrasing.ts computes it in the product. */
export function phrasingWith(weights: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  let count = 0;
  for (const [g, c] of counts) {
    const w = weights.get(g);
    if (w === undefined) continue;
    sum += w * c;
    count += c;
  }
  return count > 0 ? sum / Math.sqrt(count) : 0;
}
