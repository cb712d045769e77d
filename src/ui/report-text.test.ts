import { describe, expect, test } from 'vitest';
import { contextLine, formatPoints, reportText } from './report-text';
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

describe('contextLine', () => {
  test.each([
    [{ kind: 'message', name: 'Dana Whitfield', questions: 2, answered: 1 }, "Replying to Dana's message: 2 questions, 1 answered"],
    [{ kind: 'message', name: null, questions: 1, answered: 0 }, 'Replying to their message: 1 question, 0 answered'],
    [{ kind: 'message', name: 'Jordan Blake', questions: 0, answered: 0 }, "Replying to Jordan's message: no questions in it"],
    [{ kind: 'post', name: 'Maria Santos', questions: 0, answered: 0 }, "Commenting on Maria's post"],
    [{ kind: 'post', name: null, questions: 0, answered: 0 }, 'Commenting on their post'],
    [{ kind: 'person', name: 'Priya Raman', questions: 0, answered: 0 }, 'Writing to Priya Raman'],
  ] as const)('says what Outward reads beside the draft: %j', (context, line) => {
    expect(contextLine(context)).toBe(line);
  });
});
