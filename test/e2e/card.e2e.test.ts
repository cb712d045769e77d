// The in-page card, on the instrumented build (its shadow root is open there so the test can see
// inside; the shipped build closes it): clicking an underline opens the card, Apply changes the
// draft through the editor's input path, Escape returns focus to the editor, and a draft edited
// after the card opened refuses to apply and says so. The card stays inside the window beside
// its underline whether the composer sits at the top or the bottom edge, and follows it when the
// page scrolls.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const DRAFT = 'Just following up on my last email. Our award-winning team builds apps.';

/**
 * Centre of the start of the first underline of a category (drawn in the overlay), in viewport
 * coordinates — once the underline sits on its words where the page has them now (the overlay
 * follows the editor within a frame when the page moves it).
 */
function underline(page: TestPage, category: string): Promise<{ x: number; y: number }> {
  return page.waitFor<{ x: number; y: number } | null, string>((name: string) => {
    const group = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector<HTMLElement>(`.ow-range[data-category="${name}"]`);
    const rect = group?.querySelector('.ow-mark')?.getBoundingClientRect();
    const head = (group?.dataset['text'] ?? '').slice(0, 8);
    if (!rect || rect.width === 0 || !head) return null;
    const walker = document.createTreeWalker(document.querySelector('#body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(head);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const words = range.getBoundingClientRect();
      return Math.abs(words.left - rect.left) < 1 && Math.abs(words.top - rect.top) < 1 ? { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, category) as Promise<{ x: number; y: number }>;
}

const cardText = (page: TestPage): Promise<string | null> =>
  page.evaluate(() => {
    const host = document.querySelector('[data-ow-test-host]');
    const card = host?.shadowRoot?.querySelector('.ow-popover');
    // The card's strings are drawn from data-t attributes (no text nodes): read them in order.
    return card ? [...card.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('') : null;
  });

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The open card's box, its (first pushy) underline's box and the window size; null while either is missing. */
const cardBeside = (page: TestPage): Promise<{ card: Box; word: Box; width: number; height: number } | null> =>
  page.evaluate(() => {
    const root = document.querySelector('[data-ow-test-host]')?.shadowRoot;
    const card = root?.querySelector('.ow-popover');
    const marks = [...(root?.querySelector('.ow-range[data-category="pushy"]')?.querySelectorAll('.ow-mark') ?? [])].map((m) => m.getBoundingClientRect());
    if (!card || marks.length === 0) return null;
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const word = { top: Math.min(...marks.map((m) => m.top)), bottom: Math.max(...marks.map((m) => m.bottom)), left: Math.min(...marks.map((m) => m.left)), right: Math.max(...marks.map((m) => m.right)) };
    return { card: box(card.getBoundingClientRect()), word, width: innerWidth, height: innerHeight };
  });

/** The card sits 6 px above or below its words. */
const adjacent = ({ card, word }: { card: Box; word: Box }): boolean => Math.abs(card.top - word.bottom - 6) < 1 || Math.abs(word.top - card.bottom - 6) < 1;

const editorText = (page: TestPage): Promise<string> => page.evaluate(() => (document.querySelector('#body') as HTMLElement).innerText);

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the card opens inside the window next to its underline, without covering it, wherever the composer sits', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      for (const place of ['top', 'bottom'] as const) {
        // Move the compose window to the top or the bottom edge of the window (as Gmail's pop-up sits).
        await page.evaluate((edge: string) => {
          const dialog = document.querySelector('#body')!.closest('[role="dialog"]') as HTMLElement;
          Object.assign(dialog.style, { position: 'fixed', right: '16px', left: 'auto', top: edge === 'top' ? '8px' : 'auto', bottom: edge === 'bottom' ? '0px' : 'auto' });
        }, place);
        const at = await underline(page, 'pushy');
        await page.clickAt(at.x, at.y);
        const boxes = await until(() => cardBeside(page), 'the card beside its underline');
        expect(boxes.card.top, place).toBeGreaterThanOrEqual(0);
        expect(boxes.card.left, place).toBeGreaterThanOrEqual(0);
        expect(boxes.card.bottom, place).toBeLessThanOrEqual(boxes.height);
        expect(boxes.card.right, place).toBeLessThanOrEqual(boxes.width);
        expect(boxes.card.bottom <= boxes.word.top || boxes.card.top >= boxes.word.bottom, place).toBe(true);
        await page.press('Escape');
        await page.waitFor(() => !document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover'));
      }
    } finally {
      await page.close();
    }
  });

  test('an open card follows its words when the page scrolls', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      // A compose window in the page flow of a tall page, so that scrolling moves the words.
      await page.evaluate(() => {
        const mole = document.querySelector('#body')!.closest('.AD') as HTMLElement;
        Object.assign(mole.style, { position: 'absolute', top: '120px', left: '40px', right: 'auto', bottom: 'auto' });
        document.body.style.height = '3000px';
      });
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      const at = await underline(page, 'pushy');
      await page.clickAt(at.x, at.y);
      const before = await until(() => cardBeside(page), 'the card beside its underline');
      expect(adjacent(before)).toBe(true);
      await page.evaluate(() => window.scrollBy(0, 80));
      // The words moved up with the page; the card is beside them again.
      const after = await until(async () => {
        const now = await cardBeside(page);
        return now && now.word.top < before.word.top - 40 && adjacent(now) ? now : null;
      }, 'the card beside its words after the scroll');
      expect(adjacent(after)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('resting the pointer on an underline opens its card without taking focus; it stays while the pointer is on it and closes when the pointer leaves both', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    const open = () => page.evaluate(() => Boolean(document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover')));
    try {
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      const at = await underline(page, 'pushy');
      await page.hoverAt(at.x, at.y);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover') ? true : null));
      expect(await cardText(page)).toContain('Just following up on my last email');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
      // Into the card: it stays open while the pointer is on it.
      const card = await page.evaluate(() => {
        const r = document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-popover')!.getBoundingClientRect();
        return { x: r.left + 20, y: r.top + 20 };
      });
      await page.hoverAt(card.x, card.y);
      // (The pointer is on the page-visible box laid over the card: nothing inside the root is ever hit.)
      await page.waitFor(() => (document.querySelector('[data-ow-test-pad]:hover') ? true : null));
      expect(await open()).toBe(true);
      // Back over the words and then away from both: it closes.
      await page.hoverAt(at.x, at.y);
      await page.hoverAt(2, 2);
      await page.waitFor(() => !document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover'));
    } finally {
      await page.close();
    }
  });

  test('clicking an underline opens its card; Apply changes the draft; Escape returns to the editor', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      const at = await underline(page, 'pushy');
      await page.clickAt(at.x, at.y);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card') ? true : null));
      expect(await cardText(page)).toContain('Just following up on my last email');
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card'));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');

      const again = await underline(page, 'pushy');
      await page.clickAt(again.x, again.y);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card .ow-button-primary') ? true : null));
      const before = await editorText(page);
      await page.click('.ow-card .ow-button-primary');
      await page.waitFor((old: string) => (document.querySelector('#body') as HTMLElement).innerText !== old, before);
      expect((await editorText(page)).startsWith('Our award-winning team builds apps.')).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a draft edited after the card opened applies nothing and the card says why', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      const at = await underline(page, 'pushy');
      await page.clickAt(at.x, at.y);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card .ow-button-primary') ? true : null));
      await page.type('X');
      // Hold the next analysis (as an IME composition does) so the click below always meets a draft
      // changed since its card was drawn, however slowly the machine runs.
      await page.evaluate(() => void document.querySelector('#body')!.dispatchEvent(new CompositionEvent('compositionstart', { data: '' })));
      const edited = await editorText(page);
      await page.click('.ow-card .ow-button-primary');
      await page.waitFor(() => document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card-status [data-t]')?.getAttribute('data-t') || null);
      expect(await cardText(page)).toContain('nothing was applied');
      expect(await editorText(page)).toBe(edited);
    } finally {
      await page.close();
    }
  });

  test('draft text with markup renders only as text in the card', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type('Hi Sam, our <img src=x onerror=alert(1)> platform offers dashboards, alerts and exports.');
      const at = await underline(page, 'me-focus');
      await page.clickAt(at.x, at.y);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card') ? true : null));
      const card = await page.evaluate(() => {
        const root = document.querySelector('[data-ow-test-host]')!.shadowRoot!;
        return { text: [...root.querySelector('.ow-card')!.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join(''), images: root.querySelectorAll('img').length, html: root.querySelector('.ow-card')!.innerHTML };
      });
      expect(card.text).toContain('<img src=x onerror=alert(1)>');
      expect(card.images).toBe(0);
      // Drawn from an attribute: escaped as attribute text, never parsed as markup.
      expect(card.html).toContain('&lt;img');
    } finally {
      await page.close();
    }
  });

  test('closing the compose window releases its session and its UI', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(DRAFT);
      await underline(page, 'pushy');
      expect(await page.evaluate(() => document.querySelectorAll('[data-ow-test-host]').length)).toBe(1);
      await page.evaluate(() => document.querySelector('[role="dialog"]')!.remove());
      // The host held the overlay too: its underlines went with it.
      await page.waitFor(() => document.querySelectorAll('[data-ow-test-host]').length === 0);
    } finally {
      await page.close();
    }
  });

  test("each card's category chip sits in the card's flow: never over its headline, and it scrolls with its card in the list", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(`${DRAFT} We are the industry-leading provider trusted by Fortune 500 companies. I hope this email finds you well.`);
      await underline(page, 'pushy');
      await page.click('.ow-score');
      /** Every card's chip, headline and card box in the open list, and the list's scroll room. */
      const boxes = () =>
        page.evaluate(() => {
          const root = document.querySelector('[data-ow-test-host]')?.shadowRoot;
          const list = root?.querySelector('.ow-popover');
          if (!list) return null;
          const box = (e: Element | null) => {
            const r = e!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          };
          const cards = [...list.querySelectorAll('.ow-card')].map((card) => ({ card: box(card), chip: box(card.querySelector('.ow-chip')), title: box(card.querySelector('.ow-card-title')) }));
          return { cards, room: list.scrollHeight - list.clientHeight };
        });
      const before = await until(async () => {
        const now = await boxes();
        return now && now.cards.length >= 3 ? now : null;
      }, 'the list of findings');
      const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const { chip, title } of before.cards) {
        expect(chip.bottom - chip.top).toBeGreaterThan(0);
        expect(overlaps(chip, title)).toBe(false);
      }
      // The user scrolls the list with the wheel over it (what the pointer hits there is the box laid
      // over the card, not the list; Outward scrolls the list, not the page): every chip keeps its
      // place in its card.
      expect(before.room).toBeGreaterThan(20);
      const scrollY = await page.evaluate(() => window.scrollY);
      const card = before.cards[0]!.card;
      await page.wheelAt((card.left + card.right) / 2, card.top + 10, 60);
      const after = await until(async () => {
        const now = await boxes();
        return now && now.cards[0] && before.cards[0] && now.cards[0].card.top < before.cards[0].card.top - 10 ? now : null;
      }, 'the list to scroll');
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
      after.cards.forEach(({ card, chip, title }, index) => {
        const was = before.cards[index]!;
        expect(chip.top - card.top).toBeCloseTo(was.chip.top - was.card.top, 0);
        expect(overlaps(chip, title)).toBe(false);
      });
    } finally {
      await page.close();
    }
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
