// The built extension loads in both browsers, its content script answers on Gmail and LinkedIn
// pages and is absent elsewhere, and its own pages open without console errors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

/** Asks the content script of a tab for its state, from an extension context. */
async function askTab(browser: ExtensionBrowser, page: TestPage): Promise<{ answered: boolean; status?: string }> {
  const tabId = await browser.tabIdOf(page);
  return browser.evaluateInExtension(async (id: number) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    try {
      const state = (await api.tabs.sendMessage(id, { type: 'tab/state' })) as { status?: string } | undefined;
      return { answered: state !== undefined, status: state?.status };
    } catch {
      return { answered: false };
    }
  }, tabId);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['Gmail', 'gmail/new-message.html', 'gmail'],
    ['LinkedIn', 'linkedin/messaging.html', 'linkedin'],
  ] as const)('the content script runs on %s', async (_site, path, host) => {
    const page = await browser.openFixture(path, host);
    const state = await page.waitFor(() => document.readyState === 'complete').then(() => askTab(browser, page));
    expect(state.answered).toBe(true);
    expect(state.status).toBe('no-composer');
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  test('the content script does not run on other origins', async () => {
    const page = await browser.openFixture('gmail/new-message.html', 'other');
    await page.waitFor(() => document.readyState === 'complete');
    expect(await askTab(browser, page)).toEqual({ answered: false });
    await page.close();
  });

  test.each(['popup/popup.html', 'options/options.html', 'firstrun/firstrun.html'])('%s opens without console errors', async (path) => {
    const page = await browser.openExtensionPage(path);
    await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
    expect(page.consoleErrors).toEqual([]);
    expect(page.pageErrors).toEqual([]);
    await page.close();
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});

declare const chrome: { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } };
