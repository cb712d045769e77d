// What a page can do to and learn from Outward, on the SHIPPED build (closed shadow root, no test
// hooks): its own synthetic key, click and pointer events open no card and move no focus, and no
// finding's text is readable anywhere a page script can look.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, settled, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const SELF_DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';

/** Remembers every element the page has now, so elements Outward adds later can be told apart. */
const rememberPage = (page: TestPage): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __known: Set<Element> }).__known = new Set(document.querySelectorAll('*'));
  });

/**
 * Points of a 16 px grid over the window where hit testing lands on an element the page did not
 * have at load and that is not inside the editor: Outward's UI (its badge, an open card). The
 * shadow root is closed, so the page sees only the host element there — but it does see where
 * the UI is drawn, which is what a card opening would change.
 */
const foreignHits = (page: TestPage): Promise<number> =>
  page.evaluate(() => {
    const known = (window as unknown as { __known: Set<Element> }).__known;
    const editor = document.querySelector('#body')!;
    let hits = 0;
    for (let y = 4; y < innerHeight; y += 16) {
      for (let x = 4; x < innerWidth; x += 16) {
        const element = document.elementFromPoint(x, y);
        if (element && !known.has(element) && !editor.contains(element)) hits += 1;
      }
    }
    return hits;
  });

describe.each(BROWSERS)('%s (shipped build)', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the page's synthetic Alt+Shift+N, clicks and pointer events on the underlined words open no card and move no focus; the user's own do", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await rememberPage(page);
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      await settled(browser, page);
      const atRest = await page.waitFor(async () => {
        // The badge is drawn: some points hit Outward's UI.
        const known = (window as unknown as { __known: Set<Element> }).__known;
        return [...document.body.children].some((e) => !known.has(e)) ? true : null;
      });
      expect(atRest).toBe(true);
      const baseline = await foreignHits(page);
      expect(baseline).toBeGreaterThan(0);
      // A page script puts the caret in the flagged words and acts on them as a user would.
      await page.evaluate(() => {
        const editor = document.querySelector('#body') as HTMLElement;
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode()) && !node.textContent!.includes('following up'));
        const at = node!.textContent!.indexOf('following up') + 3;
        getSelection()!.collapse(node!, at);
        const range = document.createRange();
        range.setStart(node!, at);
        range.setEnd(node!, at + 1);
        const box = range.getBoundingClientRect();
        const point = { clientX: box.left, clientY: box.top + box.height / 2, bubbles: true, composed: true };
        const target = node!.parentElement!;
        editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, composed: true }));
        target.dispatchEvent(new PointerEvent('pointerdown', point));
        target.dispatchEvent(new MouseEvent('mousedown', point));
        target.dispatchEvent(new PointerEvent('pointerup', point));
        target.dispatchEvent(new MouseEvent('mouseup', point));
        target.dispatchEvent(new MouseEvent('click', point));
        target.dispatchEvent(new PointerEvent('pointermove', point));
        target.click();
        // The host, whatever it is, gets a click too.
        const known = (window as unknown as { __known: Set<Element> }).__known;
        for (const element of document.body.children) if (!known.has(element)) (element as HTMLElement).click();
      });
      // Handlers run while the events are dispatched and cards are drawn at once: nothing opened.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
      expect(await foreignHits(page)).toBe(baseline);
      // The same key from the user opens the next card and moves focus into it.
      await page.press('Alt+Shift+N');
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await foreignHits(page)).toBeGreaterThan(baseline);
    } finally {
      await page.close();
    }
  });
});
