/**
 * What a composer's session tells the popup (the `tab/state` answer): analysing, not scored and
 * why, or the results with the findings shown in the page; and whether they are current. Plain
 * data from plain data: the context read is summed up as a name and counts, never its text.
 */
import type { Channel, ContextReport, Finding, Report } from '../core/types';
import type { ContextView, TabState } from '../platform/protocol';
import { toReportView } from '../ui/report-view';
import { contextLine } from '../ui/report-text';
import { MAX_ANALYSED_CHARS } from './scheduler';

/** Where a session's analysis stands. */
export interface Progress {
  /** The draft's length when it is too long to analyse, else null. */
  tooLong: number | null;
  /** The last report, or null before the first. */
  report: Report | null;
  /** The stored dismissals are in (until then a report is not shown). */
  ready: boolean;
  /** The text has not changed since the report. */
  current: boolean;
  /** The report's findings that are shown (not dismissed). */
  findings: Finding[];
}

export function tabState(site: TabState['site'], channel: Channel, progress: Progress): TabState {
  const { tooLong, report, ready, current, findings } = progress;
  if (tooLong !== null) {
    const message = `Not checked: this draft is ${tooLong.toLocaleString('en-US')} characters long, more than the ${MAX_ANALYSED_CHARS.toLocaleString('en-US')} Outward checks.`;
    return { status: 'not-scored', site, channel, reason: 'too-long', message, current: true };
  }
  if (!report || !ready) return { status: 'analysing', site, channel };
  const { score, notScored } = report;
  const context = contextView(report.context);
  const read = context ? { context } : {};
  if (score === null || notScored) {
    return { status: 'not-scored', site, channel, reason: notScored?.reason ?? 'empty', message: notScored?.message ?? 'Not scored.', current, ...read };
  }
  return { status: 'results', site, channel, report: toReportView({ ...report, score, findings }), current, ...read };
}

/** What the popup says of the context read: a name and counts, never the context's text. */
export function contextView(context: ContextReport | undefined): ContextView | undefined {
  if (!context) return undefined;
  const counts = {
    kind: context.kind,
    name: context.names[0] ?? null,
    questions: context.questions.length,
    answered: context.questions.filter((q) => q.answered).length,
  };
  return { ...counts, line: contextLine(counts) };
}
