// The in-page experience on the built extension: typing in a Gmail or LinkedIn composer gets the
// draft analysed after a pause, underlines land on the flagged words (and never in signatures,
// quotes or decoys), and a suggestion applies through the editor's input path so one Ctrl+Z
// restores the draft byte for byte.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ReportView, TabState } from '../../src/platform/protocol';
import { focusDraftStart, highlighted, settled, underlineBoxes, until, tabRequest, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const SELF_DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';
const CLIENT_DRAFT = 'Your March payroll run took two days longer than February. Was that the new overtime rule? If it helps, here is the checklist your team can use to catch it next month.';

/** The report for the draft as it is now, once the content script has analysed it. */
async function results(browser: ExtensionBrowser, page: TestPage): Promise<ReportView> {
  return (await settled(browser, page)).report;
}

function editorText(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((sel: string) => {
    const element = document.querySelector(sel) as HTMLElement | HTMLTextAreaElement;
    return 'value' in element ? element.value : element.innerText;
  }, selector);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    // The instrumented build: its overlay can be read (the shipped one's cannot; see overlay.e2e.test.ts).
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Gmail: a self-oriented draft is underlined on the flagged words, never in the signature', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const report = await results(browser, page);
      const excerpts = report.findings.map((f) => f.excerpt);
      expect(excerpts).toContain('industry-leading');
      expect(excerpts).toContain('Just following up on my last email');
      expect(excerpts.join(' ')).not.toMatch(/best agency|Alex Rivera/);
      expect(report.score).toBeLessThan(70);
      const expected = report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt).sort();
      await until(async () => (await highlighted(page)).join('|') === expected.join('|'), 'the underlines on the flagged words');
      expect(await highlighted(page)).toEqual(expected);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('Gmail: apply changes exactly the span and one Ctrl+Z restores the draft', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const report = await results(browser, page);
      const before = await editorText(page, '#body');
      const chase = report.findings.find((f) => f.ruleId === 'chasing');
      const index = chase?.suggestions.findIndex((s) => s.edits.length > 0) ?? -1;
      expect(chase && index >= 0).toBe(true);
      const edit = chase!.suggestions[index]!.edits[0]!;
      const outcome = await tabRequest<{ ok: boolean }>(browser, page, { type: 'tab/apply', findingId: chase!.id, suggestionIndex: index });
      expect(outcome).toEqual({ ok: true });
      const draft = before.split('\n')[0]!;
      const wanted = draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
      await page.waitFor((want: string) => (document.querySelector('#body') as HTMLElement).innerText.startsWith(want + '\n') || (document.querySelector('#body') as HTMLElement).innerText === want, wanted);
      await page.press('Control+z');
      await page.waitFor((want: string) => (document.querySelector('#body') as HTMLElement).innerText === want, before);
      expect(await editorText(page, '#body')).toBe(before);
    } finally {
      await page.close();
    }
  });

  test('Gmail: an apply after the page split the draft into text nodes that start with a space keeps plain spaces (Firefox left a no-break space)', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type('We are the industry-leading provider of payroll software. I hope this email finds you well. Just following up on my last email.');
      await results(browser, page);
      // The page re-wraps the draft as editors do: each word its own text node, led by its space.
      // No input event: the analysed text is the same, so the apply goes ahead.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('#body')!, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        for (const node of nodes) node.replaceWith(...node.data.split(/(?= )/).map((part) => document.createTextNode(part)));
      });
      const report = await results(browser, page);
      const stock = report.findings.find((f) => /I hope this email/.test(f.excerpt));
      const index = stock?.suggestions.findIndex((s) => s.edits.length > 0 && s.edits.every((e) => e.text === '')) ?? -1;
      expect(index).toBeGreaterThanOrEqual(0);
      const outcome = await tabRequest<{ ok: boolean }>(browser, page, { type: 'tab/apply', findingId: stock!.id, suggestionIndex: index });
      expect(outcome).toEqual({ ok: true });
      const first = await page.evaluate(() => (document.querySelector('#body')!.firstChild as HTMLElement).textContent!);
      expect(first).not.toContain('\u00a0');
      expect(first).toBe('We are the industry-leading provider of payroll software. Just following up on my last email.');
      // Still one edit: one Ctrl+Z gives the draft back.
      await page.press('Control+z');
      await page.waitFor(() => (document.querySelector('#body')!.firstChild as HTMLElement).textContent!.includes('I hope this email finds you well. Just'));
    } finally {
      await page.close();
    }
  });

  test('Gmail: a sentence hard-wrapped over two lines is read whole and underlined on both lines, the editor untouched', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      // Two lines of one sentence, as pasted from a plain-text template wrapped at a fixed width.
      await page.type('Thanks for the call about the rota. Please send the signed form at your earliest');
      await page.press('Enter');
      await page.type('convenience so that we can book the slots.');
      const before = await editorText(page, '#body');
      const report = await results(browser, page);
      const stock = report.findings.find((f) => f.ruleId === 'generic-opener');
      expect(stock?.excerpt.replace(/\s+/g, ' ')).toBe('at your earliest convenience');
      await until(async () => (await highlighted(page, stock!.category)).length > 0, 'the underline on the wrapped phrase');
      const boxes = await underlineBoxes(page, stock!.category);
      // Marks on each line the phrase sits on (the first line may also wrap on screen), the last at the start of the typed second line.
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBeGreaterThanOrEqual(2);
      expect(Math.min(...boxes.map((b) => b.left))).toBeLessThan(boxes[0]!.left);
      expect(await editorText(page, '#body')).toBe(before);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('Gmail: deleting a sentence hard-wrapped over two lines removes both lines, and one Ctrl+Z brings them back', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      const lines = ['Thanks for the notes on the rota, they helped a lot.', 'We apologize for any inconvenience this may have', 'caused.', 'Would Tuesday suit you for the walkthrough?'];
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.press('Enter');
        await page.type(line);
      }
      const before = await editorText(page, '#body');
      const report = await results(browser, page);
      const apology = report.findings.find((f) => f.ruleId === 'phony-apology');
      const index = apology?.suggestions.findIndex((s) => s.edits.length > 0) ?? -1;
      expect(apology && index >= 0).toBe(true);
      const outcome = await tabRequest<{ ok: boolean }>(browser, page, { type: 'tab/apply', findingId: apology!.id, suggestionIndex: index });
      expect(outcome).toEqual({ ok: true });
      const wanted = [lines[0], lines[3]].join('\n');
      await page.waitFor((want: string) => (document.querySelector('#body') as HTMLElement).innerText.startsWith(want), wanted);
      expect((await editorText(page, '#body')).startsWith(wanted)).toBe(true);
      await page.press('Control+z');
      await page.waitFor((want: string) => (document.querySelector('#body') as HTMLElement).innerText === want, before);
      expect(await editorText(page, '#body')).toBe(before);
    } finally {
      await page.close();
    }
  });

  test('Gmail: a client-focused draft gets no findings', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(CLIENT_DRAFT);
      const report = await results(browser, page);
      expect(report.findings).toEqual([]);
      // In the bands that read as about them ("Mostly about them" from 60, "All about them" from 80).
      expect(report.score).toBeGreaterThanOrEqual(60);
    } finally {
      await page.close();
    }
  });

  test('the search box and other decoys are never analysed', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await page.focus('#search');
      await page.type(SELF_DRAFT);
      const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' });
      expect(state.status).toBe('no-composer');
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn: a message is analysed and an apply keeps the page’s own Send state in step', async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await focusDraftStart(page, '#editor');
      const draft = 'Just following up on my last email. Our award-winning team builds apps.';
      await page.type(draft);
      const report = await results(browser, page);
      expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['chasing', 'superlative-claim']));
      const chase = report.findings.find((f) => f.ruleId === 'chasing')!;
      const index = chase.suggestions.findIndex((s) => s.edits.length > 0);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase.id, suggestionIndex: index })).toEqual({ ok: true });
      await page.waitFor(() => (document.querySelector('#editor') as HTMLElement).innerText.trim() === 'Our award-winning team builds apps.');
      expect(await page.evaluate(() => (document.querySelector('.msg-form__send-button') as HTMLButtonElement).disabled)).toBe(false);
      await page.press('Control+z');
      await page.waitFor((want: string) => (document.querySelector('#editor') as HTMLElement).innerText.trim() === want, draft);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn: a connection note over 300 characters is flagged', async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await page.focus('#custom-message');
      const note = 'Hi Sam, I saw your post about the new depot and the routing changes in the north. '.repeat(3) + 'We run routing software for fleets of every size. Would you like to connect?';
      await page.type(note);
      const report = await results(browser, page);
      expect(report.findings.map((f) => f.ruleId)).toContain('channel-fit');
    } finally {
      await page.close();
    }
  });

  test('two composers are independent: an apply in one leaves the other untouched', async () => {
    const page = await browser.openFixture('gmail/two-composers.html');
    try {
      await focusDraftStart(page, '#first');
      await page.type(SELF_DRAFT);
      await results(browser, page);
      const first = await editorText(page, '#first');
      await focusDraftStart(page, '#second');
      await page.type(SELF_DRAFT);
      const report = await results(browser, page);
      const chase = report.findings.find((f) => f.ruleId === 'chasing')!;
      const index = chase.suggestions.findIndex((s) => s.edits.length > 0);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase.id, suggestionIndex: index })).toEqual({ ok: true });
      await page.waitFor(() => !(document.querySelector('#second') as HTMLElement).innerText.includes('following up'));
      expect(await editorText(page, '#first')).toBe(first);
    } finally {
      await page.close();
    }
  });

  test('a hostile page cannot trigger an apply: synthetic clicks, postMessage and custom events change nothing', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const before = await results(browser, page);
      const text = await editorText(page, '#body');
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('[data-ow-test-host]')) {
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          host.shadowRoot?.querySelectorAll('button').forEach((b) => b.click());
        }
        window.postMessage({ type: 'tab/apply', findingId: '0', suggestionIndex: 0 }, '*');
        document.dispatchEvent(new CustomEvent('outward:apply', { detail: { findingId: '0' } }));
      });
      await page.press('Alt+Shift+N');
      // The content script answers in order: once it has answered a request sent after the
      // hostile events and the key press, it has handled them all.
      const after = await settled(browser, page);
      expect(await editorText(page, '#body')).toBe(text);
      expect(after.report.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
    } finally {
      await page.close();
    }
  });

  test('an IME composition is never interrupted: while it lasts, no underlines and no apply; after it, the draft is analysed', async () => {
    const page = await browser.openFixture('gmail/compose.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(`${SELF_DRAFT} `);
      const report = await results(browser, page);
      await until(async () => (await highlighted(page)).length > 0, 'underlines');
      const chase = report.findings.find((f) => f.ruleId === 'chasing')!;
      const index = chase.suggestions.findIndex((s) => s.edits.length > 0);
      await page.evaluate(() => {
        const scope = window as unknown as { __composition: string[] };
        scope.__composition = [];
        const body = document.querySelector('#body')!;
        for (const type of ['compositionstart', 'compositionend']) body.addEventListener(type, () => scope.__composition.push(type));
      });
      let commit: () => Promise<void>;
      if (page.browserName === 'chromium') {
        // A real composition through Chromium's IME path, as a Japanese input method makes one.
        const cdp = await (page.raw as PlaywrightPage).context().newCDPSession(page.raw as PlaywrightPage);
        for (const text of ['か', 'かん', '感謝']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        commit = async () => {
          await cdp.send('Input.insertText', { text: '感謝' });
        };
      } else {
        // Firefox's driver has no IME: the composition events come from the page around trusted text input.
        await page.evaluate(() => document.querySelector('#body')!.dispatchEvent(new CompositionEvent('compositionstart', { data: '' })));
        for (const character of '感謝') await page.insertText(character);
        commit = () => page.evaluate(() => void document.querySelector('#body')!.dispatchEvent(new CompositionEvent('compositionend', { data: '感謝' })));
      }
      expect(await page.evaluate(() => (window as unknown as { __composition: string[] }).__composition)).toEqual(['compositionstart']);
      // Underlines were taken down when the text changed and stay down; an apply is refused.
      expect(await highlighted(page)).toEqual([]);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase.id, suggestionIndex: index })).toEqual({ ok: false, reason: 'stale' });
      const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' });
      expect(state.status === 'results' && state.current).toBe(false);
      // The composition was not ended by any of that.
      expect(await page.evaluate(() => (window as unknown as { __composition: string[] }).__composition)).toEqual(['compositionstart']);
      await commit();
      const after = await settled(browser, page);
      expect(await editorText(page, '#body')).toContain(`${SELF_DRAFT} 感謝`);
      expect(after.report.findings.map((f) => f.ruleId)).toContain('chasing');
    } finally {
      await page.close();
    }
  });

  test('typing without applying causes no DOM change in the editor beyond what the browser itself makes', async () => {
    const record = async (host: 'gmail' | 'other'): Promise<string[]> => {
      const page = await browser.openFixture('gmail/compose.html', host);
      try {
        await page.evaluate(() => {
          const scope = window as unknown as { __mutations: string[] };
          scope.__mutations = [];
          new MutationObserver((records) => {
            for (const r of records) scope.__mutations.push(`${r.type}:${r.target.nodeName}:${r.addedNodes.length}:${r.removedNodes.length}:${r.attributeName ?? ''}`);
          }).observe(document.querySelector('#body')!, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        await focusDraftStart(page, '#body');
        await page.type(SELF_DRAFT);
        // With Outward: once the draft is analysed and underlined (highlights are painted in the
        // same task as the analysis). Without: the typed text is all there is.
        if (host === 'gmail') await results(browser, page);
        await page.waitFor((typed: string) => (document.querySelector('#body') as HTMLElement).innerText.includes(typed), SELF_DRAFT);
        return await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
      } finally {
        await page.close();
      }
    };
    const withOutward = await record('gmail');
    const without = await record('other');
    expect(withOutward).toEqual(without);
  });

  test('Gmail inline reply: the quoted message is never analysed and the channel is reply', async () => {
    const page = await browser.openFixture('gmail/reply.html');
    try {
      await focusDraftStart(page, '#reply');
      const draft = 'Thanks, Sam. Your team wanted fewer handoffs; would a shared queue help?';
      await page.type(draft);
      const state = await settled(browser, page);
      expect(state.channel).toBe('reply');
      // The quote holds "industry leader", "Just following up" and "Act now!": none may be found.
      expect(state.report.findings).toEqual([]);
      expect(state.report.words).toBeLessThan(20);
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn: a composer inside #interop-outlet’s shadow root is analysed and underlined', async () => {
    const page = await browser.openFixture('linkedin/interop-outlet.html');
    try {
      await focusDraftStart(page, '#shadow-editor');
      await page.type(SELF_DRAFT);
      const report = await results(browser, page);
      const expected = report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt).sort();
      expect(expected).toContain('industry-leading');
      await until(async () => (await highlighted(page)).join('|') === expected.join('|'), 'the underlines on the flagged words');
    } finally {
      await page.close();
    }
  });

  test('LinkedIn post (Quill): an apply keeps Quill’s own model in step with the editor', async () => {
    const page = await browser.openFixture('linkedin/feed-quill.html');
    try {
      await page.waitFor(() => document.querySelector('#post .ql-editor') !== null);
      await page.focus('#post .ql-editor');
      await page.type(SELF_DRAFT);
      const report = await results(browser, page);
      const chase = report.findings.find((f) => f.ruleId === 'chasing')!;
      const index = chase.suggestions.findIndex((s) => s.edits.length > 0);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase.id, suggestionIndex: index })).toEqual({ ok: true });
      const model = await page.waitFor(() => {
        const quill = (window as unknown as { postEditor: { getText(): string } }).postEditor;
        const text = quill.getText().trim();
        return text.includes('following up') ? null : text;
      });
      expect(model).toBe('We are the industry-leading provider of payroll software.');
      expect(await page.evaluate(() => (document.querySelector('#post .ql-editor') as HTMLElement).innerText.trim())).toBe(model);
    } finally {
      await page.close();
    }
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
