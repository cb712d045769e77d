#!/usr/bin/env node
// Runs a TypeScript script (a benchmark, a generator) by bundling it for Node with esbuild into
// a temporary file first, so the project needs no separate TS runtime.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
// Inside node_modules, so ESM imports of the project's packages resolve from the bundle.
const cache = resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'outward-run-'));
const outfile = join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { __DEV__: 'false' },
    logLevel: 'error',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], {
    stdio: 'inherit',
    // The bundle runs from node_modules/.cache; tell project files where the root is.
    env: { OUTWARD_ROOT: process.cwd(), ...process.env },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
