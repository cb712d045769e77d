// A hostile page against Outward, written as its script would do it: `window.find()` for strings
// that exist only in Outward's UI and `Selection.modify()` to grow a match into what is around it,
// `getRootNode()` from a selection's anchor, a user's own double-click in a card, and synthetic
// focusin / input / compositionstart to start sessions or stop analysis. The find, double-click and
// synthetic-event attacks worked on the build before issue 21 (UI strings were text nodes;
// untrusted events acted) and fail there, as do the focus and key listeners reading Firefox's
// originalTarget / explicitOriginalTarget (focus went into the root); the standard-property,
// textarea-mirror and accessibility tests guard what already held. Mouse and pointer events over the
// badge or a card named a node of the root in Firefox's originalTarget before the pointer was kept
// out of the root (their tests fail there).
//
// Most run on the SHIPPED build (closed shadow root). The double-click runs on the instrumented
// build, whose root is open only so the test can aim at a card's title: what the page's find and
// selection can reach is the same in both.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { focusDraftStart, highlighted, settled, underlineBoxes, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const SELF_DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';

/** Strings that exist only in Outward's UI (badge, card, list), never in the draft or the fixture. */
const UI_ONLY = ['Dismiss', 'Why?', "Don't flag this phrase", '/100', 'Bragging', 'Suggestions', 'Tip:'];

/** Remembers every element the page has now, so the host Outward adds later can be told apart. */
const rememberPage = (page: TestPage): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __known: Set<Element> }).__known = new Set(document.querySelectorAll('*'));
  });

/**
 * The page's attack: for each string, `window.find()` from the top of the page, and whatever the
 * selection then holds grown by lines both ways with `Selection.modify()`. Returns every string
 * found, every selection text that held a UI string, and every anchor or focus that sat in a
 * shadow root or on the host element's boundary (Chromium retargets a match inside the root to
 * the host's parent at the host's index).
 */
function findAttack(page: TestPage, strings: string[]): Promise<string[]> {
  return page.evaluate((probe: string[]) => {
    const known = (window as unknown as { __known: Set<Element> }).__known;
    const hosts = [...document.body.children].filter((e) => !known.has(e));
    const leaks: string[] = [];
    const where = (node: Node | null, offset: number): string | null => {
      if (!node) return null;
      const root = node.getRootNode();
      if (root !== document) return `in ${root.constructor.name} (${node.nodeName})`;
      if (hosts.some((h) => h === node || h.contains(node))) return 'on the host';
      const children = [...node.childNodes];
      if (hosts.some((h) => children.indexOf(h) === offset || children.indexOf(h) === offset - 1)) return `at the host's index in ${node.nodeName}`;
      return null;
    };
    const check = (label: string): void => {
      const selection = getSelection()!;
      const anchor = where(selection.anchorNode, selection.anchorOffset);
      const focus = where(selection.focusNode, selection.focusOffset);
      if (anchor) leaks.push(`${label}: anchor ${anchor}`);
      if (focus) leaks.push(`${label}: focus ${focus}`);
      const text = selection.toString();
      for (const s of probe) if (text.includes(s)) leaks.push(`${label}: selection holds ${JSON.stringify(s)}`);
    };
    for (const s of probe) {
      getSelection()!.removeAllRanges();
      const found = (window as unknown as { find(s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean }).find(s, true, false, true);
      if (found) leaks.push(`find(${JSON.stringify(s)}) found it`);
      check(`find(${JSON.stringify(s)})`);
      if (!found) continue;
      for (let i = 0; i < 30; i++) getSelection()!.modify('extend', 'backward', 'line');
      check(`find(${JSON.stringify(s)}) + modify backward`);
      for (let i = 0; i < 60; i++) getSelection()!.modify('extend', 'forward', 'line');
      check(`find(${JSON.stringify(s)}) + modify forward`);
    }
    // A word of the draft is found (in the editor); grown by lines it must not reach the UI either.
    getSelection()!.removeAllRanges();
    if (!(window as unknown as { find(s: string): boolean }).find('industry-leading')) leaks.push('the draft word was not found: the attack did not run');
    for (let i = 0; i < 30; i++) getSelection()!.modify('extend', 'forward', 'line');
    check('a draft word grown forward');
    // Select all: the selection's text holds none of the UI's strings.
    getSelection()!.selectAllChildren(document.body);
    const all = getSelection()!.toString();
    for (const s of probe) if (all.includes(s)) leaks.push(`select all holds ${JSON.stringify(s)}`);
    return leaks;
  }, strings);
}

/** Whether an element Outward added (its host) now has focus: a card opened with focus in it. */
const hostFocused = (page: TestPage): Promise<boolean> =>
  page.evaluate(() => {
    const known = (window as unknown as { __known: Set<Element> }).__known;
    return document.activeElement !== null && !known.has(document.activeElement);
  });

/** A point where hit testing lands on Outward's host (at rest: the badge), found as a page would. */
const foreignPoint = (page: TestPage): Promise<{ x: number; y: number } | null> =>
  page.evaluate(() => {
    const known = (window as unknown as { __known: Set<Element> }).__known;
    for (let y = 4; y < innerHeight; y += 8) {
      for (let x = 4; x < innerWidth; x += 8) {
        const element = document.elementFromPoint(x, y);
        if (element && !known.has(element)) return { x, y };
      }
    }
    return null;
  });

/**
 * A page's capture listeners on window for focus and key events, reading every node an event
 * offers: target, relatedTarget, Firefox's originalTarget and explicitOriginalTarget, and the
 * composed path. What they find outside the document is read back with pageSaw().
 */
const FOCUS_AND_KEYS = ['focus', 'blur', 'focusin', 'focusout', 'keydown', 'keyup', 'keypress', 'beforeinput'];
const POINTER = ['mouseover', 'mousemove', 'mouseout', 'pointerover', 'pointermove', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'contextmenu', 'wheel'];
const listenAsPage = (page: TestPage, types: string[] = FOCUS_AND_KEYS): Promise<void> =>
  page.evaluate((listened: string[]) => {
    const seen: string[] = [];
    const scope = window as unknown as { __seen: string[]; __events: number };
    scope.__seen = seen;
    scope.__events = 0;
    const inspect = (event: Event): void => {
      scope.__events += 1;
      const e = event as Event & { relatedTarget?: EventTarget | null; originalTarget?: EventTarget | null; explicitOriginalTarget?: EventTarget | null };
      const nodes: Array<[string, unknown]> = [
        ['target', e.target],
        ['relatedTarget', e.relatedTarget],
        ['originalTarget', e.originalTarget],
        ['explicitOriginalTarget', e.explicitOriginalTarget],
        ...e.composedPath().map((n, i): [string, unknown] => [`composedPath[${i}]`, n]),
      ];
      for (const [what, node] of nodes) {
        // A node of a shadow tree (its root is not the document), or one not in the document at all.
        if (node instanceof Node && (node.getRootNode() !== document || !node.isConnected)) seen.push(`${event.type} ${what}: ${node.nodeName} in ${node.getRootNode().constructor.name}`);
      }
    };
    for (const type of listened) window.addEventListener(type, inspect, true);
  }, types);
const pageSaw = (page: TestPage): Promise<string[]> => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
const pageHeard = (page: TestPage): Promise<number> => page.evaluate(() => (window as unknown as { __events: number }).__events);

async function draftWithFindings(browser: ExtensionBrowser, page: TestPage): Promise<void> {
  await rememberPage(page);
  await focusDraftStart(page, '#body');
  await page.type(SELF_DRAFT);
  const { report } = await settled(browser, page);
  expect(report.findings.map((f) => f.category)).toContain('bragging');
  // The badge is drawn.
  await page.waitFor(() => {
    const known = (window as unknown as { __known: Set<Element> }).__known;
    for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (!known.has(document.elementFromPoint(x, y)!)) return true;
    return false;
  });
}

describe.each(BROWSERS)('%s (shipped build)', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('window.find() and Selection.modify() reach no text of the badge, a card or the list, and no anchor lands in or at the UI', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await draftWithFindings(browser, page);
      // At rest: only the badge and the underlines.
      expect(await findAttack(page, UI_ONLY)).toEqual([]);
      // A card opened by the user (focus moves into it).
      await focusDraftStart(page, '#body');
      await page.press('Alt+Shift+N');
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await hostFocused(page)).toBe(true);
      expect(await findAttack(page, UI_ONLY)).toEqual([]);
      // (The attack moved the selection, and in Firefox focus, out of the card.)
      await focusDraftStart(page, '#body');
      await page.waitFor(() => document.activeElement?.id === 'body');
      // Escape in the editor closes the card (so the point found next is the badge's).
      await page.press('Escape');
      // The list of every finding, opened by the user's click on the badge.
      const badge = await foreignPoint(page);
      expect(badge).not.toBeNull();
      await page.clickAt(badge!.x, badge!.y);
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await findAttack(page, UI_ONLY)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("in a textarea's draft (measured in a mirror copy inside the root), window.find() of a draft word never lands in Outward's copy", async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await page.focus('#custom-message');
      await page.type(SELF_DRAFT);
      const { report } = await settled(browser, page);
      expect(report.findings.length).toBeGreaterThan(0);
      const landed = await page.evaluate(() => {
        const seen: string[] = [];
        let found = 0;
        const find = (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find;
        getSelection()!.removeAllRanges();
        // Every match in turn (the textarea's own, then any other), wrapping round twice at most.
        for (let i = 0; i < 6; i++) {
          if (!find('industry-leading', true, false, true)) break;
          found += 1;
          const anchor = getSelection()!.anchorNode;
          const root = anchor ? anchor.getRootNode() : null;
          if (root && root !== document) seen.push(`${anchor!.nodeName} in ${root.constructor.name}`);
        }
        return { seen, found };
      });
      // Chromium's find reaches the word in the textarea itself; Firefox's searches no textarea, and
      // finds nothing at all (so not Outward's copy either). Neither lands in the copy.
      if (name === 'chromium') expect(landed.found).toBeGreaterThan(0);
      else expect(landed.found).toBe(0);
      expect(landed.seen).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("a page's capture focus and key listeners on window never get a node of the UI, Firefox's originalTarget and explicitOriginalTarget included, while the user works a card and the list by keyboard and mouse", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await draftWithFindings(browser, page);
      await listenAsPage(page);
      const seen = () => pageSaw(page);
      // A card opened from the keyboard: focus goes to it, Tab moves through it, Escape leaves it.
      await focusDraftStart(page, '#body');
      await page.press('Alt+Shift+N');
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await hostFocused(page)).toBe(true);
      for (let i = 0; i < 3; i++) await page.press('Tab');
      await page.press('Shift+Tab');
      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.id === 'body');
      expect(await seen()).toEqual([]);
      // The list, opened by the user's click on the badge (focus goes to it), then Tab and Escape.
      const badge = await foreignPoint(page);
      expect(badge).not.toBeNull();
      await page.clickAt(badge!.x, badge!.y);
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await hostFocused(page)).toBe(true);
      await page.press('Tab');
      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.id === 'body');
      // Tab and Shift+Tab from the editor, past wherever the host is.
      await page.press('Tab');
      await page.press('Shift+Tab');
      expect(await seen()).toEqual([]);
      // The listener did hear the user's focus and keys (the attack ran).
      expect(await pageHeard(page)).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });

  test("a page's capture focus, key, mouse, pointer and wheel listeners on window get no node of the UI through any property, Firefox's originalTarget included, while the user points at the badge and at an open card", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await draftWithFindings(browser, page);
      await listenAsPage(page, [...FOCUS_AND_KEYS, ...POINTER]);
      // The badge (the only thing of Outward's hit testing finds at rest), across it.
      const badge = (await foreignPoint(page))!;
      await page.hoverAt(badge.x, badge.y);
      await page.hoverAt(badge.x + 8, badge.y + 4);
      expect(await pageSaw(page)).toEqual([]);
      await focusDraftStart(page, '#body');
      await page.press('Alt+Shift+N');
      await page.waitFor(() => document.activeElement?.id !== 'body');
      expect(await hostFocused(page)).toBe(true);
      // The user moves through the card, points at it (the first point of Outward's from the top
      // is now the card's), across it, turns the wheel over it, and leaves it.
      await page.press('Tab');
      const point = (await foreignPoint(page))!;
      await page.hoverAt(point.x, point.y);
      await page.hoverAt(point.x + 2, point.y + 2);
      await page.hoverAt(point.x + 40, point.y + 30);
      await page.wheelAt(point.x + 40, point.y + 30, 40);
      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.id === 'body');
      expect(await pageSaw(page)).toEqual([]);
      expect(await pageHeard(page)).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});

describe.each(BROWSERS)('%s (shipped build): untrusted events', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a page's synthetic focusin and input on a composer the user never focused start no session; the user's own focus does", async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await rememberPage(page);
      // Outward's listeners run while the events are dispatched: a session would add its host at once.
      const added = await page.evaluate((draft: string) => {
        const textarea = document.querySelector('#custom-message') as HTMLTextAreaElement;
        textarea.value = draft;
        textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: draft }));
        const known = (window as unknown as { __known: Set<Element> }).__known;
        return { added: [...document.body.children].filter((e) => !known.has(e)).length, focused: document.activeElement === textarea };
      }, SELF_DRAFT);
      expect(added).toEqual({ added: 0, focused: false });
      // The user's focus starts it (and the draft the page put there is then analysed).
      await page.focus('#custom-message');
      await page.waitFor(() => {
        const known = (window as unknown as { __known: Set<Element> }).__known;
        return [...document.body.children].some((e) => !known.has(e));
      });
      const { report } = await settled(browser, page);
      expect(report.findings.map((f) => f.ruleId)).toContain('chasing');
    } finally {
      await page.close();
    }
  });

  test("a page's synthetic compositionstart does not stop analysis", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type('We are the industry-leading provider of payroll software.');
      const first = await settled(browser, page);
      expect(first.report.findings.map((f) => f.ruleId)).not.toContain('chasing');
      await page.evaluate(() => void document.querySelector('#body')!.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true })));
      await page.type(' Just following up on my last email.');
      // Analysed as usual: the chasing line is found (a held session would never report again).
      const after = await until(async () => {
        const state = await settled(browser, page);
        return state.report.findings.some((f) => f.ruleId === 'chasing') ? state : null;
      }, 'the typed line to be analysed');
      expect(after.current).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe.each(BROWSERS)('%s (instrumented build: aim at a card)', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a user's double-click on a card's words selects nothing the page can read", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await draftWithFindings(browser, page);
      await focusDraftStart(page, '#body');
      await page.press('Alt+Shift+N');
      const title = await page.waitFor<{ x: number; y: number } | null>(() => {
        const box = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card-title')?.getBoundingClientRect();
        return box && box.width > 0 ? { x: box.left + Math.min(30, box.width / 2), y: box.top + box.height / 2 } : null;
      });
      // A word of the card is drawn under that point (the card, not something above it).
      const at = title!;
      // (What the pointer hits there is the page-visible box laid over the card.)
      expect(await page.evaluate((p: { x: number; y: number }) => document.elementFromPoint(p.x, p.y)?.hasAttribute('data-ow-test-pad'), at)).toBe(true);
      await page.doubleClickAt(at.x, at.y);
      const message = await page.evaluate(() => {
        const t = document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-card-title')!;
        return (t.textContent ?? '') + [...t.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('');
      });
      const firstWord = message.split(/\s+/)[0]!;
      expect(firstWord.length).toBeGreaterThan(1);
      const state = await page.evaluate(() => {
        const selection = getSelection()!;
        const root = (n: Node | null) => (n ? n.getRootNode().constructor.name : null);
        return { text: selection.toString(), anchor: root(selection.anchorNode), focus: root(selection.focusNode), anchorNode: selection.anchorNode?.nodeName ?? null, offset: selection.anchorOffset };
      });
      expect(state.text).not.toContain(firstWord);
      expect(state.text).toBe('');
      expect([state.anchor, state.focus].filter((r) => r !== null && r !== 'HTMLDocument' && r !== 'Document')).toEqual([]);
      // Nor does the selection sit on the host's boundary in the body (a retargeted anchor).
      expect(await page.evaluate(() => {
        const selection = getSelection()!;
        const host = document.querySelector('[data-ow-test-host]')!;
        return selection.anchorNode === host.parentNode || selection.anchorNode === host || selection.focusNode === host.parentNode;
      })).toBe(false);
    } finally {
      await page.close();
    }
  });

  test("clicks on a card's controls while the card has the keyboard move no focus into the UI: a page's focus and key listeners get no node of it", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await draftWithFindings(browser, page);
      await listenAsPage(page);
      await focusDraftStart(page, '#body');
      await page.press('Alt+Shift+N');
      await page.waitFor(() => document.activeElement === document.querySelector('[data-ow-test-host]'));
      const centre = (selector: string) =>
        page.waitFor((s: string) => {
          const box = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector(s)?.getBoundingClientRect();
          return box && box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
        }, selector);
      // "Why?" opens by a click; the keyboard stays on the host.
      const why = (await centre('.ow-card-why summary'))!;
      await page.clickAt(why.x, why.y);
      await page.waitFor(() => document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-card-why')!.hasAttribute('open'));
      expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-ow-test-host]') && document.querySelector('[data-ow-test-host]')!.shadowRoot!.activeElement === null)).toBe(true);
      await page.press('Tab');
      // The close button: the card closes and focus goes back to the editor.
      const close = (await centre('.ow-close'))!;
      await page.clickAt(close.x, close.y);
      await page.waitFor(() => document.activeElement?.id === 'body');
      expect(await pageSaw(page)).toEqual([]);
      expect(await pageHeard(page)).toBeGreaterThan(4);
    } finally {
      await page.close();
    }
  });

  test("the browser's accessibility tree still reads the badge and every part of a card by name; the card works by keyboard", async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await rememberPage(page);
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const { report } = await settled(browser, page);
      await page.press('Alt+Shift+N');
      const finding = await page.waitFor(() => {
        const card = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card');
        return card ? card.getAttribute('data-finding-id') : null;
      });
      const shown = report.findings.find((f) => f.id === finding)!;
      expect(shown).toBeDefined();
      const wanted: Array<[role: string, name: string]> = [
        ['button', `Client focus ${report.score} of 100 — ${report.findings.length} suggestions`],
        ['heading', shown.message],
        ['button', 'Dismiss'],
        ...shown.suggestions.filter((s) => s.edits.length > 0).map((s): [string, string] => ['button', s.label]),
      ];
      if (shown.level === 'phrase') wanted.push(['button', "Don't flag this phrase"]);
      if (name === 'chromium') {
        // The real tree, from the browser (CDP), not a computation over the DOM.
        const raw = page.raw as PlaywrightPage;
        const cdp = await raw.context().newCDPSession(raw);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
        const named = nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value ?? ''}: ${n.name?.value ?? ''}`);
        for (const [role, label] of wanted) expect(named).toContain(`${role}: ${label}`);
        // The category and the flagged words are in the tree as text.
        expect(named).toContain('StaticText: Bragging');
        expect(named).toContain(`StaticText: ${shown.excerpt}`);
      } else {
        // Firefox's own tree, through WebDriver BiDi's accessibility locator.
        const raw = page.raw as PuppeteerPage;
        // (The locator starts from the UI's own root element: it does not descend into shadow trees from the document.)
        const app = await raw.evaluateHandle(() => document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-inline')!);
        for (const [role, label] of wanted) {
          const found = await app.$$(`::-p-aria([name=${JSON.stringify(label)}][role="${role}"])`);
          expect(found.length, `${role} "${label}"`).toBeGreaterThan(0);
        }
      }
      // Keyboard: focus is on the host (never inside the root) with the card's first control
      // current; Tab moves to the next control, Enter on Dismiss closes it.
      const focused = () => page.evaluate(() => {
        const host = document.querySelector('[data-ow-test-host]')!;
        if (document.activeElement !== host || host.shadowRoot!.activeElement !== null) return null;
        const current = host.shadowRoot!.querySelector('.ow-current');
        return current ? [...current.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('') : null;
      });
      const seen: Array<string | null> = [await focused()];
      for (let i = 0; i < 6 && seen.at(-1) !== 'Dismiss'; i++) {
        await page.press('Tab');
        seen.push(await focused());
      }
      expect(seen.at(-1)).toBe('Dismiss');
      // Assistive technology is told which control is current: a live region inside the root.
      const live = await page.evaluate(() => {
        const region = document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('[aria-live]');
        return region ? { live: region.getAttribute('aria-live'), says: [...region.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('') } : null;
      });
      expect(live).toEqual({ live: 'assertive', says: 'Dismiss, button' });
      if (name === 'chromium') {
        const raw = page.raw as PlaywrightPage;
        const cdp = await raw.context().newCDPSession(raw);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
        expect(nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value ?? ''}: ${n.name?.value ?? ''}`)).toContain('StaticText: Dismiss, button');
      }
      await page.press('Enter');
      await page.waitFor(() => !document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-card'));
      // The card is gone: the keyboard is back in the draft.
      await page.waitFor(() => document.activeElement?.id === 'body');
    } finally {
      await page.close();
    }
  });

  // In a LinkedIn message (a textarea) rather than the Gmail draft: its Dismiss is remembered for
  // the draft, and the tests above want their finding.
  test("a page's capture mouse, pointer and wheel listeners on window never get a node of the UI, Firefox's originalTarget and explicitOriginalTarget included, while the user points at the badge, opens a card by resting on a word, points at its controls and clicks Dismiss", async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await page.focus('#custom-message');
      await page.type(SELF_DRAFT);
      const { report } = await settled(browser, page);
      expect(report.findings.map((f) => f.category)).toContain('bragging');
      // This build leaves the root open (to aim at Dismiss), so composedPath() here lists every node
      // an event went through: stricter than a closed root's view, it fails if any pointer event is
      // targeted inside at all.
      await listenAsPage(page, POINTER);
      const inRoot = (selector: string, text?: string) =>
        page.waitFor(({ s, t }: { s: string; t: string | null }) => {
          const all = [...(document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelectorAll(s) ?? [])];
          const element = all.find((e) => t === null || [...e.querySelectorAll('[data-t]')].some((d) => d.getAttribute('data-t') === t));
          const box = element?.getBoundingClientRect();
          return box && box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top } : null;
        }, { s: selector, t: text ?? null });
      const hovered = () => page.evaluate(() => [...document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelectorAll('.ow-hover')].map((e) => e.className));
      // Over the badge, across it, and off it.
      const badge = (await inRoot('.ow-score'))!;
      await page.hoverAt(badge.left + 2, badge.top + 2);
      await page.hoverAt(badge.x, badge.y);
      expect(await pageSaw(page)).toEqual([]);
      expect(await hovered()).toEqual([expect.stringContaining('ow-score')]);
      // Rest on a flagged word: its card opens, and stays while the pointer moves onto it.
      const [word] = await underlineBoxes(page, 'bragging');
      await page.hoverAt((word!.left + word!.right) / 2, (word!.top + word!.bottom) / 2);
      const card = (await inRoot('.ow-popover'))!;
      await page.hoverAt(card.left + 4, card.top + 4);
      await page.hoverAt(card.x, card.y);
      const dismiss = (await inRoot('.ow-popover button', 'Dismiss'))!;
      await page.hoverAt(dismiss.x, dismiss.y);
      // The control under the pointer shows its hover style (no event went into the root).
      await page.waitFor(() => [...document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelectorAll('.ow-hover')].some((e) => e.closest('.ow-popover')));
      // And its pointer shape, on the box the pointer hits there.
      expect(await page.evaluate((p: { x: number; y: number }) => {
        const hit = document.elementFromPoint(p.x, p.y)!;
        return `${hit.hasAttribute('data-ow-test-pad')} ${getComputedStyle(hit).cursor}`;
      }, dismiss)).toBe('true pointer');
      const before = await highlighted(page);
      await page.clickAt(dismiss.x, dismiss.y);
      // Dismiss worked: the card closed and the words are no longer underlined.
      await page.waitFor(() => !document.querySelector('[data-ow-test-host]')!.shadowRoot!.querySelector('.ow-popover'));
      await until(async () => (await highlighted(page)).length < before.length, 'the dismissed finding to lose its underline');
      expect(await pageSaw(page)).toEqual([]);
      // The listeners did hear the user's pointer (the attack ran): moves, presses and the click.
      expect(await pageHeard(page)).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });
});
