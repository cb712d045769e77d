// Outward must never move the caret or change what the user types: generated sequences of typing,
// deleting, line breaks and arrow-key moves (fast-check, fixed seed) give the same text and the
// same selection in the Gmail fixture with Outward running and on an origin where it does not run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabState } from '../../src/platform/protocol';
import { focusDraftStart, tabRequest, until, BROWSERS, launch, type ExtensionBrowser, type FixtureHost, type TestPage } from './harness';

type Op = { kind: 'type'; text: string } | { kind: 'press'; key: string } | { kind: 'pause' };

const WORDS = ['We', 'are', 'the', 'best', 'just', 'following', 'up', 'your', 'team', 'act', 'now', 'award-winning', '.', ','];
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS).map((w) => ({ kind: 'type' as const, text: `${w} ` })) },
  { weight: 2, arbitrary: fc.constantFrom('Backspace', 'ArrowLeft', 'ArrowRight', 'Shift+ArrowLeft', 'Enter', 'Home', 'End').map((key) => ({ kind: 'press' as const, key })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
);
const SEQUENCES = fc.sample(fc.array(op, { minLength: 12, maxLength: 24 }), { seed: 20261123, numRuns: 4 });

/** Text of the editor and the selection as text offsets (anchor, focus). */
function observe(page: TestPage): Promise<{ text: string; anchor: number; focus: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('#body') as HTMLElement;
    const selection = getSelection()!;
    const offset = (node: Node | null, at: number): number => {
      if (!node) return -1;
      const range = document.createRange();
      range.setStart(body, 0);
      range.setEnd(node, at);
      return range.toString().length;
    };
    return { text: body.innerText, anchor: offset(selection.anchorNode, selection.anchorOffset), focus: offset(selection.focusNode, selection.focusOffset) };
  });
}

/**
 * A user's pause: where Outward runs, until it has analysed and underlined the draft as it is
 * now; where it does not, there is nothing to wait for.
 */
async function pause(browser: ExtensionBrowser, host: FixtureHost, page: TestPage): Promise<void> {
  if (host !== 'gmail') return;
  await until(async () => {
    const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' });
    return (state.status === 'results' || state.status === 'not-scored') && state.current;
  }, 'Outward to analyse the draft');
}

async function play(browser: ExtensionBrowser, host: FixtureHost, ops: Op[]): Promise<{ text: string; anchor: number; focus: number }> {
  const page = await browser.openFixture('gmail/compose.html', host);
  try {
    await focusDraftStart(page, '#body');
    for (const step of ops) {
      if (step.kind === 'type') await page.type(step.text);
      else if (step.kind === 'press') await page.press(step.key);
      else await pause(browser, host, page);
    }
    await pause(browser, host, page);
    return await observe(page);
  } finally {
    await page.close();
  }
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(SEQUENCES.map((ops, i) => [i, ops] as const))('sequence %i ends with the same text and selection with Outward on and off', async (_i, ops) => {
    const on = await play(browser, 'gmail', [...ops]);
    const off = await play(browser, 'other', [...ops]);
    expect(on).toEqual(off);
    expect(on.text.length).toBeGreaterThan(0);
  });
});
