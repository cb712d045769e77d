// Context beside the draft (issue 23) in real browsers, on the shipped build and on fixture pages
// written from ../shared/reference/context-dom.md: an inline Gmail reply under a message with two
// questions, a 2026 LinkedIn comment and a Quill comment under a classic post, a messaging
// thread, the invitation dialog in #interop-outlet's shadow root. Each shows what was read (the
// content script's state, as the popup gets it), the findings it brings, that nothing of it is
// in storage.local or storage.sync, and that nothing of it is readable by the page (its DOM, its
// open shadow roots, its highlight registry, messages posted to it). The options switch turns it off.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContextView, TabState } from '../../src/platform/protocol';
import { focusDraftStart, settled, until, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

interface Api {
  storage: { sync: { get(key?: null): Promise<Record<string, unknown>>; clear(): Promise<void> }; local: { get(key?: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

type Results = Extract<TabState, { status: 'results' }>;

/** Listens, from the page's own scripts, for anything posted to the window (before Outward starts on the composer). */
async function listen(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    document.addEventListener('click', (event) => seen.push(`click:${(event.target as Element).outerHTML.slice(0, 80)}`), true);
  });
}

/** Everything a page script can read: its DOM and open shadow roots as HTML, highlight names, what was posted or clicked. */
function pageView(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML);
          visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    if (registry) parts.push([...registry.keys()].join(' '));
    parts.push(JSON.stringify((window as unknown as { seen: string[] }).seen));
    return parts.join('\n');
  });
}

async function stored(browser: ExtensionBrowser): Promise<string> {
  return browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    return JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)]);
  });
}

/** What was read, the findings, and the privacy checks every surface shares. */
async function expectContext(browser: ExtensionBrowser, page: TestPage, context: ContextView, rules: string[], contextWords: string[]): Promise<Results> {
  const state = await until(
    async () => {
      const s = await settled(browser, page);
      return s.context ? s : null;
    },
    'an analysis with its context',
  );
  expect(state.context).toEqual(context);
  expect(state.report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(rules));
  const messages = state.report.findings.filter((f) => rules.includes(f.ruleId)).map((f) => f.message);
  const inStorage = await stored(browser);
  const inPage = await pageView(page);
  for (const message of messages) expect(inPage).not.toContain(message);
  for (const word of [...contextWords, 'They asked', 'not who you are writing to', 'Nothing here is about']) expect(inStorage).not.toContain(word);
  expect(inPage).not.toMatch(/They asked|Answer that first|not who you are writing to|Nothing here is about|Replying to|Commenting on|Writing to/);
  // Nothing was clicked: "…more" stays unexpanded, the thread as it was.
  expect(inPage).not.toContain('click:');
  return state;
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an inline Gmail reply is judged against the message it answers; the popup says what was read', async () => {
    const page = await browser.openFixture('gmail/reply-context.html');
    try {
      await listen(page);
      await focusDraftStart(page, '#reply');
      await page.type('Hi Tom, yes, it works with Xero out of the box.');
      const state = await expectContext(browser, page, { kind: 'message', name: 'Dana Whitfield', questions: 2, answered: 1, line: "Replying to Dana's message: 2 questions, 1 answered" }, ['wrong-name', 'unanswered-question'], ['Xero', 'price list', 'Dana', 'twelve seats']);
      const wrong = state.report.findings.find((f) => f.ruleId === 'wrong-name')!;
      expect(wrong.suggestions[0]?.edits[0]?.text).toBe('Dana');
      expect(state.report.findings.find((f) => f.ruleId === 'unanswered-question')?.message).toBe('They asked “Could you send the price list for twelve seats?” Answer that first.');
      const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${await browser.tabIdOf(page)}`);
      try {
        const line = await popup.waitFor(() => [...document.querySelectorAll('.ow-hint')].map((p) => p.textContent).find((t) => t?.startsWith('Replying to')));
        expect(line).toBe("Replying to Dana's message: 2 questions, 1 answered");
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test('a 2026 LinkedIn comment that ignores the post and pitches is flagged; the post and its author were read', async () => {
    const page = await browser.openFixture('linkedin/comment-context-2026.html');
    try {
      await listen(page);
      await focusDraftStart(page, '#comment');
      await page.type('Great post! We help companies like yours grow revenue with our AI sales platform. DM me to learn more.');
      await expectContext(browser, page, { kind: 'post', name: 'Maria Santos', questions: 0, answered: 0, line: "Commenting on Maria's post" }, ['off-topic-comment'], ['triage', 'rota', 'Maria']);
    } finally {
      await page.close();
    }
  });

  test('a Quill comment under a classic post reads the classic post and its author', async () => {
    const page = await browser.openFixture('linkedin/comment-context-classic.html');
    try {
      await listen(page);
      await page.waitFor(() => document.querySelector('#comment-editor .ql-editor') !== null);
      await focusDraftStart(page, '#comment-editor .ql-editor');
      await page.type('Love this. I run a growth agency and we have helped over 200 brands scale their ads. Happy to chat anytime.');
      await expectContext(browser, page, { kind: 'post', name: 'Kenji Watanabe', questions: 0, answered: 0, line: "Commenting on Kenji's post" }, ['off-topic-comment'], ['scanners', 'Mispicks', 'Kenji']);
    } finally {
      await page.close();
    }
  });

  test('a LinkedIn message reads the other person’s last messages and name', async () => {
    const page = await browser.openFixture('linkedin/messaging-context.html');
    try {
      await listen(page);
      await focusDraftStart(page, '#message');
      await page.type('Hi Jordan, great to hear from you. We are growing fast this year.');
      const state = await expectContext(browser, page, { kind: 'message', name: 'Jordan Blake', questions: 2, answered: 0, line: "Replying to Jordan's message: 2 questions, 0 answered" }, ['unanswered-question'], ['questionnaire', 'Frankfurt']);
      expect(state.report.findings.find((f) => f.ruleId === 'unanswered-question')?.message).toBe('They asked 2 things this reply does not answer, first “Could you send the security questionnaire?” Answer them first.');
    } finally {
      await page.close();
    }
  });

  test('a connection note reads the invitee from the dialog in #interop-outlet, not the people behind it', async () => {
    const page = await browser.openFixture('linkedin/invite-context.html');
    try {
      await listen(page);
      await page.focus('#custom-message');
      await page.type('Hi Lena, I enjoyed your talk on clinic rotas and would like to stay in touch.');
      const state = await expectContext(browser, page, { kind: 'person', name: 'Priya Raman', questions: 0, answered: 0, line: 'Writing to Priya Raman' }, ['wrong-name'], ['Priya', 'Raman']);
      expect(state.report.findings.find((f) => f.ruleId === 'wrong-name')?.suggestions[0]?.edits[0]?.text).toBe('Priya');
    } finally {
      await page.close();
    }
  });

  test('the options switch turns context off: nothing read, no context findings', async () => {
    const options = await browser.openExtensionPage('options/options.html');
    try {
      await options.waitFor(() => document.querySelector('#read-context') !== null);
      await options.click('#read-context');
      await until(async () => (await stored(browser)).includes('"readContext":false'), 'the switch to be saved');
      const page = await browser.openFixture('gmail/reply-context.html');
      try {
        await focusDraftStart(page, '#reply');
        await page.type('Hi Tom, yes, it works with Xero out of the box.');
        const state = await settled(browser, page);
        expect(state).not.toHaveProperty('context');
        expect(state.report.findings.map((f) => f.ruleId)).not.toContain('wrong-name');
        expect(state.report.findings.map((f) => f.ruleId)).not.toContain('unanswered-question');
      } finally {
        await page.close();
      }
    } finally {
      await browser.evaluateInExtension(async () => {
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome)!;
        await api.storage.sync.clear();
        await api.storage.local.clear();
      });
      await options.close();
    }
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
