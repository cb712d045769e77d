// What a session tells the popup, from plain data: a draft too long to check, a report not yet
// shown (the dismissals are loading), a draft not scored and why, the results with only the
// findings shown in the page, whether they are current, and the context as a name and counts.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/index';
import type { ContextReport } from '../core/types';
import { MAX_ANALYSED_CHARS } from './scheduler';
import { contextView, tabState, type Progress } from './tab-state';

const SELF = 'Just following up on my last email. We are the industry-leading provider.';
const analyzer = createAnalyzer();
const report = analyzer.analyze(SELF);
const shown: Progress = { tooLong: null, report, ready: true, current: true, findings: report.findings };

describe('tabState', () => {
  it('a draft too long to analyse says its length and the bound, and is current whatever the rest says', () => {
    const state = tabState('gmail', 'cold-email', { ...shown, tooLong: 52_345, current: false });
    expect(state).toEqual({
      status: 'not-scored', site: 'gmail', channel: 'cold-email', reason: 'too-long', current: true,
      message: `Not checked: this draft is 52,345 characters long, more than the ${MAX_ANALYSED_CHARS.toLocaleString('en-US')} Outward checks.`,
    });
  });

  it('is analysing before the first report, and while the stored dismissals load', () => {
    expect(tabState('linkedin', 'linkedin-message', { ...shown, report: null })).toEqual({ status: 'analysing', site: 'linkedin', channel: 'linkedin-message' });
    expect(tabState('gmail', 'cold-email', { ...shown, ready: false })).toEqual({ status: 'analysing', site: 'gmail', channel: 'cold-email' });
  });

  it('an empty draft is not scored, with the reason and message of the report', () => {
    const empty = analyzer.analyze('');
    expect(tabState('gmail', 'reply', { ...shown, report: empty, findings: [], current: false })).toEqual({
      status: 'not-scored', site: 'gmail', channel: 'reply', reason: 'empty', message: empty.notScored!.message, current: false,
    });
  });

  it('the results list only the findings shown (the dismissed left out), and say whether they are current', () => {
    const kept = report.findings.filter((f) => f.ruleId !== 'chasing');
    const state = tabState('gmail', 'cold-email', { ...shown, findings: kept, current: false });
    expect(state).toMatchObject({ status: 'results', site: 'gmail', channel: 'cold-email', current: false, report: { score: report.score } });
    expect(state.status === 'results' && state.report.findings.map((f) => f.ruleId)).toEqual(kept.map((f) => f.ruleId));
    expect(state).not.toHaveProperty('context');
  });
});

describe('contextView', () => {
  const context: ContextReport = {
    kind: 'message',
    names: ['Dana Whitfield', 'Lee Park'],
    questions: [{ text: 'Does it work with Xero?', answered: true }, { text: 'Could you send the price list?', answered: false }],
    shared: [],
  };

  it("is a name and counts with the popup's line, none of the context's words", () => {
    const view = contextView(context);
    expect(view).toEqual({ kind: 'message', name: 'Dana Whitfield', questions: 2, answered: 1, line: "Replying to Dana's message: 2 questions, 1 answered" });
    expect(JSON.stringify(view)).not.toMatch(/Xero|price|Lee/);
    expect(contextView(undefined)).toBeUndefined();
  });

  it('goes with the results and the not-scored states of a report that read context', () => {
    const withContext = { ...report, context };
    expect(tabState('gmail', 'reply', { ...shown, report: withContext })).toMatchObject({ status: 'results', context: { name: 'Dana Whitfield', questions: 2 } });
    const empty = { ...analyzer.analyze(''), context };
    expect(tabState('gmail', 'reply', { ...shown, report: empty, findings: [] })).toMatchObject({ status: 'not-scored', context: { answered: 1 } });
  });
});
