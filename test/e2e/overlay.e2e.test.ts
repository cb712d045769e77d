// What a page can do to and learn from Outward, on the SHIPPED build (closed shadow root, no test
// hooks): its own synthetic key, click and pointer events open no card and move no focus, and no
// finding's text is readable anywhere a page script can look.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, highlighted, settled, underlineBoxes, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

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

  test('a page script finds no finding anywhere it can look: no CSS highlights, no attributes, no text outside the editor, nothing named for the product', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await rememberPage(page);
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const { report } = await settled(browser, page);
      const phrases = report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt);
      expect(phrases).toContain('industry-leading');
      // The underlines are drawn: Outward's UI is in the page.
      await page.waitFor(() => {
        const known = (window as unknown as { __known: Set<Element> }).__known;
        return [...document.body.children].some((e) => !known.has(e));
      });
      const seen = await page.evaluate((words: string[]) => {
        const editor = document.querySelector('#body')!;
        const found: string[] = [];
        // 1. The CSS Custom Highlight registry.
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        registry?.forEach((highlight, name) => found.push(`highlight ${name} (${highlight.size})`));
        // 2. Every element and attribute of the light DOM and of open shadow roots; text outside the editor.
        const visit = (root: Document | ShadowRoot): void => {
          for (const element of root.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              const both = `${attribute.name}=${attribute.value}`;
              if (/outward/i.test(both) || words.some((w) => attribute.value.includes(w))) found.push(`attribute ${both}`);
            }
            if (/outward/i.test(element.localName)) found.push(`element ${element.localName}`);
            if (element.shadowRoot) visit(element.shadowRoot);
          }
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (editor.contains(node)) continue;
            const text = node.textContent ?? '';
            if (words.some((w) => text.includes(w)) || /outward/i.test(text)) found.push(`text ${text.slice(0, 60)}`);
          }
        };
        visit(document);
        // 3. Style sheets the page can read.
        for (const sheet of document.styleSheets) {
          let rules = '';
          try {
            rules = [...sheet.cssRules].map((r) => r.cssText).join('\n');
          } catch {
            continue;
          }
          if (/outward|::highlight/i.test(rules)) found.push(`stylesheet ${rules.slice(0, 80)}`);
        }
        // 4. Outward's host: an element with nothing on it, whose shadow root the page cannot open.
        const known = (window as unknown as { __known: Set<Element> }).__known;
        const added = [...document.body.children].filter((e) => !known.has(e));
        return { found, added: added.map((e) => ({ attributes: e.attributes.length, open: e.shadowRoot !== null, text: (e.textContent ?? '').length })) };
      }, phrases);
      expect(seen.found).toEqual([]);
      expect(seen.added.length).toBeGreaterThan(0);
      for (const host of seen.added) expect(host).toEqual({ attributes: 0, open: false, text: 0 });
    } finally {
      await page.close();
    }
  });
});

describe.each(BROWSERS)('%s (instrumented build: the overlay can be read)', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a textarea (the LinkedIn connection note) gets underlines on its flagged words, a card, apply and a one-step undo', async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      const draft = 'We are the industry-leading recruiting platform. Just following up on my last note.';
      await page.focus('#custom-message');
      await page.type(draft);
      const { report } = await settled(browser, page);
      const expected = report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt).sort();
      expect(expected.length).toBeGreaterThan(0);
      await until(async () => (await highlighted(page)).join('|') === expected.join('|'), 'the underlines in the textarea');
      // Every underline lies inside the textarea, on the words: measured against a copy of the
      // note laid out by the page itself.
      const chase = report.findings.find((f) => f.ruleId === 'chasing')!;
      expect(draft.indexOf(chase.excerpt)).toBeGreaterThan(0);
      const marks = await underlineBoxes(page, chase.category);
      expect(marks.length).toBeGreaterThan(0);
      const truth = await page.evaluate((span: { start: number; end: number }) => {
        const textarea = document.querySelector('#custom-message') as HTMLTextAreaElement;
        const style = getComputedStyle(textarea);
        const copy = document.createElement('div');
        for (const p of ['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'paddingTop', 'paddingLeft', 'paddingRight', 'paddingBottom', 'borderTopWidth', 'borderLeftWidth', 'borderRightWidth', 'borderBottomWidth', 'boxSizing'] as const) copy.style[p] = style[p];
        const box = textarea.getBoundingClientRect();
        Object.assign(copy.style, { position: 'fixed', left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderStyle: 'solid', borderColor: 'transparent', visibility: 'hidden', margin: '0' });
        copy.textContent = textarea.value;
        document.body.append(copy);
        const range = document.createRange();
        range.setStart(copy.firstChild!, span.start);
        range.setEnd(copy.firstChild!, span.end);
        const first = range.getClientRects()[0]!;
        copy.remove();
        return { words: { left: first.left, top: first.top, bottom: first.bottom }, textarea: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
      }, { start: draft.indexOf(chase.excerpt), end: draft.indexOf(chase.excerpt) + chase.excerpt.length });
      const mark = marks[0]!;
      expect(mark.left).toBeCloseTo(truth.words.left, -0.5);
      expect(mark.bottom).toBeCloseTo(truth.words.bottom, -0.5);
      for (const m of marks) {
        expect(m.left).toBeGreaterThanOrEqual(truth.textarea.left);
        expect(m.right).toBeLessThanOrEqual(truth.textarea.right);
        expect(m.top).toBeGreaterThanOrEqual(truth.textarea.top);
        expect(m.bottom).toBeLessThanOrEqual(truth.textarea.bottom);
      }
      // Click the underlined words: their card opens; Apply changes the note; one Ctrl+Z restores it.
      await page.clickAt(mark.left + 4, (mark.top + mark.bottom) / 2);
      await page.waitFor(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card .ow-button-primary') ? true : null));
      expect(await page.evaluate(() => [...document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-card')!.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join(''))).toContain('following up');
      await page.click('.ow-card .ow-button-primary');
      await page.waitFor((old: string) => (document.querySelector('#custom-message') as HTMLTextAreaElement).value !== old, draft);
      expect(await page.evaluate(() => (document.querySelector('#custom-message') as HTMLTextAreaElement).value)).not.toContain('following up');
      await page.press('Control+z');
      await page.waitFor((old: string) => (document.querySelector('#custom-message') as HTMLTextAreaElement).value === old, draft);
      // Analysed again after the undo: the underlines are back on the same words.
      await until(async () => (await highlighted(page)).join('|') === expected.join('|'), 'the underlines after the undo');
    } finally {
      await page.close();
    }
  });

  test("the badge never covers a line of the draft's text, and says in words when a draft is not scored", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type('We ');
      // A saved draft long enough to fill the editor (a fixed height that scrolls, as Gmail's does)
      // to its bottom-right corner, put there by the site.
      await page.evaluate(() => {
        const editor = document.querySelector('#body') as HTMLElement;
        Object.assign(editor.style, { height: '160px', overflowY: 'auto' });
        editor.firstElementChild!.textContent = 'We are the industry-leading provider of payroll software and our platform does everything. '.repeat(14);
        editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      });
      await settled(browser, page);
      const found = await page.waitFor(() => {
        const badge = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-score');
        const number = badge?.querySelector('.ow-score-number');
        if (!badge || !number) return null;
        const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        const editor = document.querySelector('#body')!;
        const lines: Array<ReturnType<typeof box>> = [];
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          range.selectNodeContents(node);
          // The lines in view (the others are scrolled away inside the editor).
          const inside = editor.getBoundingClientRect();
          for (const r of range.getClientRects()) if (r.width > 0 && r.bottom > inside.top && r.top < inside.bottom) lines.push(box(r));
        }
        return { badge: box(badge.getBoundingClientRect()), editor: box(editor.getBoundingClientRect()), lines, text: [...badge.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('') };
      });
      const boxes = found!;
      // The text does reach the editor's bottom-right corner, where the badge used to sit.
      expect(boxes.lines.some((l) => l.right > boxes.editor.right - 60 && l.bottom > boxes.editor.bottom - 40)).toBe(true);
      const meets = boxes.lines.filter((l) => l.left < boxes.badge.right && boxes.badge.left < l.right && l.top < boxes.badge.bottom && boxes.badge.top < l.bottom);
      expect(meets).toEqual([]);
      expect(boxes.text).toMatch(/^\d+\/100$/);
      // Every underline stays inside its own line: clear of the line below at the page's line height.
      const marks = await page.evaluate(() =>
        [...(document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelectorAll('.ow-mark') ?? [])].map((m) => {
          const r = m.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
      );
      expect(marks.length).toBeGreaterThan(3);
      for (const mark of marks) {
        const below = boxes.lines.filter((l) => l.top >= mark.top + 2 && l.left < mark.right && mark.left < l.right);
        for (const line of below) expect(mark.bottom).toBeLessThanOrEqual(line.top + 0.5);
      }

      // A draft in French: the badge says so, instead of waiting forever.
      await page.evaluate(() => {
        const editor = document.querySelector('#body') as HTMLElement;
        editor.firstElementChild!.textContent = 'Bonjour Marie, merci pour votre message. Nous avons bien reçu votre commande et nous vous répondrons dès que possible avec tous les détails.';
        editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      });
      const words = await page.waitFor(() => {
        const text = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-score [data-t]')?.getAttribute('data-t');
        return text === 'Not English' ? text : null;
      });
      expect(words).toBe('Not English');
    } finally {
      await page.close();
    }
  });
});
