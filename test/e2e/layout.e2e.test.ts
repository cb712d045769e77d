// Underlines hold whatever the fonts: in a textarea (measured in Outward's mirror) and in a
// contenteditable editor (measured with ranges), in both browsers, for drafts whose layout is
// where a copy most easily drifts from the editor — a phrase wrapping at the right edge, a long
// unbroken word, a vertical scrollbar (scrolled halfway), CJK and emoji, a sub-pixel width with
// letter-spacing. The truth is the browser's own hit test on the editor (caretPositionFromPoint
// gives the textarea's own character under a point): both ends of every underline (of a whole
// line) must lie on the words it is for, and every underline inside the editor's visible box.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusDraftStart, highlighted, settled, BROWSERS, launch, type ExtensionBrowser, type TestPage } from './harness';

const WRAP =
  'I hope this email finds you well. We are the industry-leading provider of payroll software and our platform has 40 integrations, SSO and advanced analytics. ' +
  'Just following up on my last email, when can we get 30 minutes on your calendar?';
const LONG_WORD = `We are the industry-leading provider of payroll software, see https://docs.example.com/${'payroll-onboarding-'.repeat(9)}guide and just following up on my last email, we are the best agency in the world.`;
const CJK = 'I hope this email finds you well 🙂 我们的团队很高兴认识您。We are the industry-leading provider 🚀🚀 of payroll software (业界领先). Just following up on my last email 🙏 感谢您的时间。';

interface Case {
  name: string;
  draft: string;
  /** Styles the page gives its editor. */
  style: Record<string, string>;
  /** Scroll the editor this far down (0–1) before checking. */
  scroll?: number;
  /** Make the editor just wide enough for the first line that ends with this word (then the next space hangs past the edge). */
  edge?: string;
}

const CASES: Case[] = [
  { name: 'lines wrapping at the right edge', draft: WRAP.replace('. Just', '.\nJust'), style: { height: '560px' }, edge: 'Just following' },
  { name: 'a long unbroken word', draft: LONG_WORD, style: { width: '330px', height: '320px' } },
  { name: 'a vertical scrollbar, scrolled', draft: `${WRAP} ${WRAP} ${WRAP} ${WRAP}`, style: { width: '380px', height: '96px', minHeight: '0', overflowY: 'auto' }, scroll: 0.5 },
  { name: 'CJK, emoji, sub-pixel width', draft: CJK, style: { width: '221.6px', height: '320px', letterSpacing: '0.37px' } },
];

const EDITORS = [
  { kind: 'textarea (LinkedIn connection note)', fixture: 'linkedin/message-composer.html', selector: '#custom-message' },
  { kind: 'contenteditable (Gmail draft)', fixture: 'gmail/compose.html', selector: '#body' },
] as const;

interface Layout {
  problems: string[];
  /** Per underlined range: its text, how many marks it has and on how many lines. */
  ranges: Array<{ text: string; marks: number; lines: number }>;
  scrolled: { scrollTop: number; overflow: number };
  /** The right edge of the editor's content box, and the rightmost end of any mark. */
  right: { content: number; marks: number };
}

/** Puts a draft into the editor as a site script would (a saved draft restored), styled by the page. */
async function putDraft(page: TestPage, selector: string, draft: string, style: Record<string, string>): Promise<void> {
  await page.evaluate(({ selector, draft, style }: { selector: string; draft: string; style: Record<string, string> }) => {
    const editor = document.querySelector(selector) as HTMLElement;
    Object.assign(editor.style, style);
    if (editor instanceof HTMLTextAreaElement) editor.value = draft;
    else {
      // One block per paragraph, as the editor makes them.
      const [first, ...more] = draft.split('\n');
      editor.firstElementChild!.textContent = first!;
      editor.firstElementChild!.after(...more.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
    }
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, { selector, draft, style });
}

/**
 * The width (CSS px, to a quarter pixel) at which the editor's line ends exactly after `words`
 * (the last of them just fits; the space after it hangs past the edge and the next word wraps),
 * found by asking the editor itself how many lines a part of the draft takes.
 */
function edgeWidth(page: TestPage, selector: string, draft: string, words: string): Promise<number> {
  return page.evaluate(({ selector, draft, words }: { selector: string; draft: string; words: string }) => {
    const editor = document.querySelector(selector) as HTMLElement;
    // The paragraph that holds the words, from its start (the lines before it do not move it).
    const paragraph = draft.slice(draft.lastIndexOf('\n', draft.indexOf(words)) + 1);
    const end = paragraph.indexOf(words) + words.length;
    const start = paragraph.lastIndexOf(' ', end - 1) + 1;
    const height = (text: string): number => {
      if (editor instanceof HTMLTextAreaElement) {
        // Zero high (so scrollHeight is the text's) and without the scrollbar that would bring.
        editor.value = text;
        Object.assign(editor.style, { height: '0px', overflowY: 'hidden' });
        return editor.scrollHeight;
      }
      editor.firstElementChild!.textContent = text;
      return editor.firstElementChild!.getBoundingClientRect().height;
    };
    /** The last word fits on the line of the word before it (measured without the space between). */
    const fits = (width: number): boolean => {
      editor.style.width = `${width}px`;
      return height(paragraph.slice(0, end)) === height(paragraph.slice(0, start - 1));
    };
    // Narrow, the word goes to a line of its own; wide, it follows the word before it.
    let narrow = 60;
    let wide = 700;
    if (fits(narrow) || wide <= narrow) throw new Error(`"${words}" cannot be put at the edge`);
    while (wide - narrow > 0.25) {
      const middle = (narrow + wide) / 2;
      if (fits(middle)) wide = middle;
      else narrow = middle;
    }
    editor.style.overflowY = '';
    return wide;
  }, { selector, draft, words });
}

/**
 * Every underline checked against the editor itself: inside its visible box (inside the border,
 * in the viewport), and the browser's own caret hit test at both ends of each mark lands inside
 * an occurrence of the words the mark is for.
 */
function layout(page: TestPage, selector: string): Promise<Layout> {
  return page.evaluate((sel: string) => {
    const editor = document.querySelector(sel) as HTMLElement;
    const r = editor.getBoundingClientRect();
    const visible = {
      left: Math.max(0, r.left + editor.clientLeft),
      top: Math.max(0, r.top + editor.clientTop),
      right: Math.min(innerWidth, r.left + editor.clientLeft + editor.clientWidth),
      bottom: Math.min(innerHeight, r.top + editor.clientTop + editor.clientHeight),
    };
    const nodes: Text[] = [];
    if (!(editor instanceof HTMLTextAreaElement)) {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    }
    const text = editor instanceof HTMLTextAreaElement ? editor.value : nodes.map((n) => n.data).join('');
    /** The offset in `text` of the caret the browser puts at a point, or -1. */
    const offsetAt = (x: number, y: number): number => {
      const position = (document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint(x, y);
      if (!position) return -1;
      if (editor instanceof HTMLTextAreaElement) return position.offsetNode === editor ? position.offset : -1;
      let before = 0;
      for (const node of nodes) {
        if (node === position.offsetNode) return before + position.offset;
        before += node.data.length;
      }
      return -1;
    };
    const occurrences = (words: string): number[] => {
      const found: number[] = [];
      for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) found.push(i);
      return found;
    };
    const round = (n: number) => Math.round(n * 10) / 10;
    const problems: string[] = [];
    const ranges: Layout['ranges'] = [];
    const host = document.querySelector('[data-ow-test-host]')!.shadowRoot!;
    const all = [...host.querySelectorAll('.ow-mark')].map((m) => m.getBoundingClientRect().height);
    /** A mark cut by the top of the box can lie in its padding, where the hit test finds the nearest line instead. */
    const whole = (m: DOMRect) => m.height >= Math.max(...all) * 0.75;
    for (const group of host.querySelectorAll<HTMLElement>('.ow-range')) {
      const words = group.dataset['text'] ?? '';
      const starts = occurrences(words);
      if (starts.length === 0) problems.push(`"${words}" is not in the draft`);
      const marks = [...group.querySelectorAll('.ow-mark')].map((m) => m.getBoundingClientRect());
      ranges.push({ text: words, marks: marks.length, lines: new Set(marks.map((m) => Math.round(m.top))).size });
      for (const m of marks) {
        const box = `[${round(m.left)}, ${round(m.top)}, ${round(m.right)}, ${round(m.bottom)}]`;
        if (m.left < visible.left - 0.01 || m.right > visible.right + 0.01 || m.top < visible.top - 0.01 || m.bottom > visible.bottom + 0.01) {
          problems.push(`"${words}": mark ${box} outside the visible box [${round(visible.left)}, ${round(visible.top)}, ${round(visible.right)}, ${round(visible.bottom)}]`);
        }
        if (!whole(m)) continue;
        const y = (m.top + m.bottom) / 2;
        for (const x of [Math.min(m.left + 1, m.right), Math.max(m.right - 1, m.left)]) {
          const at = offsetAt(x, y);
          if (!starts.some((start) => at >= start && at <= start + words.length)) {
            problems.push(`"${words}": mark ${box} at x=${round(x)} is over ${at < 0 ? 'no text' : JSON.stringify(text.slice(Math.max(0, at - 12), at) + '|' + text.slice(at, at + 12))}`);
          }
        }
      }
    }
    const content = r.left + editor.clientLeft + editor.clientWidth - parseFloat(getComputedStyle(editor).paddingRight);
    const rights = [...host.querySelectorAll('.ow-mark')].map((m) => m.getBoundingClientRect().right);
    return { problems, ranges, scrolled: { scrollTop: editor.scrollTop, overflow: editor.scrollHeight - editor.clientHeight }, right: { content, marks: Math.max(...rights) } };
  }, selector);
}

/**
 * Waits (up to 10 s) for the underlines to be drawn where the editor's text is now, after a
 * change of layout the content script follows on its next frame; then returns what is wrong.
 */
async function settledLayout(page: TestPage, selector: string, expected: string[]): Promise<Layout> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await layout(page, selector);
    const drawn = (await highlighted(page)).join('|') === expected.join('|');
    if ((drawn && now.problems.length === 0) || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(BROWSERS)('%s (instrumented build)', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { variant: 'instrumented' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(EDITORS)('$kind', ({ fixture, selector }) => {
    test.each(CASES)('$name: every underline lies on its words and inside the visible box', async ({ draft, style, scroll, edge }) => {
      const page = await browser.openFixture(fixture);
      try {
        await focusDraftStart(page, selector);
        await page.type('We ');
        const width = edge === undefined ? style : { ...style, width: `${await edgeWidth(page, selector, draft, edge)}px` };
        await putDraft(page, selector, draft, width);
        const { report } = await settled(browser, page);
        const expected = report.findings.filter((f) => f.level !== 'draft').map((f) => f.excerpt).sort();
        expect(expected.length).toBeGreaterThan(2);
        if (scroll !== undefined) {
          await page.evaluate(({ sel, share }: { sel: string; share: number }) => {
            const editor = document.querySelector(sel) as HTMLElement;
            editor.scrollTop = Math.round((editor.scrollHeight - editor.clientHeight) * share);
          }, { sel: selector, share: scroll });
        }
        const result = await settledLayout(page, selector, expected);
        expect(result.problems).toEqual([]);
        expect(result.ranges.reduce((n, r) => n + r.marks, 0)).toBeGreaterThan(0);
        if (scroll !== undefined) {
          // The draft does scroll, and is scrolled: some underlines are out of view, none drawn there.
          expect(result.scrolled.overflow).toBeGreaterThan(40);
          expect(result.scrolled.scrollTop).toBeGreaterThan(20);
          expect(result.ranges.some((r) => r.marks === 0)).toBe(true);
        } else {
          // Every underlined phrase is in view; at least one wraps onto a second line.
          expect(result.ranges.every((r) => r.marks > 0)).toBe(true);
          expect(result.ranges.some((r) => r.lines > 1)).toBe(true);
        }
        // The line ends at the edge of the text: an underline reaches it, and stops there.
        if (edge !== undefined) expect(result.right.marks).toBeCloseTo(result.right.content, 0);
      } finally {
        await page.close();
      }
    });
  });
});
