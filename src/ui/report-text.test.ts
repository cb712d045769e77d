import { describe, expect, test } from 'vitest';
import { formatPoints, reportText } from './report-text';
import { SAMPLE_REPORT } from './testing/samples';

describe('formatPoints', () => {
  test.each([
    [-12.4, '\u221212'],
    [5, '+5'],
    [0.2, '0'],
  ])('%d → %s', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});

describe('reportText', () => {
  const text = reportText(SAMPLE_REPORT, 'linkedin');
  const lines = text.split('\n');

  test('starts with the site, the score and its word', () => {
    expect(lines[0]).toBe('Outward report for a LinkedIn draft');
    expect(lines[1]).toBe('Client focus: 42/100 (Half you, half them)');
  });

  test('lists what moves the score and every finding under its category, in category order', () => {
    expect(text).toContain('- Talks about you more than them: \u221220');
    const me = lines.indexOf('About you, not them:');
    const empathy = lines.indexOf('Scripted empathy:');
    const pushy = lines.indexOf('Pushy:');
    expect(me).toBeGreaterThan(0);
    expect(empathy).toBeGreaterThan(me);
    expect(pushy).toBeGreaterThan(empathy);
    expect(text).toContain('  Suggestion: Remove the opener');
  });

  test('quotes phrase excerpts but not whole-draft ones', () => {
    expect(text).toContain('  Words: "circling back on this"');
    expect(text).not.toContain('We built a platform.');
  });

  test('says so when nothing is flagged', () => {
    expect(reportText({ ...SAMPLE_REPORT, findings: [], contributions: [] }, 'gmail')).toContain('Nothing flagged.');
  });
});
