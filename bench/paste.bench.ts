// The paste benchmark (`npm run bench`, or `node scripts/bench.mjs --paste` alone): a draft pasted
// in one go into the Gmail compose fixture, in Chromium and in Firefox, with Outward (the Gmail
// origin) and without (the same page at an origin Outward does not run on). Prints, for the 3 s
// after the paste, the longest gap between the page's own timer ticks (how long the main thread
// was blocked, the paste included) and the tasks of 50 ms or more (Chromium's long-task entries;
// in Firefox, which has none, the timer gaps of 50 ms or more). Budget (DESIGN.md §6, issue 21):
// with Outward, the longest block is at most twice the one without, and no long task is Outward's.
// Asserts nothing.
import { BROWSERS, focusDraftStart, launch, type TestPage } from '../test/e2e/harness';

const WATCH_MS = 3000;
const SETTLE_MS = 3500;
const SIZES = [
  { label: '1 MB', chars: 1_000_000 },
  { label: '39,000 characters (just under what Outward analyses)', chars: 39_000 },
  { label: '20,000 characters', chars: 20_000 },
  ...(process.env.OUTWARD_BENCH_SIZES ?? '').split(',').filter(Boolean).map((n) => ({ label: `${n} characters`, chars: Number(n) })),
];

interface Figures {
  longestGap: number;
  gapsOver50: number[];
  longTasks: number[] | null;
  badge: string | null;
}

/** Draft-like text of `chars` characters, in paragraphs of five sentences (at most 100 paragraphs: Chromium takes a minute to insert thousands of lines, with or without Outward). */
function draftText(chars: number): string {
  const sentences = ['We are the industry-leading provider of payroll software and our platform does everything.', 'Your team could close the month two days sooner with one change to the export.', 'Just following up on my last email about the pricing page.', 'The March report shows the support queue moved faster after the release.'];
  let text = '';
  for (let i = 0; text.length < chars; i++) text += sentences[i % sentences.length] + (i % 5 === 4 && i < 500 ? '\n' : ' ');
  return text.slice(0, chars);
}

/** Pastes `chars` characters of draft-like text (a line break every ~400 characters) and watches the main thread. */
async function paste(page: TestPage, chars: number): Promise<Figures> {
  await focusDraftStart(page, '#body');
  await page.evaluate(() => {
    const scope = window as unknown as { __ticks: number[]; __longTasks: number[] | null; __watching: boolean };
    scope.__ticks = [performance.now()];
    scope.__watching = true;
    scope.__longTasks = null;
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      scope.__longTasks = [];
      const from = performance.now();
      // Buffered (a task that blocked the observer's own callback still counts), but only from now:
      // the page's load and the analyser's idle-time loading came before.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.startTime + entry.duration >= from) scope.__longTasks!.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }
    const tick = (): void => {
      scope.__ticks.push(performance.now());
      if (scope.__watching) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  // The paste itself: one insertion, one input event, as the browser's own paste makes. Chromium
  // through its input pipeline (CDP Input.insertText; its execCommand takes seconds on a megabyte
  // by itself); Firefox, whose driver types a string key by key, through execCommand.
  const text = draftText(chars);
  if (page.browserName === 'chromium') await page.insertText(text);
  else await page.evaluate((t: string) => void document.execCommand('insertText', false, t), text);
  await new Promise((done) => setTimeout(done, WATCH_MS));
  return page.evaluate(() => {
    const scope = window as unknown as { __ticks: number[]; __longTasks: number[] | null; __watching: boolean };
    scope.__watching = false;
    const gaps = scope.__ticks.slice(1).map((t, i) => t - scope.__ticks[i]!);
    const badge = document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-score');
    return {
      longestGap: Math.max(...gaps),
      gapsOver50: gaps.filter((g) => g >= 50),
      longTasks: scope.__longTasks,
      badge: badge ? [...badge.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('') : null,
    };
  });
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const list = (v: number[] | null) => (v === null ? 'n/a' : `${v.length}${v.length ? ` (${v.map((x) => x.toFixed(0)).join(', ')} ms)` : ''}`);

for (const name of process.env.OUTWARD_BENCH_BROWSER ? [process.env.OUTWARD_BENCH_BROWSER as (typeof BROWSERS)[number]] : BROWSERS) {
  // The instrumented build, so the benchmark can read what the badge says.
  const browser = await launch(name, { variant: 'instrumented' });
  try {
    console.log(`\n-- ${name}: a pasted draft, the 3 s after it (budget: longest block with Outward ≤ 2× without, or under 50 ms; no long task of Outward's) --`);
    for (const { label, chars } of SIZES) {
      const run = async (host: 'gmail' | 'other'): Promise<Figures> => {
        const page = await browser.openFixture('gmail/compose.html', host);
        try {
          // Past page load and the analyser's loading while the page is idle (its own long task, DESIGN.md §6).
          await new Promise((done) => setTimeout(done, SETTLE_MS));
          return await paste(page, chars);
        } finally {
          await page.close();
        }
      };
      const without = await run('other');
      const withOutward = await run('gmail');
      const ratio = withOutward.longestGap / without.longestGap;
      // A block under 50 ms is no long task, whatever the ratio to a page that barely blocked at all.
      const verdict = ratio <= 2 ? 'OK' : withOutward.longestGap < 50 ? 'OK, under 50 ms' : 'OVER';
      console.log(
        `${label}: longest main-thread block ${ms(withOutward.longestGap)} with Outward, ${ms(without.longestGap)} without (×${ratio.toFixed(2)} → ${verdict}); ` +
          `gaps ≥ 50 ms ${list(withOutward.gapsOver50)} vs ${list(without.gapsOver50)}; long tasks ${list(withOutward.longTasks)} vs ${list(without.longTasks)}; badge: ${withOutward.badge ?? '(none)'}`,
      );
    }
  } finally {
    await browser.close();
  }
}
