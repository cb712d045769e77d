// What the analyser reads from a context, beyond what the three context rules' examples show:
// the report's summary, requests phrased without a question mark, names, and that without a
// context (or with an unusable one) the report is exactly what it was.
import { describe, expect, it } from 'vitest';
import { nameFits, personOf, readContext, stem, topicStems } from './context';
import { analyze, createAnalyzer } from './index';

const MESSAGE = 'Hi Mo,\n\nThanks for the demo. Does it work with Xero? Could you send the price list for ten seats? Let me know whether onboarding is included.\n\nHow are you?\n\nDana';

describe('reading a message', () => {
  it('finds questions and requests, not pleasantries or the sign-off', () => {
    const read = readContext({ kind: 'message', text: MESSAGE, names: ['Dana Whitfield'] });
    expect(read?.questions.map((q) => q.text)).toEqual([
      'Does it work with Xero?',
      'Could you send the price list for ten seats?',
      'Let me know whether onboarding is included.',
    ]);
  });

  it.each([
    'Could you send the floor plans?',
    'Can you share the contract template.',
    'Let me know whether the plan covers weekends.',
    'Let us know if delivery to Oslo is possible',
    'Please confirm the start date.',
    "I'd like to know the lead time for 500 units.",
    "I'm wondering whether you ship to Norway.",
    'We need to know the minimum order.',
  ])('reads a request as a question: %s', (text) => {
    expect(readContext({ kind: 'message', text })?.questions).toHaveLength(1);
  });

  it.each(['Thanks for the call.', 'How are you?', 'Hope you had a good weekend?', 'Can you tell me more?', 'We loved the demo. The team is keen.'])('finds nothing to answer in: %s', (text) => {
    expect(readContext({ kind: 'message', text })?.questions).toEqual([]);
  });

  it('reads no questions from a post (a post asks its readers, not the commenter)', () => {
    expect(readContext({ kind: 'post', text: 'What would you change about onboarding?' })?.questions).toEqual([]);
  });

  it('reads nothing from nothing', () => {
    expect(readContext(undefined)).toBeNull();
    expect(readContext({ kind: 'message', text: '   \n ' })).toBeNull();
    expect(readContext({ kind: 'person', names: ['', 'a'] })).toBeNull();
  });
});

describe('the report on a reply with its message', () => {
  const options = { channel: 'reply' as const, context: { kind: 'message' as const, text: MESSAGE, names: ['Dana Whitfield'] } };

  it('lists the questions found and which the draft answers', () => {
    const report = analyze('Hi Dana,\n\nYes, it works with Xero: invoices sync every hour. The price list is attached.\n\nMo', options);
    expect(report.context).toEqual({
      kind: 'message',
      names: ['Dana Whitfield'],
      questions: [
        { text: 'Does it work with Xero?', answered: true },
        { text: 'Could you send the price list for ten seats?', answered: true },
        { text: 'Let me know whether onboarding is included.', answered: false },
      ],
      shared: [],
    });
    const open = report.findings.filter((f) => f.ruleId === 'unanswered-question');
    expect(open.map((f) => f.message)).toEqual(['They asked “Let me know whether onboarding is included.” Answer that first.']);
  });

  it('answers nothing when the draft ignores the message, and the score reads it through its category', () => {
    const draft = 'Hi Dana,\n\nThanks for your time today. We are excited to get started.\n\nMo';
    const without = analyze(draft, { channel: 'reply' });
    const withContext = analyze(draft, options);
    expect(withContext.context?.questions.every((q) => !q.answered)).toBe(true);
    expect(withContext.findings.find((f) => f.ruleId === 'unanswered-question')?.message).toMatch(/^They asked 3 things this reply does not answer, first “Does it work with Xero\?”/);
    // The finding counts in its category's feature; the score moves by that category's fitted
    // weight (score-weights.ts), never up.
    expect(withContext.stats.features?.generic ?? 0).toBeGreaterThan(without.stats.features?.generic ?? 0);
    expect(withContext.score!).toBeLessThanOrEqual(without.score!);
  });

  it('says what it read even before there is a draft to score', () => {
    const report = analyze('', options);
    expect(report.score).toBeNull();
    expect(report.context?.questions.map((q) => q.answered)).toEqual([false, false, false]);
  });
});

describe('without a context', () => {
  const drafts = ['Hi Tom,\n\nWe are the leading provider of payroll tools. Can we book a call?\n\nBest,\nMo', '', 'Bonjour à tous, merci beaucoup.'];

  it.each(drafts)('the report is exactly what it was: %j', (draft) => {
    const plain = analyze(draft, { channel: 'reply' });
    expect(plain).not.toHaveProperty('context');
    expect(JSON.stringify(analyze(draft, { channel: 'reply', context: undefined }))).toBe(JSON.stringify(plain));
  });

  it('an unusable context changes nothing but the summary', () => {
    const draft = drafts[0]!;
    const plain = analyze(draft);
    const odd = analyze(draft, { context: { kind: 'message', text: '', names: [] } });
    expect(odd).toEqual(plain);
    // Garbage from a caller that does not type-check: never throws.
    expect(() => analyze(draft, { context: { kind: 'nonsense', text: 42, names: 'x' } as never })).not.toThrow();
  });

  it('the incremental analyser gives the same reports with and without context, in any order', () => {
    const engine = createAnalyzer();
    const context = { kind: 'message' as const, text: MESSAGE, names: ['Dana Whitfield'] };
    const draft = drafts[0]!;
    const a = engine.analyze(draft, { context });
    const b = engine.analyze(draft);
    const c = engine.analyze(draft, { context: { ...context } });
    expect(a).toEqual(analyze(draft, { context }));
    expect(b).toEqual(analyze(draft));
    expect(c).toEqual(a);
  });
});

describe('names', () => {
  it('reads a display name as a person', () => {
    expect(personOf('Dana Whitfield, PhD')).toEqual({ full: 'Dana Whitfield', first: 'Dana', last: 'Whitfield' });
    expect(personOf('Dr. Amaka Okafor (she/her)')).toEqual({ full: 'Amaka Okafor', first: 'Amaka', last: 'Okafor' });
    expect(personOf('🚀 Lee | Growth')).toEqual({ full: 'Lee', first: 'Lee', last: null });
    expect(personOf('new message')).toBeNull();
  });

  it.each([
    ['Dan', 'Daniel Ortiz'],
    ['Bob', 'Robert Hale'],
    ['Zoe', 'Zoë Martin'],
    ['Liz', 'Elizabeth Kern'],
    ['Hale', 'Robert Hale'],
  ])('%s can be %s', (greeted, name) => {
    expect(nameFits(greeted, personOf(name)!)).toBe(true);
  });

  it.each([
    ['Tom', 'Dana Whitfield'],
    ['Sam', 'Dana Whitfield'],
  ])('%s is not %s', (greeted, name) => {
    expect(nameFits(greeted, personOf(name)!)).toBe(false);
  });

  it('is silent on a name the message itself mentions, and offers every recipient when several', () => {
    const report = analyze('Hi Priya, the quote is attached.', { context: { kind: 'person', names: ['Dana Whitfield', 'Lee Chen'] } });
    const finding = report.findings.find((f) => f.ruleId === 'wrong-name');
    expect(finding?.suggestions.map((s) => s.edits[0]?.text)).toEqual(['Dana', 'Lee']);
    expect(finding?.message).toBe('“Priya” is not who you are writing to: this goes to Dana Whitfield or Lee Chen.');
  });
});

describe('topic words', () => {
  it('meet across word forms', () => {
    expect(stem('pricing')).toBe(stem('price'));
    expect(stem('integration')).toBe(stem('integrate'));
    expect(stem('invoices')).toBe(stem('invoice'));
  });

  it('leave out words that carry no topic', () => {
    expect(topicStems('Could you please let me know whether it works with Xero?')).toEqual(['work', 'xero']);
  });

  it('reports the words a comment shares with its post', () => {
    const post = 'We cut patient wait times from 40 minutes to 12 with text triage.';
    const report = analyze('Text triage is clever: did the wait times hold in winter?', { context: { kind: 'post', text: post, names: ['Maria Santos'] } });
    expect(report.context?.shared).toEqual(['text', 'triag', 'wait']);
  });
});
