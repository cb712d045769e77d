// What the user did is never lost or leaked without a word, on the instrumented build (its shadow
// root is open so the test can read the card): a refused apply keeps its message until the card
// is closed or focus moves on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, settled, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const DRAFT = 'Just following up on my last email. Our award-winning team builds apps.';

/** The open card's text (null while none is open), found through any open shadow root on the page. */
const cardText = (page: TestPage): Promise<string | null> =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll('*')) {
      const card = element.shadowRoot?.querySelector('.ow-popover');
      if (card) return card.textContent;
    }
    return null;
  });

/** Waits for the open card's text to satisfy `wanted` (a substring, or null for "no card"). */
const cardSays = (page: TestPage, wanted: string | null): Promise<unknown> =>
  page.waitFor((text: string | null) => {
    for (const element of document.querySelectorAll('*')) {
      const card = element.shadowRoot?.querySelector('.ow-popover');
      if (card) return text !== null && (card.textContent ?? '').includes(text);
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
          await page.waitFor(() => ![...document.querySelectorAll('*')].some((element) => element.shadowRoot?.querySelector('.ow-popover')?.textContent?.includes('nothing was applied')));
        }
        expect(await page.evaluate(() => (document.querySelector('#body') as HTMLElement).innerText), leave).toContain('XJust following up');
      }
    } finally {
      await page.close();
    }
  });
});
