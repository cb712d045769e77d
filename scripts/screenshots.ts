// Generates the README screenshots (`npm run screenshots`, after `npm run build`):
//   docs/screenshots/popup.png            the popup with a draft's score and suggestions
//   docs/screenshots/card.png             a suggestion card beside its underlined words in a Gmail draft
//   docs/screenshots/gmail-light.png      a light Gmail draft with underlines (under a dark OS theme:
//                                         the colours follow the page)
//   docs/screenshots/dark-page.png        the same draft on a page with a dark editor
//   docs/screenshots/linkedin-comment.png a LinkedIn comment box (2026 TipTap editor) with underlines
//   docs/screenshots/connection-note.png  a LinkedIn connection note (a textarea) with underlines
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
const LINKEDIN = 'https://www.linkedin.com';

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
      if ((url.origin === GMAIL || url.origin === LINKEDIN) && url.pathname.startsWith('/__fixtures__/')) {
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

    // Underlines at rest on each kind of page. Each is written only when the underlines appeared.
    const scenes: Array<{ file: string; url: string; editor: string; text: string; dark?: boolean; around: string }> = [
      { file: 'gmail-light.png', url: `${GMAIL}/__fixtures__/gmail/compose.html`, editor: '#body', text: DRAFT, around: '[role="dialog"]' },
      { file: 'dark-page.png', url: `${GMAIL}/__fixtures__/gmail/compose.html`, editor: '#body', text: DRAFT, dark: true, around: '[role="dialog"]' },
      {
        file: 'linkedin-comment.png',
        url: `${LINKEDIN}/__fixtures__/linkedin/comment-tiptap.html`,
        editor: '#comment-1',
        text: 'Great post! We are the industry-leading provider of analytics and I would love to tell you about our award-winning platform.',
        around: 'article',
      },
      {
        file: 'connection-note.png',
        url: `${LINKEDIN}/__fixtures__/linkedin/message-composer.html`,
        editor: '#custom-message',
        text: 'Hi Sam, we are the leading recruiting platform and I would love to connect so I can show you our award-winning product. Just following up on my last note.',
        around: '#note-dialog',
      },
    ];
    for (const scene of scenes) {
      const page = await context.newPage();
      try {
        // The OS says dark for every scene: what is drawn follows the page, not the OS.
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(scene.url);
        if (scene.dark) {
          await page.addStyleTag({ content: 'body, [role="dialog"], .AD, #body { background: #1f1f1f !important; color: #e8eaed !important; }' });
        }
        // The fixture's TipTap box has no TipTap script to drop its placeholder once text is typed.
        await page.evaluate(() => document.querySelectorAll('.is-editor-empty').forEach((e) => e.classList.remove('is-editor-empty')));
        const editor = page.locator(scene.editor).first();
        await editor.focus();
        await page.keyboard.insertText(scene.text);
        const drawn = await page
          .waitForFunction(() => Boolean(document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-mark')), undefined, { timeout: 8000, polling: 100 })
          .then(() => true)
          .catch(() => false);
        if (!drawn) {
          log(`no underlines appeared for ${scene.file}; not written`);
          continue;
        }
        const box = await page.locator(scene.around).first().boundingBox();
        const badge = await page.evaluate(() => {
          const r = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-score')?.getBoundingClientRect();
          return r ? { x: r.left, y: r.top, right: r.right, bottom: r.bottom } : null;
        });
        if (!box) continue;
        const margin = 12;
        const left = Math.max(0, Math.min(box.x, badge?.x ?? box.x) - margin);
        const top = Math.max(0, Math.min(box.y, badge?.y ?? box.y) - margin);
        const right = Math.max(box.x + box.width, badge?.right ?? 0) + margin;
        const bottom = Math.max(box.y + box.height, badge?.bottom ?? 0) + margin;
        await page.screenshot({ path: join(OUT, scene.file), clip: { x: left, y: top, width: Math.min(right, 1100) - left, height: Math.min(bottom, 800) - top } });
        log(`wrote docs/screenshots/${scene.file}`);
      } finally {
        await page.close();
      }
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

/** Clicks the first underlined word and returns the area around it and the card that opens, if any. */
async function openInPageCard(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const word = await page
    .waitForFunction(
      () => {
        const r = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-range[data-category="pushy"] .ow-mark, .ow-mark')?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2, top: r.top, bottom: r.bottom, left: r.left } : null;
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
  // The card and the underlined words it is about.
  const margin = 16;
  const top = Math.max(0, Math.min(found.y, word.top) - margin);
  const left = Math.max(0, Math.min(found.x, word.left) - margin);
  const bottom = Math.max(found.y + found.height, word.bottom) + margin;
  const right = found.x + found.width + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
