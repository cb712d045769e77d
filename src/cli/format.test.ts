import { describe, expect, it } from 'vitest';
import { cellWidth, formatJson, formatJsonlRecord, formatText, positionOf, underline } from './format';
import { makeFinding, makeReport } from './testing';

describe('positionOf', () => {
  const text = 'Hello Dana,\r\nThanks for the notes.\nSee 😀 here';
  it('counts lines on \\n (CRLF included) and columns from 1', () => {
    expect(positionOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(text, text.indexOf('Thanks'))).toEqual({ line: 2, column: 1 });
    expect(positionOf(text, text.indexOf('notes'))).toEqual({ line: 2, column: 16 });
  });
  it('counts an astral character as one column', () => {
    expect(positionOf(text, text.indexOf('here'))).toEqual({ line: 3, column: 7 });
  });
  it('clamps offsets outside the text', () => {
    expect(positionOf('ab', 99)).toEqual({ line: 1, column: 3 });
    expect(positionOf('ab', -4)).toEqual({ line: 1, column: 1 });
  });
});

describe('underline', () => {
  it('shows only the sentence holding the span, with carets under it', () => {
    const text = 'Thanks for the call. Just checking in on the proposal. Talk soon.';
    const start = text.indexOf('Just checking in');
    const result = underline(text, start, start + 'Just checking in'.length);
    expect(result.line).toBe('Just checking in on the proposal.');
    expect(result.carets).toBe('^'.repeat(16));
  });

  it('aligns carets after wide characters and emoji', () => {
    const text = '東京 👋 act now!';
    const start = text.indexOf('act now');
    const { line, carets } = underline(text, start, start + 7);
    expect(line).toBe(text);
    // 東 and 京 take two cells each, the waving hand two: 2+2+1+2+1 = 8 cells before "act".
    expect(carets).toBe(' '.repeat(8) + '^'.repeat(7));
  });

  it('stops the underline at the end of the line for spans across lines', () => {
    const text = 'We offer:\n- dashboards\n- alerts';
    const { line, carets } = underline(text, 0, text.length);
    expect(line).toBe('We offer:');
    expect(carets).toBe('^'.repeat(9));
  });

  it('never prints control or bidi characters raw', () => {
    const text = 'Act \u202enow\u0007 or lose out.';
    const { line } = underline(text, 0, 3);
    expect(line.includes('\u202e')).toBe(false);
    expect(line.includes('\u0007')).toBe(false);
    expect(line).toContain('\u00b7');
  });

  it('puts one caret at a zero-length span', () => {
    const text = 'Hi there.';
    expect(underline(text, 3, 3).carets).toBe('   ^');
  });

  it('windows very long sentences around the span', () => {
    const text = `${'word '.repeat(100)}act now ${'more '.repeat(100)}`;
    const start = text.indexOf('act now');
    const { line, carets } = underline(text, start, start + 7);
    expect(line.length).toBeLessThan(140);
    expect(line.startsWith('\u2026')).toBe(true);
    expect(line.endsWith('\u2026')).toBe(true);
    expect(line.slice(carets.indexOf('^'), carets.indexOf('^') + 7)).toBe('act now');
  });
});

describe('cellWidth', () => {
  it('knows narrow, wide and zero-width characters', () => {
    expect(cellWidth('a')).toBe(1);
    expect(cellWidth('語')).toBe(2);
    expect(cellWidth('\u0301')).toBe(0);
    expect(cellWidth('\u200d')).toBe(0);
  });
});

describe('formatText', () => {
  const text = 'Hi Dana,\n\nJust following up on my last note.';
  const start = text.indexOf('Just following up');
  const finding = makeFinding(text, start, start + 'Just following up'.length);
  const result = { name: 'drafts/note.txt', text, report: makeReport([finding], 64) };

  it('locates, underlines and explains each finding, then gives the score', () => {
    const out = formatText(result, { color: false });
    expect(out).toBe(
      [
        'drafts/note.txt:3:1  pushy  sample-rule',
        '  Just following up on my last note.',
        '  ' + '^'.repeat(17),
        `  "Just following up" sounds like chasing; give them a reason to reply instead.`,
        '  Suggestion: Remove it',
        '',
        'drafts/note.txt: client-focus score 64/100, 1 finding',
        '',
      ].join('\n'),
    );
  });

  it('uses ANSI colour only when asked', () => {
    expect(formatText(result, { color: false })).not.toContain('\u001b[');
    expect(formatText(result, { color: true })).toContain('\u001b[');
  });

  it('says when a file has no findings or is not English', () => {
    expect(formatText({ name: 'a', text: 'ok', report: makeReport([], 96) }, { color: false })).toBe('a: client-focus score 96/100, no findings\n');
    expect(formatText({ name: 'b', text: 'hola', report: makeReport([], 100, false) }, { color: false })).toBe('b: not scored (mostly not English)\n');
    expect(formatText({ name: 'c', text: ' \n', report: { ...makeReport([], 100), score: null, notScored: { reason: 'empty', message: 'Not scored: there are no words to check yet.' } } }, { color: false })).toBe('c: not scored (empty)\n');
  });

  it('omits the suggestion line when there is none', () => {
    const bare = makeFinding(text, start, start + 4, { suggestions: [] });
    expect(formatText({ ...result, report: makeReport([bare]) }, { color: false })).not.toContain('Suggestion:');
  });
});

describe('formatJsonlRecord', () => {
  it('writes exactly the contract fields, echoing the id as given', () => {
    const text = 'Act now, offer ends Friday.';
    const finding = makeFinding(text, 0, 7);
    const line = formatJsonlRecord(42, makeReport([finding], 55), text);
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual(['id', 'score', 'findings']);
    expect(parsed.id).toBe(42);
    expect(parsed.score).toBe(55);
    expect(Object.keys(parsed.findings[0])).toEqual(['rule', 'category', 'start', 'end', 'message', 'suggestions']);
    expect(parsed.findings[0]).toMatchObject({ rule: 'sample-rule', category: 'pushy', start: 0, end: 7 });
    expect(parsed.findings[0].suggestions).toEqual([{ label: 'Remove it', edits: [{ start: 0, end: 7, text: '' }] }]);
  });
});

describe('formatJson', () => {
  it('gives every file with line and column for each finding', () => {
    const text = 'Hello.\nAct now.';
    const finding = makeFinding(text, 7, 14);
    const doc = JSON.parse(formatJson([{ name: 'x.txt', text, report: makeReport([finding], 80) }, { name: 'y.txt', text: 'fine', report: makeReport([], 99) }]));
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['x.txt', 'y.txt']);
    expect(doc.files[0].findings[0]).toMatchObject({ rule: 'sample-rule', line: 2, column: 1, excerpt: 'Act now', why: finding.why, fingerprint: 'fp-sample' });
    expect(doc.files[1]).toMatchObject({ score: 99, findings: [] });
  });
});
