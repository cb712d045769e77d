import { expect, test } from 'vitest';
import type { Report } from '../core/types';
import { findingViewId, toReportView } from './report-view';

const report: Report = {
  score: 61,
  findings: [
    {
      ruleId: 'chasing',
      category: 'pushy',
      level: 'phrase',
      priority: 1,
      start: 4,
      end: 17,
      excerpt: 'bumping this',
      evidence: [],
      messageId: 'chasingPhrase',
      message: 'Replace "bumping this" with a reason to reply.',
      why: 'Chasing shows your need.',
      suggestions: [{ label: 'Remove "bumping this"', edits: [{ start: 4, end: 17, text: '' }] }],
      fingerprint: 'abc123',
    },
  ],
  stats: {
    words: 30,
    sentences: 3,
    questions: 1,
    writerReferences: 4,
    readerReferences: 2,
    base: 80,
    contributions: [{ key: 'category:pushy', category: 'pushy', label: 'Pushy phrasing (1)', points: -19 }],
    features: null,
  },
  notScored: null,
  warnings: [{ kind: 'placeholder', start: 40, end: 51, excerpt: '{{Company}}', message: '{{Company}} is an unfilled placeholder: fill it in before you send.' }],
  language: { supported: true, englishRatio: 1 },
};

test('keeps what the popup shows and gives each finding a unique id', () => {
  const view = toReportView(report);
  expect(view).toEqual({
    score: 61,
    findings: [
      {
        id: findingViewId(0, 'abc123'),
        ruleId: 'chasing',
        category: 'pushy',
        level: 'phrase',
        excerpt: 'bumping this',
        message: report.findings[0]!.message,
        why: report.findings[0]!.why,
        suggestions: report.findings[0]!.suggestions,
        fingerprint: 'abc123',
      },
    ],
    warnings: [{ kind: 'placeholder', excerpt: '{{Company}}', message: '{{Company}} is an unfilled placeholder: fill it in before you send.' }],
    contributions: report.stats.contributions,
    writerReferences: 4,
    readerReferences: 2,
    words: 30,
  });
  expect(findingViewId(0, 'abc123')).not.toBe(findingViewId(1, 'abc123'));
});

test('copies rather than shares the report objects', () => {
  const view = toReportView(report);
  view.findings[0]!.suggestions[0]!.edits[0]!.text = 'changed';
  expect(report.findings[0]!.suggestions[0]!.edits[0]!.text).toBe('');
});
