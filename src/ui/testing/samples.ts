/**
 * Sample data for component tests, the mock connector and the instrumented build's test
 * route. Written for these tests; no real drafts.
 */
import type { RuleInfo } from '../../core/types';
import type { FindingView, ReportView } from '../../platform/protocol';

export const SAMPLE_FINDINGS: FindingView[] = [
  {
    id: 'f1',
    ruleId: 'hollow-opener',
    category: 'fake-empathy',
    level: 'phrase',
    excerpt: 'I trust this note reaches you in good spirits',
    message: 'Open with something about them instead of "I trust this note reaches you".',
    why: 'A stock pleasantry tells the reader the note is a template. Starting with their situation shows you looked.',
    suggestions: [
      { label: 'Remove the opener', edits: [{ start: 0, end: 46, text: '' }] },
      { label: 'Start with something you noticed about them', edits: [] },
    ],
    fingerprint: 'fp-hollow-1',
  },
  {
    id: 'f2',
    ruleId: 'chasing',
    category: 'pushy',
    level: 'phrase',
    excerpt: 'circling back on this',
    message: 'Replace "circling back on this" with something new for them.',
    why: 'Chasing shows your need, not theirs. Give a reason to reply instead.',
    suggestions: [{ label: 'Replace with "one more idea for you"', edits: [{ start: 50, end: 71, text: 'one more idea for you' }] }],
    fingerprint: 'fp-chasing-1',
  },
  {
    id: 'f3',
    ruleId: 'writer-heavy',
    category: 'me-focus',
    level: 'draft',
    excerpt: 'We built a platform. Our team loves it. We think you will too.',
    message: 'This draft talks about you more than them.',
    why: 'Readers care about their own story first. Turn some "we" sentences into "you" sentences.',
    suggestions: [{ label: 'Start from their goal, then say how you help', edits: [] }],
    fingerprint: 'fp-writer-1',
  },
];

export const SAMPLE_REPORT: ReportView = {
  score: 42,
  findings: SAMPLE_FINDINGS,
  warnings: [],
  contributions: [
    { key: 'category:fake-empathy', category: 'fake-empathy', label: 'Scripted empathy (1)', points: -8 },
    { key: 'category:pushy', category: 'pushy', label: 'Pushy phrasing (1)', points: -10 },
    { key: 'balance:writer-vs-reader', category: null, label: 'Talks about you more than them', points: -20 },
    { key: 'balance:question', category: null, label: 'Asks them a question', points: 5 },
  ],
  writerReferences: 9,
  readerReferences: 3,
  words: 64,
};

export const SAMPLE_RULES: RuleInfo[] = [
  {
    id: 'chasing',
    category: 'pushy',
    level: 'phrase',
    description: 'Flags chasing phrases that only remind the reader you are waiting.',
    rationale: 'Chasing shows your need. Give them a reason to reply.',
    examples: { bad: ['Circling back on my last note.'], good: ['Here is one more idea for your launch.'] },
  },
  {
    id: 'hollow-opener',
    category: 'fake-empathy',
    level: 'phrase',
    description: 'Flags stock pleasantries at the start of a message.',
    rationale: 'Stock openers read as a template.',
    examples: { bad: ['I trust this note reaches you in good spirits.'], good: ['Congrats on the new office in Leeds.'] },
  },
  {
    id: 'superlatives',
    category: 'bragging',
    level: 'phrase',
    description: 'Flags claims to be the best before showing any understanding.',
    rationale: 'Claims of greatness invite doubt.',
    examples: { bad: ['We are the top vendor in the market.'], good: ['Teams like yours cut onboarding to a week.'] },
  },
  {
    id: 'writer-heavy',
    category: 'me-focus',
    level: 'draft',
    description: 'Flags drafts that mention the writer far more than the reader.',
    rationale: 'Readers care about their own story first.',
    examples: { bad: ['We built it. We love it. Our team is proud.'], good: ['You mentioned your team is stretched.'] },
  },
];
