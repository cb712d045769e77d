// What the user did is never lost or leaked without a word, on the instrumented build (its shadow
// root is open so the test can read the card): "Don't flag this phrase" keeps the draft's words in
// storage.local only and the options page lists them apart; a full list is refused on the card; a
// sync quota error on the options page is shown, the control goes back to what is stored, and the
// other setting changed at the same time is saved; a refused apply keeps its message until the
// card is closed or focus moves on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, settled, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

type Items = Record<string, unknown>;
interface StorageArea {
  get(keys: string | string[] | null): Promise<Items>;
  set(items: Items): Promise<void>;
  clear(): Promise<void>;
}
interface StorageHost {
  storage: { sync: StorageArea; local: StorageArea; session?: StorageArea; managed?: StorageArea };
}

/** Everything in every storage area the extension can read, by area. */
function readAllStorage(browser: ExtensionBrowser): Promise<Record<string, Items>> {
  return browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: StorageHost; chrome?: StorageHost };
    const { storage } = scope.browser?.storage ? scope.browser : scope.chrome!;
    const areas: Record<string, Items> = {};
    for (const name of ['sync', 'local', 'session', 'managed'] as const) {
      // managed is read-only for the extension (an administrator's policy); with no policy it may refuse to answer.
      areas[name] = (await storage[name]?.get(null).catch(() => ({}))) ?? {};
    }
    return areas;
  });
}

/** Empties sync and local, then writes `local` items. */
function resetStorage(browser: ExtensionBrowser, local: Items = {}): Promise<void> {
  return browser.evaluateInExtension(async (items: Items) => {
    const scope = globalThis as unknown as { browser?: StorageHost; chrome?: StorageHost };
    const { storage } = scope.browser?.storage ? scope.browser : scope.chrome!;
    await storage.sync.clear();
    await storage.local.clear();
    await storage.local.set(items);
  }, local);
}

/**
 * Stores the default settings, then fills what is left of the sync quota with padding items
 * (halving the size of the next one whenever the browser refuses it) so that any item that grows
 * by more than a few bytes is refused by the browser's own quota.
 */
function fillSyncQuota(browser: ExtensionBrowser): Promise<number> {
  return browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: StorageHost; chrome?: StorageHost };
    const { storage } = scope.browser?.storage ? scope.browser : scope.chrome!;
    await storage.sync.set({ settings: { version: 1, rules: {}, sensitivity: 'balanced', sites: { gmail: true, linkedin: true }, defaultChannel: 'auto' }, ownNames: [], ignoredPhrases: [] });
    let refusals = 0;
    let index = 0;
    for (let size = 8000; size > 0; ) {
      try {
        await storage.sync.set({ [`pad${index}`]: 'x'.repeat(size) });
        index += 1;
      } catch {
        refusals += 1;
        size = Math.floor(size / 2);
      }
    }
    return refusals;
  });
}

const DRAFT = 'Just following up on my last email. Our award-winning team builds apps.';
/** The words of the card "Don't flag this phrase" is used on. */
const PHRASE = 'Just following up on my last email';

/** The open card's text (null while none is open), found through any open shadow root on the page. */
const cardText = (page: TestPage): Promise<string | null> =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll('*')) {
      const card = element.shadowRoot?.querySelector('.ow-popover');
      // The card's strings are drawn from data-t attributes (no text nodes): read them in order.
      if (card) return [...card.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('');
    }
    return null;
  });

/** Waits for the open card's text to satisfy `wanted` (a substring, or null for "no card"). */
const cardSays = (page: TestPage, wanted: string | null): Promise<unknown> =>
  page.waitFor((text: string | null) => {
    for (const element of document.querySelectorAll('*')) {
      const card = element.shadowRoot?.querySelector('.ow-popover');
      if (card) return text !== null && [...card.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('').includes(text);
    }
    return text === null;
  }, wanted);

/** Types the draft, opens the first finding's card from the keyboard and goes back to the editor. */
async function openCardFromKeyboard(browser: ExtensionBrowser, page: TestPage): Promise<void> {
  await focusDraftStart(page, '#body');
  await page.type(DRAFT);
  await settled(browser, page);
  await page.press('Alt+Shift+N');
  await cardSays(page, 'Just following up');
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("\"Don't flag this phrase\" keeps the draft's words in storage.local's device-only list and nowhere else; the options page lists them apart and deletes them", async () => {
    await resetStorage(browser);
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await openCardFromKeyboard(browser, page);
      await page.click(".ow-card .ow-button-link");
      await cardSays(page, null);
      // The phrase is no longer flagged in this draft.
      await until(async () => {
        const state = await settled(browser, page);
        return !state.report.findings.some((finding) => /following up/i.test(finding.excerpt));
      }, 'the phrase to be left alone');
      const areas = await readAllStorage(browser);
      const { phrasesFromDrafts, ...otherLocal } = areas['local']!;
      expect(phrasesFromDrafts).toEqual({ version: 1, phrases: [PHRASE] });
      for (const [area, items] of Object.entries({ ...areas, local: otherLocal })) {
        expect(JSON.stringify(items).toLowerCase(), area).not.toContain('following up');
      }
      expect(JSON.stringify(areas).toLowerCase()).not.toContain('award-winning');
    } finally {
      await page.close();
    }

    const options = await browser.openExtensionPage('options/options.html');
    try {
      const listed = () => options.evaluate(() => [...document.querySelectorAll('ul[aria-label="Phrases added from drafts"] li span')].map((item) => item.textContent));
      await options.waitFor(() => document.querySelectorAll('ul[aria-label="Phrases added from drafts"] li').length === 1);
      expect(await listed()).toEqual([PHRASE]);
      expect(await options.evaluate(() => (document.getElementById('ignored-phrases') as HTMLTextAreaElement).value)).toBe('');
      await options.evaluate((phrase: string) => [...document.querySelectorAll('button')].find((button) => button.getAttribute('aria-label') === `Delete "${phrase}"`)?.focus(), PHRASE);
      await options.press('Enter');
      await options.waitFor(() => document.querySelectorAll('ul[aria-label="Phrases added from drafts"] li').length === 0);
      const local = await until(async () => {
        const items = (await readAllStorage(browser))['local']!;
        return (items['phrasesFromDrafts'] as { phrases: string[] }).phrases.length === 0 ? items : null;
      }, 'the phrase to be deleted from storage.local');
      expect(local['phrasesFromDrafts']).toEqual({ version: 1, phrases: [] });
    } finally {
      await options.close();
    }
  });

  test("\"Don't flag this phrase\" on a full list says so on the card and saves nothing", async () => {
    const full = Array.from({ length: 100 }, (_, i) => `kept phrase ${i}`);
    await resetStorage(browser, { phrasesFromDrafts: { version: 1, phrases: full } });
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await openCardFromKeyboard(browser, page);
      await page.click('.ow-card .ow-button-link');
      await cardSays(page, 'are full (100 of 100)');
      expect(await cardText(page)).toContain('Just following up');
      expect((await readAllStorage(browser))['local']!['phrasesFromDrafts']).toEqual({ version: 1, phrases: full });
    } finally {
      await page.close();
    }
  });

  test('a sync quota error on the options page is shown, the field goes back to what is stored, and a change made with it is saved', async () => {
    await resetStorage(browser);
    expect(await fillSyncQuota(browser)).toBeGreaterThan(0);
    const options = await browser.openExtensionPage('options/options.html');
    try {
      await options.waitFor(() => document.getElementById('own-names'));
      // Both changes within one pause, so both are written together: the names do not fit, the sensitivity does.
      await options.evaluate(() => {
        const names = document.getElementById('own-names') as HTMLTextAreaElement;
        names.value = 'Acme Corporation International';
        names.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await options.evaluate(() => (document.querySelector('input[value="strict"]') as HTMLInputElement).click());
      await options.waitFor(() => /company and product names were not saved: the browser's sync storage is full/.test(document.querySelector('[role="alert"]')?.textContent ?? ''));
      await options.waitFor(() => (document.getElementById('own-names') as HTMLTextAreaElement).value === '');
      expect(await options.evaluate(() => (document.querySelector('input[value="strict"]') as HTMLInputElement).checked)).toBe(true);
      const sync = await until(async () => {
        const items = (await readAllStorage(browser))['sync']!;
        return (items['settings'] as { sensitivity?: string }).sensitivity === 'strict' ? items : null;
      }, 'the sensitivity to be saved');
      expect(sync['ownNames']).toEqual([]);
      expect(await options.evaluate(() => document.getElementById('own-names-count')?.textContent)).toBe('0 of 100 names, up to 100 characters each');
    } finally {
      await options.close();
      await resetStorage(browser);
    }
  });

  test('the "nothing was applied" message outlives the next analysis and goes when focus moves on or the card is closed', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      for (const leave of ['focus elsewhere', 'close'] as const) {
        await page.evaluate(() => {
          (document.querySelector('#body') as HTMLElement).innerHTML = '<div><br></div>';
        });
        await openCardFromKeyboard(browser, page);
        // Edit the draft while the card is open (a letter glued to its words, so the next analysis
        // no longer has the card's finding), then ask for the now stale edit.
        await focusDraftStart(page, '#body');
        await page.type('X');
        await page.click('.ow-card .ow-button-primary');
        await cardSays(page, 'nothing was applied');
        // The edited draft is analysed again; the card and its message are still there after it.
        await settled(browser, page);
        expect(await cardText(page), leave).toContain('nothing was applied');
        if (leave === 'close') {
          await page.click('.ow-popover .ow-close');
          await cardSays(page, null);
        } else {
          await page.focus('input[name="subjectbox"]');
          await page.waitFor(() => ![...document.querySelectorAll('*')].some((element) => element.shadowRoot?.querySelector('.ow-card-status [data-t]')?.getAttribute('data-t')?.includes('nothing was applied')));
        }
        expect(await page.evaluate(() => (document.querySelector('#body') as HTMLElement).innerText), leave).toContain('XJust following up');
      }
    } finally {
      await page.close();
    }
  });
});
