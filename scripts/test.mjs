#!/usr/bin/env node
// `npm test`: everything that must pass before a change lands, in order, failing loudly.
//
//   1. the two browsers the end-to-end tests drive, and the fonts a user's desktop has (installed
//      with apt-get when running as root): underlines must hold with many fonts, not only the
//      browsers' minimal set
//   2. type check, lint
//   3. production build, twice, with byte-identical zips
//   4. unit and component tests (vitest projects "node" and "dom")
//   5. package checks on the build (manifest, web-ext lint allowlist, bundle scan, sizes)
//   6. end-to-end tests in Chromium and Firefox ESR (vitest project "e2e")
//
// Never skips a step: a missing browser or font is installed or the run fails with the command to run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BROWSERS = [
  { name: 'Chromium', path: process.env.OUTWARD_CHROMIUM ?? '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', path: process.env.OUTWARD_FIREFOX ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];
/**
 * Fonts the end-to-end tests run with, as on a user's machine (desktop Debian pulls these in):
 * text laid out with font fallback, sub-pixel advances and CJK glyphs. Present when the file is
 * there or dpkg says the package is installed.
 */
const FONTS = [
  { name: 'Liberation', apt: 'fonts-liberation', file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf' },
  { name: 'DejaVu', apt: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { name: 'Noto CJK', apt: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
  { name: 'Noto Mono', apt: 'fonts-noto-mono', file: '/usr/share/fonts/truetype/noto/NotoMono-Regular.ttf' },
  { name: 'URW base35', apt: 'fonts-urw-base35', file: '/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf' },
];
const onlyFast = process.argv.includes('--no-e2e');
const totals = { passed: 0, failed: 0 };
const started = Date.now();

function step(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function mustRun(command, args, what) {
  const status = run(command, args);
  if (status !== 0) finish(`${what} failed (exit ${status})`);
}

function finish(failure) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  if (failure) {
    console.error(`\nnpm test: FAILED — ${failure} (${minutes} min)`);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`\nnpm test: all checks passed (${minutes} min)`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(0);
}

/** Runs vitest projects and adds their counts to the totals. */
function vitest(projects, what) {
  mkdirSync('test-results', { recursive: true });
  const report = join('test-results', `${projects.join('-')}.json`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const status = run('npx', args, { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests ?? 0;
    totals.failed += result.numFailedTests ?? 0;
    if ((result.numTotalTests ?? 0) === 0) finish(`${what}: no tests ran`);
    if ((result.numPendingTests ?? 0) + (result.numTodoTests ?? 0) > 0) {
      finish(`${what}: ${result.numPendingTests + result.numTodoTests} test(s) skipped — nothing may be skipped`);
    }
  }
  if (status !== 0) finish(`${what} failed`);
}

/** Whether dpkg lists a package as installed (false where there is no dpkg). */
function dpkgInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
}

function ensureSystemPackages() {
  const missingBrowsers = BROWSERS.filter((browser) => !existsSync(browser.path));
  const missingFonts = FONTS.filter((font) => !existsSync(font.file) && !dpkgInstalled(font.apt));
  const missing = [...missingBrowsers, ...missingFonts];
  if (missing.length === 0) {
    console.log(`browsers: ${BROWSERS.map((b) => b.path).join(', ')}; fonts: ${FONTS.map((f) => f.apt).join(', ')}`);
    return;
  }
  const packages = missing.map((item) => item.apt).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    finish(`missing ${missing.map((item) => item.name).join(', ')}; install with: sudo apt-get update && sudo apt-get install -y ${packages}`);
  }
  console.log(`installing ${packages} with apt-get (running as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) finish('apt-get update failed');
  if (run('apt-get', ['install', '-y', '-qq', ...missing.map((item) => item.apt)], { env }) !== 0) finish(`apt-get install ${packages} failed`);
  const stillMissing = [
    ...BROWSERS.filter((browser) => !existsSync(browser.path)).map((browser) => browser.path),
    ...FONTS.filter((font) => !existsSync(font.file) && !dpkgInstalled(font.apt)).map((font) => `${font.apt} (${font.file})`),
  ];
  if (stillMissing.length) finish(`still missing after install: ${stillMissing.join(', ')}`);
}

function zipDigests() {
  return Object.fromEntries(
    readdirSync('dist')
      .filter((file) => file.endsWith('.zip'))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join('dist', file))).digest('hex')]),
  );
}

if (!onlyFast) {
  step('browsers and fonts for the end-to-end tests');
  ensureSystemPackages();
}

step('type check');
mustRun('npx', ['tsc', '--noEmit', '-p', '.'], 'type check');

step('lint');
mustRun('npx', ['eslint', '--max-warnings=0', '.'], 'lint');

step('build (twice: the store zips must be byte-identical)');
mustRun('node', ['build.mjs'], 'build');
const first = zipDigests();
mustRun('node', ['build.mjs'], 'second build');
const second = zipDigests();
if (Object.keys(first).length !== 2) finish(`expected two zips in dist/, found ${Object.keys(first).join(', ') || 'none'}`);
for (const [file, digest] of Object.entries(first)) {
  if (second[file] !== digest) finish(`${file} differs between two builds of the same commit`);
  console.log(`${file}  sha256 ${digest}  (same in both builds)`);
}

step('unit and component tests');
vitest(['node', 'dom'], 'unit and component tests');

step('package checks on the built extension');
vitest(['package'], 'package checks');

if (!onlyFast) {
  step('end-to-end tests in Chromium and Firefox ESR');
  vitest(['e2e'], 'end-to-end tests');
}

finish(null);
