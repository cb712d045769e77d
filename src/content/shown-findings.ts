/**
 * The findings a session shows: the last report's, less those the writer dismissed, with the
 * views the card and the popup draw them from (same order, so a view's index is its finding's).
 * The stored dismissals load once and each dismissal adds to them; until they are in, a report
 * is held back, so a finding dismissed before a reload never flashes up.
 */
import type { Finding, Report, Span } from '../core/types';
import type { FindingView } from '../platform/protocol';
import { toReportView } from '../ui/report-view';
import { hits, type Point } from './geometry';

export class ShownFindings {
  findings: Finding[] = [];
  views: FindingView[] = [];
  private readonly dismissed = new Set<string>();
  private loaded = false;

  /** The stored dismissals (fingerprints) are in. */
  load(prints: readonly string[]): void {
    for (const p of prints) this.dismissed.add(p);
    this.loaded = true;
  }

  /** Whether the stored dismissals are in, so a report can be shown. */
  get ready(): boolean {
    return this.loaded;
  }

  /** Shows a report's findings that are not dismissed; none without a report (the draft is too long to analyse). */
  show(report: Report | null): void {
    this.findings = report ? report.findings.filter((f) => !this.dismissed.has(f.fingerprint)) : [];
    this.views = report ? toReportView({ ...report, findings: this.findings }).findings : [];
  }

  byId(id: string): Finding | undefined {
    const index = this.views.findIndex((v) => v.id === id);
    return index >= 0 ? this.findings[index] : undefined;
  }

  /** Hides a finding from the next report on (by its fingerprint, so edits elsewhere keep it hidden); the finding, or undefined when unknown. */
  dismiss(id: string): Finding | undefined {
    const finding = this.byId(id);
    if (finding) this.dismissed.add(finding.fingerprint);
    return finding;
  }

  /** Id of the (non-draft) finding whose words, as `rectsOf` lays them out, are at this point, or null. */
  at(point: Point, rectsOf: (span: Span) => readonly DOMRect[]): string | null {
    const index = this.findings.findIndex((finding) => finding.level !== 'draft' && hits(rectsOf(finding), point));
    return this.views[index]?.id ?? null;
  }
}
