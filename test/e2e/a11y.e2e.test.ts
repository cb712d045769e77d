// axe-core on the extension's own pages in both browsers and both colour schemes: every popup
// state (rendered from sample data through the instrumented build's `?gallery=` route, since
// most states need a real composer or a broken page), the options page (real, and with sample
// rules) and the first-run page. Serious and critical violations fail the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, ROOT, type ExtensionBrowser, type TestPage } from './harness';
import { GALLERY } from '../../src/ui/popup/gallery';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const PAGES: Array<[string, string]> = [
  ...Object.keys(GALLERY).map((state): [string, string] => [`popup: ${state}`, `popup/popup.html?gallery=${state}`]),
  ['options', 'options/options.html'],
  ['options with rules', 'options/options.html?gallery=rules'],
  ['first run', 'firstrun/firstrun.html'],
];

/**
 * Chromium: emulates `prefers-color-scheme` before the page loads. Firefox over WebDriver BiDi
 * has no media emulation (puppeteer's needs CDP) and the harness fixes the profile's prefs, so
 * there the dark theme is applied after render by turning the pages' own
 * `@media (prefers-color-scheme: dark)` blocks on unconditionally, which is everything the dark
 * theme changes in these pages, plus `color-scheme: dark` for the form controls.
 */
async function emulateSchemeBeforeLoad(page: TestPage, scheme: Scheme): Promise<void> {
  if (page.browserName === 'chromium') await (page.raw as PlaywrightPage).emulateMedia({ colorScheme: scheme });
}
async function emulateSchemeAfterRender(page: TestPage, scheme: Scheme): Promise<void> {
  if (page.browserName !== 'firefox' || scheme === 'light') return;
  await page.evaluate(() => {
    for (const style of document.querySelectorAll('style')) {
      style.textContent = (style.textContent ?? '').split('@media (prefers-color-scheme: dark)').join('@media all');
    }
    document.documentElement.style.colorScheme = 'dark';
  });
}

/**
 * Injects axe (extension pages forbid inline and eval'd scripts, but the driver's own
 * evaluation is not subject to the page's CSP) and returns the serious and critical violations.
 */
async function runAxe(page: TestPage): Promise<{ rulesChecked: number; serious: Array<{ id: string; impact: string; targets: string[] }> }> {
  const raw = page.raw as { evaluate(expression: string): Promise<unknown> };
  await raw.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // Open every "Why?" so the text behind it is checked too.
    for (const details of document.querySelectorAll('details')) details.open = true;
    type Result = { id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return {
      rulesChecked: results.violations.length + results.passes.length + results.incomplete.length,
      serious: results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) })),
    };
  });
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(SCHEMES)('%s theme', (scheme) => {
    test.each(PAGES)('%s has no serious or critical violations', async (_label, path) => {
      const page = await browser.newPage();
      await emulateSchemeBeforeLoad(page, scheme);
      await page.goto(browser.extensionBaseUrl + path);
      // Rendered, past the loading state.
      await page.waitFor(() => {
        const heading = document.querySelector('h1, h2');
        return heading !== null && !document.querySelector('[aria-busy="true"]:not(section)') && !/Checking this tab|Loading/.test(document.body.textContent ?? '');
      });
      await emulateSchemeAfterRender(page, scheme);
      // The theme really applied (dark pages have a dark background).
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(27, 29, 33)' : 'rgb(255, 255, 255)');
      const { rulesChecked, serious } = await runAxe(page);
      // axe really ran its checks (colour contrast, names, roles …) on this page.
      expect(rulesChecked).toBeGreaterThan(15);
      expect(serious).toEqual([]);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });
  });

  test('popup results: Tab reaches every control in order with a visible focus ring; Enter and Space activate them', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.extensionBaseUrl}popup/popup.html?gallery=results`);
    await page.waitFor(() => document.querySelector('[role="meter"]') !== null);
    await page.bringToFront();
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('button, summary, a[href], input, select, textarea')].map((element) => element.textContent?.trim() ?? ''),
    );
    expect(controls.length).toBeGreaterThan(10);
    const reached: Array<{ text: string; outline: string }> = [];
    for (let step = 0; step < controls.length; step++) {
      await page.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          return { text: active.textContent?.trim() ?? '', outline: getComputedStyle(active).outlineStyle };
        }),
      );
    }
    expect(reached.map((entry) => entry.text)).toEqual(controls);
    expect(reached.filter((entry) => entry.outline !== 'solid')).toEqual([]);

    // Enter on the focused "Dismiss" of the first card removes that card (the gallery's mock dismisses).
    await page.evaluate(() => (document.querySelector('.ow-card') as HTMLElement).querySelectorAll('button')[1]?.focus());
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dismiss');
    const before = await page.evaluate(() => document.querySelectorAll('.ow-card').length);
    await page.press('Enter');
    await page.waitFor((count: number) => document.querySelectorAll('.ow-card').length === count - 1, before);

    // Space on "Pause on Gmail" pauses.
    await page.evaluate(() => (document.querySelector('header button') as HTMLElement).focus());
    await page.press('Space');
    await page.waitFor(() => document.querySelector('main h2')?.textContent === 'Outward is paused on Gmail');
    await page.close();
  });
});
