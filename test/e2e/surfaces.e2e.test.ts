// Every compose surface Outward supports, on fixtures written from the documented structures:
// Gmail full screen, the stand-alone pop-out window, an inline reply with the quote expanded
// (typing before and after it), a compose whose obfuscated classes were renamed, LinkedIn InMail
// and a comment box. On each, a self-oriented draft is underlined exactly on the findings'
// words, never in signatures or quotes, the channel is inferred, and a client-focused draft is
// left alone. Then: apply and undo in a plain textarea, and the decoys that are never analysed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Channel } from '../../src/core/types';
import type { TabState } from '../../src/platform/protocol';
import { applyEdits } from '../../src/core/testing/markers';
import { highlighted, hostCount, settled, until, tabRequest, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const SELF_DRAFT = 'We are the industry-leading provider of payroll software. Just following up on my last email.';
const CLIENT_DRAFT = 'Your March payroll run took two days longer than February. Was that the new overtime rule?';

interface Surface {
  name: string;
  path: string;
  /** The editor to focus. */
  editor: string;
  /** Where in the editor the caret goes before typing (default: its first line). */
  caretIn?: string;
  channel: Channel;
  /** Words on the page (signature, quote) that must never be flagged or underlined. */
  never: string[];
}

const SURFACES: Surface[] = [
  { name: 'Gmail full screen', path: 'gmail/fullscreen.html', editor: '#body', channel: 'cold-email', never: ['following up is what we do best', 'Act now', 'award-winning'] },
  { name: 'Gmail stand-alone pop-out (subject "Re:")', path: 'gmail/popout.html', editor: '#body', channel: 'follow-up', never: [] },
  { name: 'Gmail compose with renamed classes', path: 'gmail/renamed-classes.html', editor: '#body', channel: 'cold-email', never: ['best agency'] },
  { name: 'Gmail reply, quote expanded, typed above the quote', path: 'gmail/reply-expanded.html', editor: '#reply', caretIn: '#first', channel: 'reply', never: ['industry leader', 'Act now', 'ends Friday', 'Award-winning', 'world-class'] },
  { name: 'Gmail reply, quote expanded, typed below the quote', path: 'gmail/reply-expanded.html', editor: '#reply', caretIn: '#after', channel: 'reply', never: ['industry leader', 'Act now', 'ends Friday', 'Award-winning', 'world-class'] },
  { name: 'LinkedIn full-page messaging thread', path: 'linkedin/messaging-thread.html', editor: '#editor', channel: 'linkedin-message', never: ['industry-leading provider of freight', 'trusted by 500 brands', 'on my last message', 'offer ends Friday'] },
  { name: 'LinkedIn InMail', path: 'linkedin/inmail.html', editor: '#editor', channel: 'cold-email', never: ['reaching out from Acme', 'leading provider of CRM'] },
  { name: 'LinkedIn comment box (Quill)', path: 'linkedin/feed-quill.html', editor: '#comment .ql-editor', channel: 'reply', never: [] },
];

/** Focuses the editor with the caret at the start of `caretIn` (or of the editor's first line). */
async function placeCaret(page: TestPage, surface: Surface): Promise<void> {
  await page.focus(surface.editor);
  await page.evaluate(({ editor, at }: { editor: string; at: string | null }) => {
    const root = document.querySelector(editor);
    const target = at ? document.querySelector(at) : (root?.firstElementChild ?? root);
    if (target) getSelection()?.collapse(target, 0);
  }, { editor: surface.editor, at: surface.caretIn ?? null });
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

  test.each(SURFACES.map((s) => [s.name, s] as const))('%s: underlines exactly the findings, never the signature or quote', async (_name, surface) => {
    const page = await browser.openFixture(surface.path);
    try {
      await placeCaret(page, surface);
      await page.type(SELF_DRAFT);
      const state = await settled(browser, page);
      expect(state.channel).toBe(surface.channel);
      const excerpts = state.report.findings.map((f) => f.excerpt);
      expect(excerpts).toContain('industry-leading');
      // Only the typed words were analysed: nothing from the signature, quote or page around it.
      expect(state.report.words).toBeLessThanOrEqual(SELF_DRAFT.split(/\s+/).length + 1);
      const expected = state.report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt).sort();
      await until(async () => (await highlighted(page)).join('|') === expected.join('|'), 'the underlines on the flagged words');
      const shown = await highlighted(page);
      for (const words of surface.never) {
        expect(excerpts.join(' | ')).not.toContain(words);
        expect(shown.join(' | ')).not.toContain(words);
      }
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test.each(SURFACES.map((s) => [s.name, s] as const))('%s: a client-focused draft gets no findings', async (_name, surface) => {
    const page = await browser.openFixture(surface.path);
    try {
      await placeCaret(page, surface);
      await page.type(CLIENT_DRAFT);
      const state = await settled(browser, page);
      expect(state.report.findings).toEqual([]);
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn connection note (textarea): apply changes exactly the span and one Ctrl+Z restores it', async () => {
    const page = await browser.openFixture('linkedin/message-composer.html');
    try {
      await page.focus('#custom-message');
      const note = 'Just following up on my last note. Your depot move looked like a big project, Sam.';
      await page.type(note);
      const report = (await settled(browser, page)).report;
      const chase = report.findings.find((f) => f.ruleId === 'chasing');
      const index = chase?.suggestions.findIndex((s) => s.edits.length > 0) ?? -1;
      expect(chase && index >= 0).toBe(true);
      const wanted = applyEdits(note, chase!.suggestions[index]!.edits);
      expect(await tabRequest(browser, page, { type: 'tab/apply', findingId: chase!.id, suggestionIndex: index })).toEqual({ ok: true });
      await page.waitFor((want: string) => (document.querySelector('#custom-message') as HTMLTextAreaElement).value === want, wanted);
      await page.press('Control+z');
      await page.waitFor((want: string) => (document.querySelector('#custom-message') as HTMLTextAreaElement).value === want, note);
    } finally {
      await page.close();
    }
  });

  test.each([
    ['the search box', '#search'],
    ['a password field', '#password'],
    ['a filter text area', '#filter'],
    ['an editable note outside any compose window', '#note'],
  ])('decoys: %s is never analysed', async (_what, selector) => {
    const page = await browser.openFixture('gmail/decoys.html');
    try {
      await page.focus(selector);
      await page.press('End');
      await page.type(SELF_DRAFT);
      const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' });
      expect(state.status).toBe('no-composer');
      expect(await highlighted(page)).toEqual([]);
      expect(await hostCount(page)).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('decoys: a read-only received message is never analysed, even when clicked', async () => {
    const page = await browser.openFixture('gmail/decoys.html');
    try {
      await page.click('#received');
      const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' });
      expect(state.status).toBe('no-composer');
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
