/**
 * What the command reads from the analyser's report, and the two things it does to one: say
 * whether it was scored, and move its spans from the analysed part into the whole file.
 */
import type { Finding, Report } from '../core/types';

/** Why a draft has no score. */
export type NotScoredReason = 'empty' | 'not-english';

/**
 * The report fields the command uses. The "not scored" state and the before-you-send warnings
 * are optional here so the command reads both a report that has them and one that predates them.
 */
export type CliReport = Omit<Report, 'score' | 'notScored' | 'warnings'> & {
  score: number | null;
  notScored?: { reason: NotScoredReason; message: string } | null;
  warnings?: ReadonlyArray<{ kind: string; start: number; end: number; excerpt: string; message: string }>;
};

/** The reason a report has no score, or null when it has one. */
export function notScoredReason(report: CliReport, text: string): NotScoredReason | null {
  if (report.notScored !== undefined) return report.notScored?.reason ?? null;
  // A report without the field: empty text and text mostly not in English are not scored.
  if (text.trim() === '') return 'empty';
  if (!report.language.supported) return 'not-english';
  return null;
}

/** The score, or null when the draft is not scored (whatever number an older report carries). */
export function scoreOf(report: CliReport, text: string): number | null {
  return notScoredReason(report, text) === null ? report.score : null;
}

/** How a reason reads in the command's output. */
export const NOT_SCORED_LABEL: Record<NotScoredReason, string> = { empty: 'empty', 'not-english': 'mostly not English' };

function shiftFinding(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    evidence: finding.evidence.map((span) => ({ start: span.start + by, end: span.end + by })),
    suggestions: finding.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

/** The report with every span moved `by` UTF-16 units (from a part of a file to the whole file). */
export function shiftReport(report: CliReport, by: number): CliReport {
  if (by === 0) return report;
  return {
    ...report,
    findings: report.findings.map((f) => shiftFinding(f, by)),
    ...(report.warnings ? { warnings: report.warnings.map((w) => ({ ...w, start: w.start + by, end: w.end + by })) } : {}),
  };
}
