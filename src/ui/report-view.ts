/**
 * Turns an analyser Report into the ReportView the popup shows (for the content script's
 * `tab/state` answer). Ids are positions plus fingerprints: unique within one report, and the
 * content script maps them back to its findings when an apply/show/dismiss request arrives.
 */
import type { Report } from '../core/types';
import type { FindingView, ReportView } from '../platform/protocol';

/** The id a finding gets in a report view. */
export function findingViewId(index: number, fingerprint: string): string {
  return `${index}:${fingerprint}`;
}

/** The popup's view of a report (plain data; nothing here is stored). */
/** A report that is not scored shows as 0 here; callers show not-scored reports as a state of their own. */
export function toReportView(report: Report): ReportView {
  const findings: FindingView[] = report.findings.map((finding, index) => ({
    id: findingViewId(index, finding.fingerprint),
    ruleId: finding.ruleId,
    category: finding.category,
    level: finding.level,
    excerpt: finding.excerpt,
    message: finding.message,
    why: finding.why,
    suggestions: finding.suggestions.map((suggestion) => ({ label: suggestion.label, edits: suggestion.edits.map((edit) => ({ ...edit })) })),
    fingerprint: finding.fingerprint,
  }));
  return {
    score: report.score ?? 0,
    findings,
    warnings: report.warnings.map((w) => ({ kind: w.kind, excerpt: w.excerpt, message: w.message })),
    contributions: report.stats.contributions.map((contribution) => ({ ...contribution })),
    writerReferences: report.stats.writerReferences,
    readerReferences: report.stats.readerReferences,
    words: report.stats.words,
  };
}
