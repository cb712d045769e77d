// The incremental analyser is an optimisation only: after any sequence of edits and option
// changes, its report must equal a from-scratch analyze() of the same text with the same options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from './index';
import type { AnalyzeOptions, Report } from './types';
import { propertySeed } from './testing/seed';

/** Sentences written for this test; a mix the rules react to and ones they should leave alone. */
const SENTENCES = [
  'I hope this email finds you well.',
  'My name is Alex and I lead partnerships at Northwind.',
  'We are the leading provider of award-winning payroll software.',
  'Our tool offers SSO, audit logs, exports, webhooks and a REST API.',
  'Just circling back on this.',
  'Did you get a chance to look at my proposal?',
  'This price is only good until Friday.',
  'We apologize for any inconvenience.',
  'I understand your frustration.',
  'Hi {{FirstName}},',
  'Are you the right person to speak to?',
  'Your team cut support tickets by a third last quarter — how did you do it?',
  'I noticed you are hiring two data engineers.',
  'Here is a short guide to the tax change that affects your April filing.',
  'I sent you the wrong file yesterday; the right one is attached and I checked the totals twice.',
  'Thanks again for your time on Tuesday.',
  'Can we move the call to 3pm?',
  'Northwind has been trusted by 500 companies for 20 years.',
  '東京のチームによろしくお伝えください。',
  '😀',
  '',
];

const sentence = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) });
const joiner = fc.constantFrom(' ', '\n', '\n\n', '\r\n');

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    channel: fc.constantFrom('cold-email', 'follow-up', 'linkedin-note', 'reply', 'service-reply', 'newsletter' as const),
    sensitivity: fc.constantFrom('relaxed', 'balanced', 'strict' as const),
    ownNames: fc.constantFrom<string[]>([], ['Northwind'], ['Northwind', 'PayFlow']),
    ignoredPhrases: fc.constantFrom<string[]>([], ['just circling back']),
    // What the engine keeps of a placed sentence depends on these too.
    rules: fc.constantFrom<Record<string, boolean>>({}, { chasing: false, 'superlative-claim': false }),
    excluded: fc.constantFrom([], [{ start: 0, end: 40 }], [{ start: 30, end: 90 }]),
  },
  { requiredKeys: [] },
);

type Op =
  | { kind: 'insert'; at: number; sentence: string }
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; sentence: string }
  | { kind: 'type'; at: number; chars: string }
  | { kind: 'two'; at: number; other: number; sentence: string; chars: string }
  | { kind: 'options'; options: AnalyzeOptions }
  | { kind: 'same' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), sentence }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), sentence }),
  // Typing inside a sentence: the edit a user makes most.
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), chars: fc.constantFrom('s', ' really', ',', '!', '?', ' ') }),
  // Two edits apart before one analysis (a sentence changed here, one restored there): the
  // sentences between them are lined up again by their texts.
  fc.record({ kind: fc.constant('two' as const), at: fc.nat(), other: fc.nat(), sentence, chars: fc.constantFrom('s', ' really', '\n', '\n\n') }),
  fc.record({ kind: fc.constant('options' as const), options }),
  fc.constant({ kind: 'same' as const }),
);

function apply(sentences: string[], current: AnalyzeOptions, step: Op): { sentences: string[]; options: AnalyzeOptions } {
  const next = [...sentences];
  switch (step.kind) {
    case 'insert':
      next.splice(step.at % (next.length + 1), 0, step.sentence);
      break;
    case 'delete':
      if (next.length > 0) next.splice(step.at % next.length, 1);
      break;
    case 'replace':
      if (next.length > 0) next[step.at % next.length] = step.sentence;
      break;
    case 'type':
      if (next.length > 0) {
        const i = step.at % next.length;
        const s = next[i] as string;
        const at = Math.max(0, s.length - 1);
        next[i] = s.slice(0, at) + step.chars + s.slice(at);
      }
      break;
    case 'two':
      if (next.length > 0) {
        next[step.at % next.length] = step.sentence;
        const i = step.other % next.length;
        next[i] = (next[i] as string) + step.chars;
      }
      break;
    case 'options':
      return { sentences: next, options: step.options };
    case 'same':
      break;
  }
  return { sentences: next, options: current };
}

describe('createAnalyzer', () => {
  it('always returns what a fresh analyze() returns, across edits and option changes', () => {
    // Each step may be preceded by prepare() calls that stop after a few sentences (as the
    // content script's time slices do).
    const prepares = fc.option(fc.array(fc.nat(4), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), joiner, options, fc.array(fc.tuple(op, prepares), { minLength: 1, maxLength: 10 }), (initial, join, startOptions, ops) => {
        const analyzer = createAnalyzer();
        let state = { sentences: initial, options: startOptions };
        const check = (budgets: number[] | null) => {
          const text = state.sentences.join(join);
          for (const budget of budgets ?? []) {
            let left = budget;
            analyzer.prepare?.(text, state.options, () => left-- > 0);
          }
          expect(analyzer.analyze(text, state.options)).toEqual(analyze(text, state.options));
        };
        check(null);
        for (const [step, budgets] of ops) {
          state = apply(state.sentences, state.options, step);
          check(budgets);
        }
      }),
      { numRuns: 150, ...propertySeed() },
    );
  }, 300_000);

  it('prepare() does the sentence work ahead: it reports when done, and analyze() then equals a fresh one', () => {
    const analyzer = createAnalyzer();
    const text = [...SENTENCES.slice(0, 18), ...SENTENCES.slice(0, 18).map((s) => s.replace('.', ' today.'))].join(' ');
    let calls = 0;
    // One step of work per slice: more than thirty new sentences need several slices, then it is done.
    let slices = 0;
    while (!analyzer.prepare!(text, {}, () => calls++ % 2 === 0)) slices += 1;
    expect(slices).toBeGreaterThanOrEqual(3);
    expect(analyzer.prepare!(text, {}, () => false)).toBe(true);
    expect(analyzer.analyze(text, {})).toEqual(analyze(text, {}));
    // A non-English draft is never tagged: nothing to prepare.
    expect(createAnalyzer().prepare!('これは日本語の下書きです。よろしくお願いします。', {}, () => false)).toBe(true);
  });

  it('does not mix up two analysers', () => {
    const a = createAnalyzer();
    const b = createAnalyzer();
    const first = 'We are the leading provider of payroll software. Just circling back on this.';
    const second = 'Thanks again for your time on Tuesday.';
    a.analyze(first);
    b.analyze(second);
    expect(a.analyze(second)).toEqual(analyze(second));
    expect(b.analyze(first, { channel: 'follow-up' })).toEqual(analyze(first, { channel: 'follow-up' }));
  });

  it('gives the same result when the options object is rebuilt with equal values', () => {
    const analyzer = createAnalyzer();
    const text = 'Our tool offers SSO, audit logs and exports. Northwind is trusted by 500 firms.';
    const first = analyzer.analyze(text, { ownNames: ['Northwind'] });
    expect(analyzer.analyze(text, { ownNames: ['Northwind'] })).toEqual(first);
    expect(analyzer.analyze(text, {})).toEqual(analyze(text, {}));
  });
  it('keeps the sentences before and after an edit, moved, and stays byte-identical to a fresh analysis', () => {
    // Placeholders (warnings), removal suggestions (which take the whitespace around them), a
    // sign-off with a signature, several paragraphs: what a moved sentence carries.
    const paragraphs = [
      'Hi {{FirstName}},',
      'I hope this email finds you well. We are the leading provider of award-winning payroll software. Just circling back on this.',
      'Our tool offers SSO, audit logs, exports, webhooks and a REST API. Did you get a chance to look at my proposal?',
      'I noticed you are hiring two data engineers. This price is only good until Friday. We apologize for any inconvenience.',
      'Are you the right person to speak to? Just circling back on this.',
      'Best,\nAlex Moreau\nHead of Partnerships, Northwind',
    ];
    const draft = paragraphs.join('\n\n');
    const middle = draft.indexOf('Did you');
    const edits: Array<(text: string) => string> = [
      (t) => t.slice(0, middle) + 'Really, ' + t.slice(middle),
      (t) => t.replace('Really, ', ''),
      // A line break and a paragraph before everything after: lines and paragraphs move too.
      (t) => t.slice(0, middle) + '\n' + t.slice(middle),
      (t) => t.slice(0, middle) + '\n\n' + t.slice(middle).trimStart(),
      (t) => t.replace('\n\nDid you', ' Did you'),
      // Same length: nothing after the edit moves.
      (t) => t.replace('hiring two', 'hiring six'),
      (t) => 'Quick one. ' + t,
      (t) => t.replace('Quick one. ', ''),
      (t) => t + ' Thanks again for your time on Tuesday.',
      (t) => t.replace('Just circling back on this.', 'Just circling back on this!'),
      (t) => t.replace('Best,', 'Best regards,'),
    ];
    const analyzer = createAnalyzer();
    let text = draft;
    let last = analyzer.analyze(text);
    expect(JSON.stringify(last)).toBe(JSON.stringify(analyze(text)));
    // A report already returned never changes (the caller may still be showing it).
    const reports: Array<[Report, string]> = [[last, JSON.stringify(last)]];
    for (const edit of edits) {
      text = edit(text);
      const report = analyzer.analyze(text);
      expect(JSON.stringify(report)).toBe(JSON.stringify(analyze(text)));
      reports.push([report, JSON.stringify(report)]);
      last = report;
    }
    // Two edits far apart in one pause, then both undone: the sentences between them move twice.
    const far = (t: string) => t.replace('I hope this email', 'I do hope this email').replace('Are you the right', 'Are you really the right');
    for (const next of [far(text), text, far(text).replace('\n\nOur tool', ' Our tool')]) {
      const report = analyzer.analyze(next);
      expect(JSON.stringify(report)).toBe(JSON.stringify(analyze(next)));
      reports.push([report, JSON.stringify(report)]);
    }
    for (const [report, json] of reports) expect(JSON.stringify(report)).toBe(json);
    expect(last.warnings.length).toBeGreaterThan(0);
    expect(last.findings.some((f) => f.suggestions.some((s) => s.edits.some((e) => e.text === '')))).toBe(true);
  });

  it('takes a finding that sits where it did as it was, and moves those after an edit', () => {
    const text = 'We are the leading provider of award-winning payroll software.\n\nI hope this email finds you well. Our tool offers SSO, audit logs, exports, webhooks and a REST API.\n\nJust circling back on this.';
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(text);
    const lead = first.findings.find((f) => f.end < 60 && !f.alsoFlagged);
    const chase = first.findings.find((f) => f.excerpt.startsWith('Just circling') && !f.alsoFlagged);
    expect(lead).toBeDefined();
    expect(chase).toBeDefined();
    // An edit of the same length between them: both stay the same objects.
    const same = analyzer.analyze(text.replace('I hope', 'I wish'));
    expect(same.findings).toContain(lead);
    expect(same.findings).toContain(chase);
    // Three characters more: the first stays, the last is moved (a copy three characters on).
    const longer = analyzer.analyze(text.replace('I hope', 'I do hope'));
    expect(longer.findings).toContain(lead);
    const moved = longer.findings.find((f) => f.excerpt === chase!.excerpt && f.ruleId === chase!.ruleId);
    expect(moved).not.toBe(chase);
    expect(moved?.start).toBe(chase!.start + 3);
    expect(JSON.stringify(longer)).toBe(JSON.stringify(analyze(text.replace('I hope', 'I do hope'))));
  });
});
