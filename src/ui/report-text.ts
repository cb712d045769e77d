/**
 * The plain-text summary behind "Copy report": something a reviewer can paste into a chat or
 * a ticket. It is built on demand and only ever goes to the clipboard, never to storage. Also
 * the popup's line on the context read beside the draft.
 */
import { CATEGORIES, CATEGORY_IDS } from '../core/categories';
import type { ContextView, ReportView, SiteId } from '../platform/protocol';
import { scoreWord } from './components/ScoreGauge';
import { clipExcerpt } from './components/excerpt';

export const SITE_NAMES: Record<SiteId, string> = { gmail: 'Gmail', linkedin: 'LinkedIn' };

/** Formats score points with a real minus sign, e.g. "−12" or "+5". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `\u2212${Math.abs(rounded)}`;
  return '0';
}

/** Builds the plain-text report for a draft. */
export function reportText(report: ReportView, site: SiteId): string {
  const lines: string[] = [];
  lines.push(`Outward report for a ${SITE_NAMES[site]} draft`);
  lines.push(`Client focus: ${report.score}/100 (${scoreWord(report.score)})`);
  lines.push(`Mentions of the writer: ${report.writerReferences}. Mentions of the reader: ${report.readerReferences}. Words: ${report.words}.`);
  const moving = report.contributions.filter((c) => Math.round(c.points) !== 0);
  if (moving.length > 0) {
    lines.push('', 'What moves the score:');
    for (const contribution of moving) lines.push(`- ${contribution.label}: ${formatPoints(contribution.points)}`);
  }
  lines.push('', report.findings.length === 0 ? 'Nothing flagged.' : `Findings (${report.findings.length}):`);
  for (const category of CATEGORY_IDS) {
    const findings = report.findings.filter((finding) => finding.category === category);
    if (findings.length === 0) continue;
    lines.push('', `${CATEGORIES[category].label}:`);
    for (const finding of findings) {
      lines.push(`- ${finding.message}`);
      if (finding.level !== 'draft' && finding.excerpt) lines.push(`  Words: "${clipExcerpt(finding.excerpt)}"`);
      for (const suggestion of finding.suggestions) lines.push(`  Suggestion: ${suggestion.label}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The popup's line on what Outward reads beside the draft: "Replying to Dana's message: 2 questions, 1 answered". */
export function contextLine({ kind, name, questions, answered }: Omit<ContextView, 'line'>): string {
  const whose = name ? `${name.split(' ')[0]}'s` : 'their';
  if (kind === 'post') return `Commenting on ${whose} post`;
  if (kind === 'person') return `Writing to ${name ?? 'one person'}`;
  return `Replying to ${whose} message: ${questions ? `${questions} question${questions > 1 ? 's' : ''}, ${answered} answered` : 'no questions in it'}`;
}
