// The popup and options page against a live draft: the popup shows what the content script
// found, Apply from the popup goes through the editor's input path (one Ctrl+Z undoes it),
// switching a rule off or pausing the site clears highlights without a reload, and no storage
// area ever holds draft text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import type { TabState } from '../../src/platform/protocol';
import { focusDraftStart, highlighted, settled, tabRequest, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';

interface Api {
  tabs: { sendMessage(id: number, message: object): Promise<unknown> };
  storage: { sync: { get(key?: null): Promise<Record<string, unknown>>; clear(): Promise<void> }; local: { get(key?: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

async function state(browser: ExtensionBrowser, page: TestPage): Promise<TabState> {
  return tabRequest<TabState>(browser, page, { type: 'tab/state' });
}

/** The categories underlined in the page (read from the instrumented build's overlay). */
const highlightNames = async (page: TestPage): Promise<string[]> => {
  const names = new Set<string>();
  for (const category of CATEGORY_IDS) if ((await highlighted(page, category)).length > 0) names.add(category);
  return [...names].sort();
};

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    // The instrumented build: its overlay can be read (the shipped one's cannot).
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the popup shows the draft’s score and findings, and Apply from it is undone by one Ctrl+Z', async () => {
    const gmail = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(gmail, '#body');
      await gmail.type(DRAFT);
      const tabId = await browser.tabIdOf(gmail);
      const live = await settled(browser, gmail);
      const before = await gmail.evaluate(() => (document.querySelector('#body') as HTMLElement).innerText);
      const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
      try {
        const shown = await popup.waitFor(() => document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'));
        expect(Number(shown)).toBe(live.report.score);
        const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-finding-id]')].map((e) => e.getAttribute('data-finding-id')));
        expect(ids.sort()).toEqual(live.report.findings.map((f) => f.id).sort());
        const chase = live.report.findings.find((f) => f.ruleId === 'chasing')!;
        await popup.click(`[data-finding-id="${chase.id}"] .ow-button-primary`);
        await gmail.waitFor(() => !(document.querySelector('#body') as HTMLElement).innerText.includes('Just following up'));
      } finally {
        await popup.close();
      }
      await gmail.bringToFront();
      await focusDraftStart(gmail, '#body');
      await gmail.press('Control+z');
      await gmail.waitFor((want: string) => (document.querySelector('#body') as HTMLElement).innerText === want, before);
    } finally {
      await gmail.close();
    }
  });

  test('switching a rule off in the options removes its highlights; pausing the site removes all; nothing stored holds the draft', async () => {
    const gmail = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(gmail, '#body');
      await gmail.type(DRAFT);
      await settled(browser, gmail);
      await until(async () => (await highlighted(gmail, 'bragging')).length > 0, 'a bragging underline');
      const options = await browser.openExtensionPage('options/options.html');
      try {
        await options.waitFor(() => document.querySelector('#rule-superlative-claim') !== null);
        await options.click('#rule-superlative-claim');
        await until(async () => (await highlighted(gmail, 'bragging')).length === 0, 'no bragging underline');
        const left = await highlightNames(gmail);
        expect(left).not.toContain('bragging');
        expect(left).toContain('pushy');
        await options.click('#site-gmail');
        await until(async () => (await highlighted(gmail)).length === 0, 'no underline');
        expect((await state(browser, gmail)).status).toBe('paused');
        const stored = await browser.evaluateInExtension(async () => {
          const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
          const api = (scope.browser ?? scope.chrome)!;
          return JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)]);
        });
        expect(stored).not.toContain('payroll');
        expect(stored).not.toContain('following up');
        expect(stored).toContain('superlative-claim');
      } finally {
        // Leave the settings as a fresh install has them for the next test file.
        await browser.evaluateInExtension(async () => {
          const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
          const api = (scope.browser ?? scope.chrome)!;
          await api.storage.sync.clear();
          await api.storage.local.clear();
        });
        await options.close();
      }
    } finally {
      await gmail.close();
    }
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
