/**
 * Test helpers for the CLI tests: hand-built reports and findings, so formatter and runner tests
 * do not depend on what the analyser currently finds.
 */
import type { Finding } from '../core/types';
import type { CliReport } from './report';

export function makeFinding(text: string, start: number, end: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'sample-rule',
    category: 'pushy',
    level: 'phrase',
    priority: 1,
    start,
    end,
    excerpt: text.slice(start, end),
    evidence: [],
    messageId: 'sample',
    message: `"${text.slice(start, end)}" sounds like chasing; give them a reason to reply instead.`,
    why: 'Chasing shows your need, not theirs.',
    suggestions: [{ label: 'Remove it', edits: [{ start, end, text: '' }] }],
    fingerprint: 'fp-sample',
    ...overrides,
  };
}

/** A report as the command reads it; without `notScored`, so the command derives that state itself. */
export function makeReport(findings: Finding[], score = 70, supported = true): CliReport {
  return {
    score: supported ? score : null,
    findings,
    stats: { words: 10, sentences: 1, questions: 0, writerReferences: 1, readerReferences: 1, base: 100, contributions: [], features: null },
    notScored: supported ? null : { reason: 'not-english', message: 'Not scored: this draft is mostly not in English.' },
    warnings: [],
    language: { supported, englishRatio: supported ? 1 : 0 },
  };
}
