#!/usr/bin/env node
// `npm run bench`: prints the performance figures behind the budgets of DESIGN.md §6.
//   1. bundle sizes (raw and gzip) of every shipped script and page
//   2. the analyser benchmark (bench/core.bench.ts): parse vs analysis, incremental, start-up
//   3. the CLI benchmark (bench/cli.bench.ts): `outward check` time against analysis time on 1 MB
//   4. the end-to-end benchmark (bench/e2e.bench.ts): typing, page load, first highlights
// Figures are printed, never asserted by timing in unit tests. `--sizes` stops after step 1; `--cli` runs step 3 alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = { 'content.js': 150 * 1024, popup: 15 * 1024 };

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('dist/chrome/manifest.json')) run(['build.mjs']);

function files(directory) {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\n== Bundle sizes (dist/chrome; dist/firefox has the same scripts) ==');
console.log(`${'file'.padEnd(28)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
let popupGzip = 0;
for (const file of files('dist/chrome').filter((f) => /\.(?:js|css|html)$/.test(f)).sort()) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const name = relative('dist/chrome', file);
  if (name.startsWith('popup/')) popupGzip += gzip;
  console.log(`${name.padEnd(28)} ${kb(bytes.length).padStart(10)} ${kb(gzip).padStart(10)}`);
}
const contentGzip = gzipSync(readFileSync('dist/chrome/content.js'), { level: 9 }).length;
const verdict = (value, budget) => (value <= budget ? 'PASS' : 'OVER');
console.log(`content script: ${kb(contentGzip)} gzip, budget ${kb(BUDGETS['content.js'])} — ${verdict(contentGzip, BUDGETS['content.js'])}`);
console.log(`popup (js+css+html): ${kb(popupGzip)} gzip, budget ${kb(BUDGETS.popup)} — ${verdict(popupGzip, BUDGETS.popup)}`);
for (const file of readdirSync('dist').filter((f) => f.endsWith('.zip')).sort()) {
  console.log(`${file}: ${kb(statSync(join('dist', file)).size)}`);
}
if (process.argv.includes('--sizes')) process.exit(0);
if (process.argv.includes('--cli')) {
  run(['scripts/run-ts.mjs', 'bench/cli.bench.ts']);
  process.exit(0);
}

for (const bench of ['bench/core.bench.ts', 'bench/cli.bench.ts', 'bench/e2e.bench.ts']) {
  if (!existsSync(bench)) {
    console.error(`\n${bench} is missing`);
    process.exit(1);
  }
  console.log(`\n== ${bench} ==`);
  run(['scripts/run-ts.mjs', bench]);
}
