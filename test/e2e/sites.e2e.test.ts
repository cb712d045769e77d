// The site adapters in real browsers on the built extension: LinkedIn's 2026 editors (the TipTap
// comment box and the post composer in a native <dialog>), two open message bubbles with
// independent drafts, editors Outward cannot place (analysed as generic composers, and the popup
// says so) and the real saved pages in ../shared/realdom/, read from there at test time and
// served at the real origins. States come from the content script (tab/state), not from how the
// findings are drawn, so these tests hold whatever draws the underlines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabState } from '../../src/platform/protocol';
import { applyEdits } from '../../src/core/testing/markers';
import { focusDraftStart, settled, tabRequest, until, BROWSERS, launch, type ExtensionBrowser, type FixtureHost, type TestPage } from './harness';
import { REALDOM } from '../shared';

const SELF_DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';
const SELF_WORDS = SELF_DRAFT.split(/\s+/).length;


interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Draft keys that hold dismissals in storage.local (the store keeps `{ entries: [{ draft, fingerprint, at }] }`). */
async function dismissalKeys(browser: ExtensionBrowser): Promise<string[]> {
  const stored = await browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    return (await (scope.browser ?? scope.chrome)!.storage.local.get('dismissals')) as { dismissals?: { entries?: Array<{ draft: string }> } };
  });
  return [...new Set((stored.dismissals?.entries ?? []).map((entry) => entry.draft))].sort();
}

/** Opens a real saved page at a site's origin: an empty fixture page whose body becomes the saved page's. */
async function openRealPage(browser: ExtensionBrowser, file: string, host: FixtureHost): Promise<TestPage> {
  const html = readFileSync(join(REALDOM, file), 'utf8');
  const page = await browser.openFixture('realdom-host.html', host);
  await page.evaluate((source: string) => {
    // Parsed inert, then the saved page's own images (tracking pixels in Gmail's quoted history)
    // are pointed at nothing, so the only requests left to count are Outward's.
    const saved = new DOMParser().parseFromString(source, 'text/html');
    for (const image of saved.querySelectorAll('img, source')) {
      image.removeAttribute('srcset');
      if (image.hasAttribute('src')) image.setAttribute('src', 'data:,');
    }
    document.title = saved.title;
    document.body.replaceWith(document.importNode(saved.body, true));
  }, html);
  return page;
}

/** Puts the caret at the start of `line` inside the editor `editor` and focuses it, as a click there would. */
async function caretAt(page: TestPage, editor: string, line: string): Promise<void> {
  await page.focus(editor);
  await page.evaluate((selector: string) => {
    const target = document.querySelector(selector);
    if (target) getSelection()?.collapse(target, 0);
  }, line);
}

async function state(browser: ExtensionBrowser, page: TestPage): Promise<TabState> {
  return tabRequest<TabState>(browser, page, { type: 'tab/state' });
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('LinkedIn 2026 TipTap comment box: the comment is analysed as a reply, the post it answers is not', async () => {
    const page = await browser.openFixture('linkedin/comment-tiptap.html');
    try {
      await focusDraftStart(page, '#comment-1');
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      expect(result.channel).toBe('reply');
      expect(result.generic).toBeUndefined();
      expect(result.report.findings.map((f) => f.ruleId)).toContain('chasing');
      expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
      const excerpts = result.report.findings.map((f) => f.excerpt).join(' | ');
      expect(excerpts).not.toMatch(/warehouse robots|award-winning|trusted by 500/i);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn 2026 post composer in a native <dialog>: analysed as a post, the feed behind it is not', async () => {
    const page = await browser.openFixture('linkedin/post-dialog.html');
    try {
      await page.waitFor(() => (document.querySelector('#share') as HTMLDialogElement | null)?.open === true);
      await focusDraftStart(page, '#post');
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      expect(result.channel).toBe('newsletter');
      expect(result.generic).toBeUndefined();
      expect(result.report.findings.map((f) => f.excerpt)).toContain('industry-leading');
      expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
      expect(result.report.findings.map((f) => f.excerpt).join(' | ')).not.toMatch(/number one agency|Book a demo/i);
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn 2026 TipTap comment box: apply changes exactly the span and one Ctrl+Z restores the comment', async () => {
    const page = await browser.openFixture('linkedin/comment-tiptap.html');
    const text = (): Promise<string> => page.evaluate(() => (document.querySelector('#comment-1') as HTMLElement).innerText.trim());
    try {
      await focusDraftStart(page, '#comment-1');
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      const chase = result.report.findings.find((f) => f.ruleId === 'chasing');
      const index = chase?.suggestions.findIndex((s) => s.edits.length > 0) ?? -1;
      expect(chase && index >= 0).toBe(true);
      const before = await text();
      expect(before).toBe(SELF_DRAFT);
      const wanted = applyEdits(SELF_DRAFT, chase!.suggestions[index]!.edits);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase!.id, suggestionIndex: index })).toEqual({ ok: true });
      await page.waitFor((want: string) => (document.querySelector('#comment-1') as HTMLElement).innerText.trim() === want, wanted.trim());
      await page.press('Control+z');
      await page.waitFor((want: string) => (document.querySelector('#comment-1') as HTMLElement).innerText.trim() === want, before);
      // The post the comment answers was never touched.
      expect(await page.evaluate(() => document.querySelector('#update-1 .update-text')?.textContent)).toContain('warehouse robots');
    } finally {
      await page.close();
    }
  });

  test('LinkedIn post composer in a <dialog> inside the open shadow root of #interop-outlet: found and analysed as a post', async () => {
    const page = await browser.openFixture('linkedin/post-dialog-outlet.html');
    try {
      await page.focus('#post');
      await page.evaluate(() => {
        const line = document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('#post p');
        if (line) getSelection()?.collapse(line, 0);
      });
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      expect(result.channel).toBe('newsletter');
      expect(result.generic).toBeUndefined();
      expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
      expect(result.report.findings.map((f) => f.excerpt)).toContain('industry-leading');
    } finally {
      await page.close();
    }
  });

  test('two open message bubbles (Ember ids) keep independent drafts: a dismissal in one leaves the other alone', async () => {
    const page = await browser.openFixture('linkedin/two-bubbles.html');
    try {
      await focusDraftStart(page, '#editor-dana');
      await page.type(SELF_DRAFT);
      const dana = await settled(browser, page);
      const chase = dana.report.findings.find((f) => f.ruleId === 'chasing');
      expect(chase).toBeDefined();
      expect(await tabRequest(browser, page, { type: 'tab/dismiss', findingId: chase!.id })).toEqual({ ok: true });
      await until(async () => (await dismissalKeys(browser)).length > 0, 'the dismissal to be stored');
      const afterDismiss = await settled(browser, page);
      expect(afterDismiss.report.findings.map((f) => f.fingerprint)).not.toContain(chase!.fingerprint);

      // The same words in the other bubble: its own draft, so the finding is still there.
      await focusDraftStart(page, '#editor-lee');
      await page.type(SELF_DRAFT);
      const lee = await settled(browser, page);
      expect(lee.report.findings.map((f) => f.fingerprint)).toContain(chase!.fingerprint);
      const keys = await dismissalKeys(browser);
      expect(keys).toContain('linkedin:bubble:/in/dana-example');
      expect(keys.filter((key) => key.includes('lee-example') || key === 'linkedin:message')).toEqual([]);

      // Back in the first bubble, its draft is still the one with the dismissal.
      await page.focus('#editor-dana');
      await until(async () => {
        const now = await state(browser, page);
        return now.status === 'results' && now.current && !now.report.findings.some((f) => f.fingerprint === chase!.fingerprint);
      }, 'the first bubble’s draft, with its dismissal, to be active again');
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a LinkedIn editor Outward cannot place is analysed as a generic composer, and the popup says so', async () => {
    const page = await browser.openFixture('linkedin/unplaced.html');
    try {
      await focusDraftStart(page, '#article');
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      expect(result.generic).toBe(true);
      expect(result.channel).toBe('linkedin-message');
      expect(result.report.findings.map((f) => f.excerpt)).toContain('industry-leading');
      const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${await browser.tabIdOf(page)}`);
      try {
        const note = await popup.waitFor(() => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('generic composer'))?.textContent);
        expect(note).toContain('LinkedIn');
        expect(await popup.evaluate(() => document.querySelector('[role="meter"]') !== null)).toBe(true);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test.each([
    ['a one-line tag field', '#tags'],
    ['a bare editable outside any dialog or form', '#scratch'],
  ])('LinkedIn: %s is not a draft and is never analysed', async (_what, selector) => {
    const page = await browser.openFixture('linkedin/unplaced.html');
    try {
      await page.focus(selector);
      await page.press('End');
      await page.type(SELF_DRAFT);
      expect((await state(browser, page)).status).toBe('no-composer');
    } finally {
      await page.close();
    }
  });

  test('a Gmail compose body without the hooks Outward knows is analysed as a generic composer', async () => {
    const page = await browser.openFixture('gmail/unrecognised.html');
    try {
      await focusDraftStart(page, '#body');
      await page.type(SELF_DRAFT);
      const result = await settled(browser, page);
      expect(result.generic).toBe(true);
      expect(result.channel).toBe('cold-email');
      expect(result.report.findings.map((f) => f.ruleId)).toContain('chasing');
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describe('real saved pages', () => {
    test('Gmail new-message mole (2020): the body is a placed composer; typing in Cc is not analysed', async () => {
      const page = await openRealPage(browser, 'gmail-new-message-mole-2020.html', 'gmail');
      try {
        await page.focus('textarea[name="cc"]');
        await page.type(SELF_DRAFT);
        expect((await state(browser, page)).status).toBe('no-composer');
        await focusDraftStart(page, '[g_editable="true"]');
        await page.type(SELF_DRAFT);
        const result = await settled(browser, page);
        expect(result.generic).toBeUndefined();
        expect(result.channel).toBe('cold-email');
        expect(result.report.findings.map((f) => f.excerpt)).toContain('industry-leading');
        expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
      } finally {
        await page.close();
      }
    });

    test('Gmail mole with a real signature and quote: only the typed line is analysed, as a reply', async () => {
      const page = await openRealPage(browser, 'gmail-mole-2020-with-real-signature-and-quote-body.html', 'gmail');
      try {
        await caretAt(page, '[g_editable="true"]', '#realdom-first-line');
        await page.type(SELF_DRAFT);
        const result = await settled(browser, page);
        expect(result.channel).toBe('reply');
        expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
        expect(result.report.findings.map((f) => f.excerpt).join(' | ')).not.toMatch(/Award-winning|industry leader|world-class|Act now/i);
      } finally {
        await page.close();
      }
    });

    test('LinkedIn overlay bubble (2023, es): a message composer whose draft key is its conversation', async () => {
      const page = await openRealPage(browser, 'linkedin-msg-overlay-bubble-2023-es.html', 'linkedin');
      try {
        await focusDraftStart(page, '.msg-form__contenteditable');
        await page.type(SELF_DRAFT);
        const result = await settled(browser, page);
        expect(result.channel).toBe('linkedin-message');
        expect(result.generic).toBeUndefined();
        expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
        const chase = result.report.findings.find((f) => f.ruleId === 'chasing')!;
        expect(await tabRequest(browser, page, { type: 'tab/dismiss', findingId: chase.id })).toEqual({ ok: true });
        await until(async () => (await dismissalKeys(browser)).includes('linkedin:bubble:/in/example'), 'the dismissal under the bubble’s own draft key');
        expect(await dismissalKeys(browser)).not.toContain('linkedin:message');
      } finally {
        await page.close();
      }
    });

    test('LinkedIn comment box (2026, Quill): the comment is analysed as a reply, the post text is not', async () => {
      const page = await openRealPage(browser, 'linkedin-comment-box-2026-quill.html', 'linkedin');
      try {
        await focusDraftStart(page, '.ql-editor.ql-blank');
        await page.type(SELF_DRAFT);
        const result = await settled(browser, page);
        expect(result.channel).toBe('reply');
        expect(result.generic).toBeUndefined();
        expect(result.report.findings.map((f) => f.excerpt)).toContain('industry-leading');
        expect(result.report.words).toBeLessThanOrEqual(SELF_WORDS + 1);
      } finally {
        await page.close();
      }
    });
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
