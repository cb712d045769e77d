// The CLI benchmark (`npm run bench`, or `node scripts/run-ts.mjs bench/cli.bench.ts`): what
// `outward check` adds to the analysis on a 1 MB file with many findings (DESIGN.md §6 asks for
// linear cost; the budget is CLI ≤ 1.5× analysis). Prints figures; asserts nothing.
//
//   1. in-process: the analysis alone vs `run(['check', FILE])` (reading, analysing, locating and
//      printing every finding), for text and GitHub output, on LF and CRLF line ends
//   2. the built command (dist/cli/outward.cjs) spawned on the same file, start-up included
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/index';
import { run, type CliIO } from '../src/cli/run';

const workDir = mkdtempSync(join(tmpdir(), 'outward-cli-bench-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

// Paragraphs written for this benchmark: each one trips several rules.
const PARAGRAPHS = [
  'I hope this finds you well. We are the leading provider of award-winning analytics, trusted by hundreds of firms.',
  'Just following up on my last email. Act now, this offer ends Friday, so let me know when we can close this.',
  'Our platform offers dashboards, alerts, exports, integrations and single sign-on. We have 20 years of experience.',
  'We apologize for any inconvenience. I know how you feel. Are you the right person to talk to about our solution?',
];

function draft(targetBytes: number, eol: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const paragraph = `Note ${i + 1}: ${PARAGRAPHS[i % PARAGRAPHS.length]}${eol}${eol}`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function io(files: Record<string, Uint8Array>): CliIO & { bytes: number } {
  const sink = {
    bytes: 0,
    readFile: (path: string) => {
      const file = files[path];
      if (!file) throw Object.assign(new Error(path), { code: 'ENOENT' });
      return file;
    },
    readStdin: async () => new Uint8Array(),
    stdout: (chunk: string) => void (sink.bytes += chunk.length),
    stderr: () => undefined,
    stdoutIsTTY: false,
    env: {},
    version: 'bench',
    cwd: workDir,
  };
  return sink;
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
analyze(PARAGRAPHS.join(' ')); // load and warm the analyser once

console.log(`${'input'.padEnd(22)} ${'findings'.padStart(8)} ${'analysis'.padStart(9)} ${'CLI'.padStart(9)}  ratio  budget 1.5`);
let worst = 0;
for (const eol of ['\n', '\r\n']) {
  const text = draft(1024 * 1024, eol);
  const bytes = new TextEncoder().encode(text);
  const findings = analyze(text).findings.length;
  const analysis = Math.min(time(() => analyze(text)), time(() => analyze(text)));
  for (const format of ['text', 'github']) {
    const files = { 'big.txt': bytes };
    const cli = Math.min(
      await timeAsync(() => run(['check', '--no-config', '--format', format, 'big.txt'], io(files))),
      await timeAsync(() => run(['check', '--no-config', '--format', format, 'big.txt'], io(files))),
    );
    const ratio = cli / analysis;
    worst = Math.max(worst, ratio);
    const name = `1 MB ${eol === '\n' ? 'LF' : 'CRLF'}, ${format}`;
    console.log(`${name.padEnd(22)} ${String(findings).padStart(8)} ${ms(analysis)} ${ms(cli)}  ${ratio.toFixed(2)}   ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
  }
}
console.log(`worst CLI/analysis ratio in-process: ${worst.toFixed(2)} (budget 1.5) — ${worst <= 1.5 ? 'OK' : 'OVER'}`);

// The built command, as CI runs it: one process per call, start-up and loading included.
const cli = resolve(process.env.OUTWARD_DIST ?? 'dist', 'cli/outward.cjs');
try {
  readFileSync(cli);
  const file = join(workDir, 'big.txt');
  writeFileSync(file, draft(1024 * 1024, '\n'));
  const start = performance.now();
  const spawned = spawnSync(process.execPath, [cli, 'check', '--no-config', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  const empty = performance.now();
  spawnSync(process.execPath, [cli, 'check', '--no-config', '-'], { input: 'Hi Ana, how did the pilot go?', encoding: 'utf8' });
  const startup = performance.now() - empty;
  console.log(`built CLI on the 1 MB LF file: ${ms(wall)} wall (exit ${spawned.status}), of which start-up with a one-line draft ${ms(startup)}`);
} catch {
  console.log(`built CLI not found at ${cli}; run \`npm run build\` for the spawned figure`);
}
