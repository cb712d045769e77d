// Runs the BUILT command (dist/cli/outward.cjs, or $OUTWARD_DIST/cli/outward.cjs) as a user
// would: real process, real files, real exit codes. A missing build fails loudly; it is never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../core/index';

const root = resolve(__dirname, '../..');
const dist = process.env.OUTWARD_DIST ? resolve(process.env.OUTWARD_DIST) : join(root, 'dist');
const cli = join(dist, 'cli/outward.cjs');

let dir = '';
const SELFISH = 'Hi,\n\nI hope this finds you well. We are the leading provider of award-winning workflow software, trusted by hundreds of firms. Just following up to see if you got my last email. Act now — this offer ends Friday.\n';
const FOCUSED = 'Hi Priya,\n\nYour note about the night shift losing an hour to handovers stuck with me. What does a handover look like on your floor today?\n';

function outward(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failing call: exit 2, exactly one stderr line naming the problem, nothing on stdout. */
function expectBadInput(result: ReturnType<typeof outward>, problem: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^outward: /);
  expect(result.stderr).toMatch(problem);
}

beforeAll(() => {
  if (!existsSync(cli)) {
    throw new Error(`The built CLI is missing at ${cli}. Build it first: \`node build.mjs\` (or \`OUTWARD_DIST=${dist} node build.mjs\`).`);
  }
  dir = mkdtempSync(join(tmpdir(), 'outward-cli-'));
  writeFileSync(join(dir, 'selfish.txt'), SELFISH);
  writeFileSync(join(dir, 'focused.txt'), FOCUSED);
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('outward (built)', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const result = outward(['--version']);
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help on stdout', () => {
    const result = outward(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--min-score N');
  });

  it('reports files in text format with a score line per file and no colour when piped', () => {
    const result = outward(['check', 'selfish.txt', 'focused.txt']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toMatch(/^selfish\.txt: client-focus score \d{1,3}\/100, /m);
    expect(result.stdout).toMatch(/^focused\.txt: client-focus score \d{1,3}\/100, /m);
    // Every finding header points into the file it belongs to.
    for (const header of result.stdout.match(/^\S+:\d+:\d+ /gm) ?? []) expect(header).toMatch(/^(selfish|focused)\.txt:\d+:\d+ $/);
  });

  it('gives the same results as the analyser in-process (the build is not stale)', () => {
    const records = [
      { id: 'a', text: SELFISH, channel: 'cold-email' as const },
      { id: 'b', text: FOCUSED, channel: 'linkedin-message' as const },
      { id: 'c', text: '' },
    ];
    const result = outward(['check', '--jsonl'], records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    parsed.forEach((p, i) => {
      const record = records[i] as (typeof records)[number];
      const expected = analyze(record.text, 'channel' in record ? { channel: record.channel } : {});
      expect(p.score, `score of ${record.id}; rebuild if the analyser changed`).toBe(expected.score);
      expect(p.findings.map((f: { rule: string; start: number; end: number }) => [f.rule, f.start, f.end])).toEqual(expected.findings.map((f) => [f.ruleId, f.start, f.end]));
      for (const f of p.findings) {
        expect(Object.keys(f)).toEqual(['rule', 'category', 'start', 'end', 'message', 'suggestions']);
      }
    });
  });

  it('--format json matches --jsonl scores', () => {
    const json = outward(['check', '--format', 'json', 'selfish.txt', '-'], FOCUSED);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['selfish.txt', '<stdin>']);
    const jsonl = outward(['check', '--jsonl'], `${JSON.stringify({ id: 1, text: SELFISH })}\n${JSON.stringify({ id: 2, text: FOCUSED })}\n`);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).score)).toEqual(doc.files.map((f: { score: number }) => f.score));
  });

  it('exits 1 only when a score falls below --min-score', () => {
    const score = JSON.parse(outward(['check', '--format', 'json', 'selfish.txt']).stdout).files[0].score as number;
    const atScore = outward(['check', '--min-score', String(score), 'selfish.txt']);
    expect(atScore.status).toBe(0);
    const strict = outward(['check', '--min-score', '100', 'selfish.txt']);
    expect(strict.status).toBe(score < 100 ? 1 : 0);
    if (strict.status === 1) expect(strict.stderr).toBe('outward: a score is below --min-score 100\n');
  });

  it('rejects a missing file', () => {
    expectBadInput(outward(['check', 'no-such-draft.txt']), /no-such-draft\.txt: no such file/);
  });

  it('rejects a directory', () => {
    expectBadInput(outward(['check', '.']), /\.: is a directory/);
  });

  it('rejects a binary file', () => {
    expectBadInput(outward(['check', 'logo.png']), /logo\.png: looks like a binary file/);
  });

  it('rejects invalid JSON on a --jsonl line and writes no result for the batch', () => {
    expectBadInput(outward(['check', '--jsonl'], '{"id":1,"text":"Thanks!"}\n{"id":2,"text":"oops"\n'), /stdin line 2: invalid JSON/);
  });

  it('rejects an unknown option', () => {
    expectBadInput(outward(['check', '--fix', 'selfish.txt']), /unknown option '--fix'/);
  });

  it('rejects a bad option value', () => {
    expectBadInput(outward(['check', '--channel', 'carrier-pigeon', 'selfish.txt']), /--channel must be one of/);
    expectBadInput(outward(['check', '--min-score', 'lots', 'selfish.txt']), /--min-score must be a number/);
  });

  it('still reports the good file when another one fails, and exits 2', () => {
    const result = outward(['check', 'focused.txt', 'missing.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('outward: missing.txt: no such file\n');
    expect(result.stdout).toMatch(/^focused\.txt: client-focus score/m);
    expect(result.stdout).not.toContain('missing.txt');
  });
});
