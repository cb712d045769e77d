#!/usr/bin/env node
// `npm run demo`: see Outward work without a Google or LinkedIn account. Launches Debian's
// Chromium with the built extension and serves the fixture pages in test/fixtures/ at the real
// origins (request interception, so the shipped manifest runs unchanged).
//   - With a display ($DISPLAY set): opens the Gmail and LinkedIn compose fixtures and leaves
//     the browser open; type into the drafts and watch the underlines and the score badge.
//   - Without one: types a sample draft into the Gmail fixture headless, prints what Outward
//     found and saves a screenshot to dist/demo.png. The shipped build keeps its underlines where
//     no page script can read them, so this mode loads the test build (dist/e2e/chrome: the same
//     extension with its shadow root open) to print them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.OUTWARD_DIST ?? join(root, 'dist'));
if (!existsSync(join(dist, 'chrome', 'manifest.json')) || !existsSync(join(dist, 'e2e', 'chrome', 'manifest.json'))) {
  const built = spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync('/usr/bin/chromium')) {
  console.error('outward demo: Chromium is missing. Install it with: sudo apt-get install -y chromium');
  process.exit(2);
}

const headed = Boolean(process.env.DISPLAY);
const profile = mkdtempSync(join(tmpdir(), 'outward-demo-'));
const extension = headed ? join(dist, 'chrome') : join(dist, 'e2e', 'chrome');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: !headed,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--no-first-run'],
});
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
await context.route(/^https:\/\/(mail\.google\.com|www\.linkedin\.com)\//, async (route) => {
  const path = new URL(route.request().url()).pathname;
  const file = normalize(join(root, 'test', 'fixtures', path.replace(/^\/__fixtures__\//, '')));
  if (!path.startsWith('/__fixtures__/') || !file.startsWith(join(root, 'test', 'fixtures')) || !existsSync(file)) return route.abort();
  return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'text/plain', body: readFileSync(file) });
});
const cleanup = async () => {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
};

// Content scripts are registered once the extension has started: wait for its service worker.
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
const gmail = await context.newPage();
await gmail.goto('https://mail.google.com/__fixtures__/gmail/compose.html');
if (headed) {
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/__fixtures__/linkedin/message-composer.html');
  console.log('Outward demo: the Gmail and LinkedIn compose fixtures are open with the extension loaded.');
  console.log('Type a draft (try "We are the industry-leading provider… Just following up!"), pause, and watch.');
  console.log('Close the browser window or press Ctrl+C to end.');
  context.on('close', () => rmSync(profile, { recursive: true, force: true }));
  process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
} else {
  const draft = 'Hi Dana,\n\nWe are the industry-leading provider of payroll software, trusted by Fortune 500 companies. Just following up on my last email. Would you be open to a quick call this week?';
  await gmail.focus('#body');
  await gmail.keyboard.type(draft);
  const underlined = () => [...(document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelectorAll('.ow-range') ?? [])].map((range) => `${range.dataset.category}: “${range.dataset.text}”`);
  await gmail.waitForFunction(`(${underlined})().length > 0`, undefined, { timeout: 15_000 }).catch(() => undefined);
  const found = await gmail.evaluate(`(${underlined})()`);
  if (found.length === 0) {
    console.error('outward demo: no underlines appeared within 15 s');
    await cleanup();
    process.exit(1);
  }
  console.log('Outward demo (headless): typed a sample cold email into the Gmail compose fixture.\n');
  console.log(draft.replace(/^/gm, '    '), '\n');
  console.log('Underlined by Outward:');
  for (const line of found) console.log(`  - ${line}`);
  await gmail.screenshot({ path: join(dist, 'demo.png') });
  console.log(`\nScreenshot: ${join(dist, 'demo.png')}. Run with a display ($DISPLAY) to try it yourself.`);
  await cleanup();
}
