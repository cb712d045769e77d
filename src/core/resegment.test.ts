// resegment() splits only the lines an edit touched and takes the others from the last split: an
// optimisation only, so after any edit it must return exactly what segment() returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resegment } from './analyze';
import { segment } from './nlp/segment';
import { propertySeed } from './testing/seed';

/** Lines of a message: greetings, sign-offs, a signature, bullets, blank lines, long and short body lines. */
const LINES = [
  'Hi Dana,',
  'Dear Mr. Ortiz: your refund went out today.',
  '',
  '   ',
  'I hope this email finds you well. We are the leading provider of payroll software.',
  'Just circling back on this! Did you get a chance to look at my proposal?',
  '- Faster exports',
  '2) Audit logs',
  'Subject: quick question',
  'Your team cut support tickets by a third. How did you do it?',
  'Best,',
  'Thanks,',
  'Alex Moreau',
  'Head of Partnerships, Northwind',
  'alex@northwind.example',
  'Sent from my phone',
  'approx. three weeks ago we met at the fair and talked about it',
  // Hard-wrapped prose: a sentence carried over the next lines (segment() joins them), and a short lower-case line that is not.
  'We met at the fair last spring and talked about the',
  'rota you were planning for the summer, and I kept thinking about',
  'it on the way home.',
  'fast exports',
  // Quoted history (read as blank) and the signature delimiter (what follows it is signature).
  '> We were charged twice for the seats we removed.',
  'On Tue, 3 Mar 2026 at 10:02, Dana Ruiz <dana@example.com> wrote:',
  '-- ',
  '---------- Forwarded message ---------',
  'Sent from my iPhone',
  'We help teams ship faster. Book a demo at northwind.example.',
];

const BODY = LINES.filter((l) => /[.?!]$/.test(l) && !/^(?:Dear|Subject)/.test(l));
// Mostly body lines, so that many edits leave enough lines after them to be taken as they were.
const draft = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BODY) }, { weight: 2, arbitrary: fc.constantFrom(...LINES) }), { minLength: 1, maxLength: 20 });
const lineEnd = fc.constantFrom('\n', '\r\n');

type Edit = { at: number; lineStart: boolean; remove: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  // At the start of a line: a blank line opened or closed above the rest.
  lineStart: fc.boolean(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom('', 'x', ' really', '.', '\n', '\n\n', 'Best,\n', ' Thanks again. ', 'Hi Sam,\n'), fc.constantFrom(...LINES).map((l) => `${l}\n`)),
});

function applyEdit(text: string, e: Edit): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.indexOf('\n', at) + 1;
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('resegment', () => {
  it('returns what segment() returns after any sequence of edits', () => {
    let kept = 0;
    fc.assert(
      fc.property(draft, lineEnd, fc.array(edit, { minLength: 1, maxLength: 8 }), (lines, eol, edits) => {
        let text = lines.join(eol);
        let last = { input: text, excluded: '[]', segments: segment(text) };
        for (const e of edits) {
          text = applyEdit(text, e);
          const segments = resegment(last, text, []);
          expect(segments).toEqual(segment(text));
          // Lines taken from the last split (the same objects) show the edited lines alone were split.
          if (segments.some((s) => last.segments.includes(s))) kept += 1;
          last = { input: text, excluded: '[]', segments };
        }
      }),
      { numRuns: 400, ...propertySeed() },
    );
    expect(kept).toBeGreaterThan(100);
  });

  it('returns what segment() returns when edits touch a sentence hard-wrapped over several lines', () => {
    const wrapped = LINES.slice(LINES.indexOf('We met at the fair last spring and talked about the'), LINES.indexOf('fast exports') + 1);
    const blocks = fc.array(fc.oneof(fc.constantFrom(...BODY), fc.constant(wrapped.join('\n'))), { minLength: 1, maxLength: 6 });
    let joined = 0;
    fc.assert(
      fc.property(blocks, fc.array(edit, { minLength: 1, maxLength: 6 }), (parts, edits) => {
        let text = parts.join('\n');
        let last = { input: text, excluded: '[]', segments: segment(text) };
        for (const e of edits) {
          text = applyEdit(text, e);
          const segments = resegment(last, text, []);
          expect(segments).toEqual(segment(text));
          if (segments.some((s) => s.text.includes('\n'))) joined += 1;
          last = { input: text, excluded: '[]', segments };
        }
      }),
      { numRuns: 300, ...propertySeed() },
    );
    expect(joined).toBeGreaterThan(50);
  });

  it('takes the lines before and after an edit as they were, moved by it', () => {
    const lines = ['Hi Dana,', '', 'We are the leading provider of payroll software.', 'Just circling back on this.', 'Your team cut tickets by a third.', 'How did you do it?', 'Can we talk on Tuesday?', 'Thanks for the note.', '', 'Best,', 'Alex'];
    const text = lines.join('\n');
    const first = segment(text);
    // A blank line opened above a line, the edit's first line then blank.
    const opened = text.replace('\nYour team', '\n\nYour team');
    expect(resegment({ input: text, excluded: '[]', segments: first }, opened, [])).toEqual(segment(opened));
    const edited = text.replace('Just circling', 'Just\n\ncircling');
    const next = resegment({ input: text, excluded: '[]', segments: first }, edited, []);
    expect(next).toEqual(segment(edited));
    // The sentences before the edit are the same objects; those after it moved by a character, a paragraph and a line.
    expect(next[0]).toBe(first[0]);
    const after = next.find((s) => s.text === 'How did you do it?')!;
    const was = first.find((s) => s.text === 'How did you do it?')!;
    expect([after.start - was.start, after.paragraph - was.paragraph, after.line - was.line]).toEqual([1, 1, 1]);
  });
  it('reads a signature at the end as segment() does, whichever line an edit changes', () => {
    const signature = ['Alex Moreau', 'Partnerships Lead', 'Northwind Inc', 'alex@northwind.example'];
    const cases: Array<[string[], string, string]> = [
      // The only message line above the signature becomes a bullet: no signature without a message above it.
      [['Hi Dana,', 'We are the leading provider of payroll software.', '- Audit logs', ...signature], 'We are the leading provider of payroll software.', '- Faster exports'],
      [['Hi Dana,', '- Faster exports', '- Audit logs', ...signature], '- Faster exports', 'We are the leading provider of payroll software.'],
      // A line just above the signature becomes part of it.
      [['Hi Dana,', 'We are the leading provider of payroll software.', 'Can we talk on Tuesday?', 'Thanks for reading this far!', ...signature.slice(1)], 'Thanks for reading this far!', 'Alex Moreau'],
    ];
    for (const [lines, from, to] of cases) {
      const text = lines.join('\n');
      const edited = text.replace(from, to);
      expect(resegment({ input: text, excluded: '[]', segments: segment(text) }, edited, [])).toEqual(segment(edited));
    }
  });

  it('reads every line after a forwarded message\'s mark as blank, whichever edit writes or removes the mark', () => {
    const text = ['Hi Dana,', 'Your team cut tickets by a third.', 'How did you do it?', 'We are the leading provider.', 'Can we talk on Tuesday?', 'Thanks for the note.', 'Your desk ships Monday.', 'Best,', 'Alex'].join('\n');
    // The mark typed at the end of a line, with more text on the line the edit touched.
    const marked = text.replace('do it?', 'do it? Really.\n---------- Forwarded message ---------');
    const next = resegment({ input: text, excluded: '[]', segments: segment(text) }, marked, []);
    expect(next).toEqual(segment(marked));
    expect(next.map((s) => s.text)).toEqual(['Hi Dana,', 'Your team cut tickets by a third.', 'How did you do it?', 'Really.']);
    // And taken out again.
    expect(resegment({ input: marked, excluded: '[]', segments: next }, text, [])).toEqual(segment(text));
  });
});
