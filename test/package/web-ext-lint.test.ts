// `web-ext lint` on the built Firefox package: no errors, and every warning or notice must be
// listed in web-ext-lint-allowlist.json with the reason we accept it. A new one fails here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface Message {
  code: string;
  file?: string;
  message: string;
}
interface Allowed {
  code: string;
  file: string;
  reason: string;
}

test('web-ext lint reports no errors and only allowlisted warnings', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', join(root, 'dist/firefox'), '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  const start = run.stdout.indexOf('{');
  expect(start, `web-ext printed no JSON: ${run.stderr}`).toBeGreaterThanOrEqual(0);
  const report = JSON.parse(run.stdout.slice(start)) as { errors: Message[]; warnings: Message[]; notices: Message[] };
  expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);

  const allowlist = JSON.parse(readFileSync(join(root, 'web-ext-lint-allowlist.json'), 'utf8')) as Allowed[];
  for (const entry of allowlist) expect(entry.reason.length, `${entry.code} needs a reason`).toBeGreaterThan(10);
  const key = (m: { code: string; file?: string }) => `${m.code} ${m.file ?? ''}`;
  const allowed = new Set(allowlist.map(key));
  const found = [...report.warnings, ...report.notices];
  expect(found.filter((m) => !allowed.has(key(m))).map((m) => `${key(m)}: ${m.message}`)).toEqual([]);
  // A stale entry hides nothing but misleads readers: keep the list exact.
  const seen = new Set(found.map(key));
  expect(allowlist.filter((entry) => !seen.has(key(entry))).map(key)).toEqual([]);
});
