/**
 * `npm run learn-phrases`: learns the phrase layer's weights (src/core/learned/phrasing.ts) and
 * writes them to src/core/learned/weights.ts.
 *
 * A ridge regression of a careful reader's 1–7 rating over word grams (single words and pairs, as
 * gramsOf() reads them), fit on the rated pool (corpus/real-pool.jsonl: real messages with the
 * reader's rating and no publisher's label). Only the pool is used, so the labelled sets the
 * calibration and its leave-one-source-out estimate read (real-dev) and the check set stay unseen
 * by this layer. Grams in fewer than MIN_DOCS messages are dropped; the KEEP grams with the largest
 * weights are kept and the model is fit again on them alone, so the shipped weights are the fit of
 * what ships. Deterministic: same data, same weights.
 *
 * Usage: npm run learn-phrases [-- --corpus DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gramsOf } from '../src/core/learned/phrasing';

const root = process.env.OUTWARD_ROOT ?? process.cwd();
const args = process.argv.slice(2);
const corpusDir = resolve(root, args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : '../shared/corpus');
const MIN_DOCS = 4;
const KEEP = Number(process.env.OUTWARD_PHRASES_KEEP ?? 500);
const LAMBDA = Number(process.env.OUTWARD_PHRASES_LAMBDA ?? 1);

interface Doc {
  counts: Map<string, number>;
  y: number;
}

const docs: Doc[] = [];
for (const line of readFileSync(join(corpusDir, 'real-pool.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { text: string; subject?: string; reader_rating?: number };
  if (!r.reader_rating) continue;
  const counts = new Map<string, number>();
  for (const g of gramsOf(r.text)) counts.set(g, (counts.get(g) ?? 0) + 1);
  docs.push({ counts, y: r.reader_rating });
}
const mean = docs.reduce((s, d) => s + d.y, 0) / docs.length;

/** Solves A x = b by Gaussian elimination with partial pivoting (A symmetric positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    for (let r = c + 1; r < n; r += 1) {
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k += 1) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** Ridge in its dual form over rows x_g = count_g / √(grams with a weight in the doc). */
function fit(vocab: ReadonlySet<string>): Map<string, number> {
  const rows = docs.map((d) => {
    const entries = [...d.counts].filter(([g]) => vocab.has(g));
    const n = entries.reduce((s, [, c]) => s + c, 0);
    return new Map(entries.map(([g, c]) => [g, c / Math.sqrt(Math.max(1, n))]));
  });
  const k = rows.map((a) => rows.map((b) => {
    let s = 0;
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    for (const [g, v] of small) s += v * (large.get(g) ?? 0);
    return s;
  }));
  k.forEach((row, i) => (row[i]! += LAMBDA));
  const alpha = solve(k, docs.map((d) => d.y - mean));
  const w = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const [g, v] of row) w.set(g, (w.get(g) ?? 0) + alpha[i]! * v);
  });
  return w;
}

const df = new Map<string, number>();
for (const d of docs) for (const g of d.counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
const vocab = new Set([...df].filter(([, n]) => n >= MIN_DOCS).map(([g]) => g));
const first = fit(vocab);
const kept = new Set([...first].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP).map(([g]) => g));
const weights = [...fit(kept)].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([g, w]) => [g, Math.round(w * 1000) / 1000] as const);

const file = join(root, 'src/core/learned/weights.ts');
writeFileSync(
  file,
  `/**
 * The phrase layer's weights, written by \`npm run learn-phrases\` (scripts/learn-phrases.ts); do not
 * edit by hand. Ridge regression of a careful reader's 1–7 rating over word grams, fit on the rated
 * pool: ${docs.length} real messages, ${vocab.size} grams in ${MIN_DOCS}+ messages, the ${weights.length} strongest kept
 * and fit again; lambda ${LAMBDA}. A weight is points of rating per gram, before the √ normalisation.
 */
export const PHRASE_WEIGHTS: ReadonlyArray<readonly [string, number]> = ${JSON.stringify(weights)};
`,
);
console.log(`${docs.length} rated messages, ${vocab.size} grams in ${MIN_DOCS}+ messages, kept ${weights.length}; wrote ${file}`);
const top = [...weights].sort((a, b) => a[1] - b[1]);
console.log('lowest:', top.slice(0, 15).map(([g, w]) => `${g} ${w}`).join(', '));
console.log('highest:', top.slice(-15).map(([g, w]) => `${g} ${w}`).join(', '));
