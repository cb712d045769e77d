/**
 * `npm run learn-phrases`: learns the phrase layer's weights (src/core/learned/phrasing.ts; the
 * model is scripts/phrase-model.ts) and writes them to src/core/learned/weights.ts.
 *
 * The target is a careful reader's 1–7 rating, on the rated pool (corpus/real-pool.jsonl) and the
 * real dev set, where it is moved toward the publisher's label (LABEL_POINTS in phrase-model.ts).
 * The check set is never read. Re-run
 * `npm run calibrate` after it: the calibration refits the layer once per left-out source, so its
 * leave-one-source-out estimate stays honest.
 *
 * Usage: npm run learn-phrases [-- --corpus DIR]
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEEP, LABEL_POINTS, LAMBDA, MIN_DOCS, RATED_FILES, learn, loadRated } from './phrase-model';

const root = process.env.OUTWARD_ROOT ?? process.cwd();
const args = process.argv.slice(2);
const corpusDir = resolve(root, args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : '../shared/corpus');

const docs = loadRated(corpusDir);
const { weights, vocabulary } = learn(docs);
const file = join(root, 'src/core/learned/weights.ts');
writeFileSync(
  file,
  `/**
 * The phrase layer's weights, written by \`npm run learn-phrases\` (scripts/learn-phrases.ts); do not
 * edit by hand. Ridge regression of a careful reader's 1–7 rating (moved ${LABEL_POINTS} points toward the
 * publisher's label where there is one) over word grams, fit on
 * ${docs.length} real rated messages (${RATED_FILES.join(', ')}): ${vocabulary} grams in ${MIN_DOCS}+ messages, the ${weights.length}
 * strongest kept and fit again; lambda ${LAMBDA}. A weight is points of rating per gram, before the
 * √ normalisation, in hundredths. Entries "gram|weight", sorted by gram and joined by ";" (the
 * form that costs the in-page bundle least).
 */
export const PHRASE_WEIGHTS = ${JSON.stringify(weights.map(([g, w]) => `${g}|${Math.round(w * 100)}`).join(';'))};
`,
);
console.log(`${docs.length} rated messages, ${vocabulary} grams in ${MIN_DOCS}+ messages, kept ${weights.length} (of ${KEEP}); wrote ${file}`);
const sorted = [...weights].sort((a, b) => a[1] - b[1]);
console.log('lowest:', sorted.slice(0, 15).map(([g, w]) => `${g} ${w}`).join(', '));
console.log('highest:', sorted.slice(-15).map(([g, w]) => `${g} ${w}`).join(', '));
