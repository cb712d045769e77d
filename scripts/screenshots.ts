// Generates the README screenshots (`npm run screenshots`, after `npm run build`):
//   docs/screenshots/popup.png   the popup with a draft's score and suggestions
//   docs/screenshots/card.png    a suggestion card in a Gmail draft
//
// It loads the built extension (dist/e2e/chrome, or $OUTWARD_DIST/e2e/chrome) into Debian's
// Chromium, serves the Gmail fixture at its real address, types a self-oriented draft into the
// fixture's compose box and photographs the popup for that tab and the first in-page card.
// When the fixture or the content script cannot produce them (no compose box in the fixture,
// no findings), it falls back to the popup's sample-data gallery (instrumented build only) and
// says so on stderr, so the README never shows a blank image silently.
//
// playwright-core is loaded with require() from the project root: this file runs from a
// temporary bundle (scripts/run-ts.mjs), where ESM package resolution would not find it.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const ROOT = process.cwd();
const require = createRequire(join(ROOT, 'package.json'));
const { chromium } = require('playwright-core') as typeof import('playwright-core');

const DIST = process.env.OUTWARD_DIST ? resolve(process.env.OUTWARD_DIST) : join(ROOT, 'dist');
const EXTENSION = join(DIST, 'e2e', 'chrome');
const OUT = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.OUTWARD_CHROMIUM ?? '/usr/bin/chromium';
const GMAIL = 'https://mail.google.com';

/** An invented outreach draft that is mostly about the writer. */
const DRAFT = [
  'Hi Sam,',
  '',
  'I hope this email finds you well. I wanted to reach out because we are the leading provider of onboarding software and our platform has 40 integrations, SSO and advanced analytics.',
  '',
  'Just following up — when can we get 30 minutes on your calendar?',
].join('\n');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function log(message: string) {
  process.stderr.write(`screenshots: ${message}\n`);
}

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no instrumented build at ${EXTENSION}: run \`npm run build\` first`);
  mkdirSync(OUT, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'outward-shots-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 800 },
      colorScheme: 'light',
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    // Fixtures at their real origins; nothing else leaves the machine.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (/^(?:chrome-extension|data|blob):/.test(url.protocol)) return route.continue();
      if (url.origin === GMAIL && url.pathname.startsWith('/__fixtures__/')) {
        const file = join(ROOT, 'test', 'fixtures', normalize(decodeURIComponent(url.pathname.slice('/__fixtures__/'.length))));
        if (file.startsWith(join(ROOT, 'test', 'fixtures')) && existsSync(file)) {
          return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
        }
      }
      return route.abort('blockedbyclient');
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;

    const gmail = await context.newPage();
    await gmail.goto(`${GMAIL}/__fixtures__/gmail/compose.html`);
    const typed = await typeDraft(gmail);
    const tabId = await worker.evaluate(async (target: string) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? null;
    }, gmail.url());

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    let real = false;
    if (typed && tabId !== null) {
      await popup.goto(`${base}popup/popup.html?tabId=${tabId}`);
      real = await popup
        .waitForSelector('[role="meter"]', { timeout: 8000 })
        .then(() => true)
        .catch(() => false);
    }
    if (!real) {
      log('the fixture draft produced no results in the popup; using the sample-data gallery');
      await popup.goto(`${base}popup/popup.html?gallery=results`);
      await popup.waitForSelector('[role="meter"]');
    }
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    log(`wrote docs/screenshots/popup.png (${real ? 'from the Gmail fixture' : 'sample data'})`);

    await gmail.bringToFront();
    const card = typed ? await openInPageCard(gmail) : null;
    if (card) {
      await gmail.screenshot({ path: join(OUT, 'card.png'), clip: card });
      log('wrote docs/screenshots/card.png (in-page card on the Gmail fixture)');
    } else {
      log('no in-page card appeared; photographing the same card component in the popup instead');
      await popup.bringToFront();
      // The second sample card has an Apply button, which shows more of the card.
      const cards = popup.locator('.ow-card');
      await cards.nth((await cards.count()) > 1 ? 1 : 0).screenshot({ path: join(OUT, 'card.png') });
      log('wrote docs/screenshots/card.png (sample data)');
    }
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Types the draft into the fixture's compose box; false when the fixture has none. */
async function typeDraft(page: Page): Promise<boolean> {
  const box = page.locator('[g_editable="true"], [contenteditable="true"][role="textbox"]').first();
  if ((await box.count()) === 0) return false;
  // Focus, not click: a click lands at the end of the signature, which Outward ignores.
  await box.focus();
  await page.keyboard.insertText(DRAFT);
  return true;
}

/** Clicks the first highlighted word and returns the area around the card that opens, if any. */
async function openInPageCard(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const word = await page
    .waitForFunction(
      () => {
        let rect: DOMRect | null = null;
        CSS.highlights.forEach((highlight, name) => {
          if (rect || !name.startsWith('outward-')) return;
          highlight.forEach((range) => {
            rect ??= (range as Range).getBoundingClientRect();
          });
        });
        const r = rect as DOMRect | null;
        return r && r.width > 0 ? { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 } : null;
      },
      undefined,
      { timeout: 8000, polling: 100 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!word) return null;
  await page.mouse.click(word.x, word.y);
  const found = await page
    .waitForFunction(
      () => {
        const find = (root: Document | ShadowRoot): Element | null => {
          const card = root.querySelector('.ow-card');
          if (card) return card;
          for (const element of root.querySelectorAll('*')) {
            const inner = element.shadowRoot ? find(element.shadowRoot) : null;
            if (inner) return inner;
          }
          return null;
        };
        const card = find(document);
        if (!card) return null;
        const rect = card.getBoundingClientRect();
        return rect.width > 0 ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
      },
      undefined,
      { timeout: 8000, polling: 100 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!found) return null;
  const margin = 16;
  return { x: Math.max(0, found.x - margin), y: Math.max(0, found.y - margin), width: found.width + 2 * margin, height: found.height + 2 * margin };
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
