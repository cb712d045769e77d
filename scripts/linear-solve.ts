/**
 * Solves A x = b for a symmetric positive definite A by Gaussian elimination with partial pivoting
 * and back substitution: the Newton steps of `npm run calibrate` and the ridge fits of the phrase
 * layer (scripts/phrase-model.ts). Deterministic.
 */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const top = m[c]!;
    const p = top[c]!;
    for (let r = c + 1; r < n; r += 1) {
      const row = m[r]!;
      const f = row[c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k += 1) row[k]! -= f * top[k]!;
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
