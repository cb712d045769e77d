// The end-to-end benchmark (`npm run bench`): the built extension in Debian's Chromium on the
// Gmail compose fixture. Prints figures next to the budgets of DESIGN.md §6; asserts nothing.
//   1. page load before any composer is focused: long tasks and script time in the page
//   2. first highlights after the first pause in a fresh composer, and the first result after the
//      first focus of a composer that already holds a saved draft (analyser load included)
//   3. typing 200 characters into a 5,000-word draft: long tasks (≥ 50 ms) while typing
import type { Page } from 'playwright-core';
import { focusDraftStart, launch } from '../test/e2e/harness';

const PAUSE_MS = 400;
const SUBJECTS = ['Your team', 'The release', 'Your notes', 'The support queue', 'Your finance lead', 'The March report', 'Your new hires', 'The onboarding plan'];
const VERBS = ['shipped', 'reviewed', 'moved', 'reopened', 'signed off', 'rewrote', 'closed', 'shared'];
const OBJECTS = ['the invoice run', 'the pricing page', 'two open tickets', 'the payroll export', 'the vendor list', 'the Tuesday stand-up', 'the audit notes', 'the quarterly plan'];

/** A draft of `words` words in distinct sentences (no two alike, so the sentence cache cannot help), every sixth one bragging. */
function draft(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence =
      i % 6 === 5
        ? `We are the industry-leading provider of ${OBJECTS[i % 8]} tools since day ${i + 1}.`
        : `${SUBJECTS[i % 8]} ${VERBS[Math.floor(i / 8) % 8]} ${OBJECTS[Math.floor(i / 64) % 8]} on day ${i + 1}.`;
    out.push(sentence);
    count += sentence.split(' ').length;
  }
  return out.join(' ');
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { __longTasks: number[] };
    scope.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longTasks = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

// The instrumented build (the shipped one with its shadow root open and marked), so the benchmark
// can see when the underlines are drawn: they live in the overlay inside that root.
const browser = await launch('chromium', { variant: 'instrumented' });
try {
  console.log('Chromium (Debian), headless, built extension, Gmail compose fixture\n');

  // 1. Page load, nothing focused: script time in the tab, measured from before navigation. On a
  // page without a composer (the inbox), the analyser loads a second after load; on a page that
  // already holds one, in the first idle period after load, so what matters there is that the
  // page was idle by then: no long task before it.
  const load = await browser.newPage();
  const loadPage = load.raw as Page;
  const cdp = await loadPage.context().newCDPSession(loadPage);
  await cdp.send('Performance.enable');
  await load.goto('https://mail.google.com/__fixtures__/gmail/decoys.html');
  await observeLongTasks(loadPage);
  // Less than the content script's wait before it loads the analyser at idle (1 s after load).
  await new Promise((done) => setTimeout(done, 800));
  const loadTasks = await longTasks(loadPage);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  const hosts = await loadPage.evaluate(() => document.querySelectorAll('[data-ow-test-host]').length);
  const analyserBefore = await loadPage.evaluate(() => performance.getEntriesByName('outward:analyser-load').length);
  console.log('-- Page load, no composer in the page, first 0.8 s (budget: ≤ 30 ms main-thread time added; the analyser loads later, when the page is idle) --');
  console.log(`script time in the tab (fixture page + content script, including compiling the bundle): ${(script * 1000).toFixed(1)} ms; long tasks: ${loadTasks.length}; Outward UI hosts: ${hosts}; analyser loaded: ${analyserBefore > 0 ? 'yes' : 'no'}`);
  await load.close();
  const compose = await browser.newPage();
  const composePage = compose.raw as Page;
  await compose.goto('https://mail.google.com/__fixtures__/gmail/compose.html');
  const analyserAt = await composePage.waitForFunction(() => performance.getEntriesByName('outward:analyser-load')[0]?.startTime ?? 0, undefined, { timeout: 20_000, polling: 10 });
  const startedAt = (await analyserAt.jsonValue()) as number;
  // Long tasks since navigation (buffered): when each ended.
  const timing = await composePage.evaluate(
    () =>
      new Promise<{ loadEnd: number; tasks: number[] }>((done) => {
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.startTime + entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => done({ loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd, tasks }), 500);
      }),
  );
  // The task that loads the analyser is itself long (compromise's evaluation); none may end before it.
  const before = timing.tasks.filter((end) => end <= startedAt).length;
  console.log(`composer in the page: the analyser starts loading ${(startedAt - timing.loadEnd).toFixed(0)} ms after load, in an idle period; long tasks before it: ${before} → ${before === 0 ? 'OK' : 'OVER'}`);
  await compose.close();

  // 2. First highlights after the first pause.
  const first = await browser.openFixture('gmail/compose.html');
  const firstPage = first.raw as Page;
  await focusDraftStart(first, '#body');
  await first.insertText('We are the industry-leading provider of payroll software. Just following up on my last email.');
  const typedAt = Date.now();
  await firstPage.waitForFunction(() => document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-range'), undefined, { timeout: 20_000 });
  const firstMs = Date.now() - typedAt;
  console.log('\n-- First highlights in a fresh composer (budget: ≤ 500 ms after the first pause) --');
  console.log(`from the last keystroke: ${firstMs} ms (of which the typing pause is ${PAUSE_MS} ms) → ${firstMs - PAUSE_MS} ms after the pause`);
  await first.close();

  // 2b. A saved draft (as Gmail restores one) analysed on the first focus of its composer. The
  // content script loads the analyser once the page is idle (a second after load, then the next
  // idle period), so a person who focuses the draft after the page has settled finds it ready; a
  // focus at the very moment the page loads still pays for loading it, shown as the second figure.
  const SETTLED_MS = 3000;
  /** For each run, the first result's time after the page's load event. */
  const fromLoad: number[] = [];
  /** For each run, how long the analyser's loading task took, and its first use (the warm-up task) after it. */
  const loading: number[] = [];
  const firstUse: number[] = [];
  const firstResultAfterFocus = async (waitMs: number): Promise<number> => {
    const saved = await browser.openFixture('gmail/compose.html');
    const savedPage = saved.raw as Page;
    try {
      await savedPage.evaluate((text) => {
        const line = document.querySelector('#body')!.firstElementChild!;
        line.textContent = text;
      }, draft(150));
      if (waitMs > 0) await new Promise((done) => setTimeout(done, waitMs));
      // Timed from before focus(): the content script's focus handler runs inside it. A person's
      // click waits behind whatever task the page is running (the analyser loading, when the page
      // has just gone idle), so the wait before the focus can run counts too: the moment the focus
      // was asked for, on the page's clock, is the earlier of the two.
      const askedAt = Date.now();
      const focusedAt = await savedPage.evaluate((asked) => {
        const line = document.querySelector('#body')!.firstElementChild!;
        const at = Math.min(performance.now(), asked - performance.timeOrigin);
        (document.querySelector('#body') as HTMLElement).focus();
        getSelection()!.collapse(line, 0);
        return at;
      }, askedAt);
      // The first underline drawn (in the overlay inside Outward's shadow root).
      const shownAt = await savedPage.waitForFunction(() => (document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-range') ? performance.now() : 0), undefined, { timeout: 20_000, polling: 5 });
      const loadEnd = await savedPage.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
      const shown = (await shownAt.jsonValue()) as number;
      fromLoad.push(shown - loadEnd);
      // Marks of the instrumented build (src/content/main.ts): loading started, loaded, warmed up.
      const marks = await savedPage.evaluate(() => ['outward:analyser-load', 'outward:analyser-ready', 'outward:warm'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN));
      loading.push(marks[1]! - marks[0]!);
      firstUse.push(marks[2]! - marks[1]!);
      return shown - focusedAt;
    } finally {
      await saved.close();
    }
  };
  const settledRuns = [await firstResultAfterFocus(SETTLED_MS), await firstResultAfterFocus(SETTLED_MS), await firstResultAfterFocus(SETTLED_MS)];
  const settledMedian = [...settledRuns].sort((a, b) => a - b)[1]!;
  fromLoad.length = 0;
  loading.length = 0;
  firstUse.length = 0;
  const coldRuns = [await firstResultAfterFocus(0), await firstResultAfterFocus(0), await firstResultAfterFocus(0)];
  const cold = [...coldRuns].sort((a, b) => a - b)[1]!;
  console.log('\n-- First result after the first focus of a composer holding a 150-word saved draft (DESIGN: ≤ 300 ms) --');
  console.log(`focus ${SETTLED_MS / 1000} s after load (analyser loaded while the page was idle): first result ${settledMedian.toFixed(0)} ms after focus (median of ${settledRuns.map((v) => v.toFixed(0)).join(', ')}) → ${settledMedian <= 300 ? 'OK' : 'OVER'}`);
  // The page holds a composer, so the analyser loads in the first idle period after load: a focus
  // then waits for that to finish (the figure after focus), and the result's time after load shows it all.
  console.log(
    `focus the moment the page has loaded (the analyser loading since the page went idle): first result ${cold.toFixed(0)} ms after focus (median of ${coldRuns.map((v) => v.toFixed(0)).join(', ')}) → ${cold <= 300 ? 'OK' : 'OVER'}; ${[...fromLoad].sort((a, b) => a - b)[1]!.toFixed(0)} ms after the load event (median of ${fromLoad.map((v) => v.toFixed(0)).join(', ')})`,
  );
  // What a focus that lands while the analyser loads waits for, before its own analysis.
  console.log(`  the analyser's loading task: ${loading.map((v) => v.toFixed(0)).join(', ')} ms; its first use (warm-up task) after it: ${firstUse.map((v) => v.toFixed(0)).join(', ')} ms`);

  // 3. Typing into a 5,000-word draft, with Outward and, as a control, in the same page at an
  // origin where Outward does not run (long tasks there are the page's and the browser's own).
  const TYPED = ' Your notes could go out the same day with one change to the release job. '.repeat(3).slice(0, 200);
  const session = async (host: 'gmail' | 'other') => {
    const big = await browser.openFixture('gmail/compose.html', host);
    const bigPage = big.raw as Page;
    try {
      await focusDraftStart(big, '#body');
      await big.insertText(draft(5000));
      // The text arrives in one input event; from there, the first analysis of 5,000 new words.
      await observeLongTasks(bigPage);
      await bigPage.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
      const pastedAt = Date.now();
      if (host === 'gmail') {
        await bigPage.waitForFunction(() => document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-range'), undefined, { timeout: 20_000, polling: 10 });
      } else {
        await new Promise((done) => setTimeout(done, PAUSE_MS + 800));
      }
      const analysedMs = Date.now() - pastedAt - PAUSE_MS;
      const firstTasks = await longTasks(bigPage);
      await new Promise((done) => setTimeout(done, 1000));
      await bigPage.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
      const started = Date.now();
      await bigPage.keyboard.type(TYPED, { delay: 30 });
      await new Promise((done) => setTimeout(done, PAUSE_MS + 1500));
      return { analysedMs, firstTasks, typingMs: Date.now() - started, typingTasks: await longTasks(bigPage) };
    } finally {
      await big.close();
    }
  };
  const tasks = (list: number[]) => `${list.length}${list.length ? ` (max ${Math.max(...list).toFixed(0)} ms)` : ''}`;
  const control = await session('other');
  const withOutward = await session('gmail');
  console.log('\n-- First analysis of a new 5,000-word draft (distinct sentences; budget: no long task ≥ 50 ms) --');
  console.log(`analysed ${withOutward.analysedMs} ms after the pause; long tasks: ${tasks(withOutward.firstTasks)} → ${withOutward.firstTasks.length === 0 ? 'OK' : 'OVER'}; same page without Outward: ${tasks(control.firstTasks)}`);
  console.log('\n-- Typing 200 characters into a 5,000-word draft (budget: no long task ≥ 50 ms) --');
  console.log(`typing took ${withOutward.typingMs} ms; long tasks: ${tasks(withOutward.typingTasks)} → ${withOutward.typingTasks.length === 0 ? 'OK' : 'OVER'}; same page without Outward: ${tasks(control.typingTasks)} in ${control.typingMs} ms`);
  console.log(`\nrequests that left the browser: ${browser.unexpectedRequests.length}`);
} finally {
  await browser.close();
}
