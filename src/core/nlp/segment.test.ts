// segment() keeps a per-line cache: a line must split the same wherever it sits and whether or
// not it was seen before, and lines with excluded text still split around that text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../testing/seed';
import { segment, sentenceEnds } from './segment';

const LINE_PIECES = ['Hi Sam,', 'We shipped it.', 'Dr. Lee agreed.', 'e.g. the Leeds office', '- faster exports', 'approx. three weeks', 'Thanks!', '“Done.”', 'Best,', 'Subject: notes', '😀', '…', 'x y '.repeat(120)];
const line = fc.array(fc.oneof(fc.constantFrom(...LINE_PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ').replace(/[\r\n]/g, ' '));

/** The sentences of the line at `index`, as text and offsets from that line's start. */
function sentencesOfLine(text: string, index: number) {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  const from = starts[index]!;
  const to = index + 1 < starts.length ? starts[index + 1]! : text.length + 1;
  return segment(text)
    .filter((s) => s.start >= from && s.start < to)
    .map((s) => ({ text: s.text, start: s.start - from, lineKind: s.lineKind, lineStart: s.lineStart, continues: s.continues }));
}

describe('segment', () => {
  it('splits a line the same wherever it sits, seen before or not', () => {
    fc.assert(
      fc.property(line, fc.array(line, { maxLength: 4 }), (target, others) => {
        const alone = sentencesOfLine(target, 0);
        const again = sentencesOfLine(target, 0);
        const text = [...others, target].join('\n');
        // Unless the line above carries a hard-wrapped sentence into it (tested below).
        const lineAt = text.length - target.length;
        fc.pre(!segment(text).some((s) => s.start < lineAt && s.end > lineAt));
        const placed = sentencesOfLine(text, others.length);
        expect(again).toEqual(alone);
        const split = (list: typeof alone) => list.map(({ text, start, lineStart, continues }) => ({ text, start, lineStart, continues }));
        expect(split(placed)).toEqual(split(alone));
        // A line's kind is its own, except that a line below others can be the signature.
        placed.forEach((s, i) => expect(s.lineKind === alone[i]!.lineKind || (others.length > 0 && s.lineKind === 'signoff')).toBe(true));
      }),
      { numRuns: 300, ...propertySeed() },
    );
  });

  it('reads a hard line break inside a sentence as a space, and keeps short lines, lists and closed sentences apart', () => {
    const texts = (text: string) => segment(text).map((s) => s.text);
    // Wrapped at a fixed width: the next line starts small, or the line ends on a word no sentence ends with.
    expect(texts('Thanks for the call. We talked about the rota you planned and\nwhat it would take to cover Saturdays.\nBest,\nLee')).toEqual([
      'Thanks for the call.',
      'We talked about the rota you planned and\nwhat it would take to cover Saturdays.',
      'Best,',
      'Lee',
    ]);
    expect(texts('I recently talked with Sam Okafor and she told me about\nTech Choice, the scheme your team runs.')).toEqual(['I recently talked with Sam Okafor and she told me about\nTech Choice, the scheme your team runs.']);
    // A line without a full stop that ends on a word a sentence can end on, before a capital, keeps the break (chat-style messages).
    expect(texts('Great to meet you at the warehouse event today and thanks for that\nLet me know if the deck would help')).toEqual(['Great to meet you at the warehouse event today and thanks for that', 'Let me know if the deck would help']);
    // An article or a possessive leaves a noun to come, so even a short line ending on one runs on.
    expect(texts('Thanks for joining the\nplan. It starts today.')).toEqual(['Thanks for joining the\nplan.', 'It starts today.']);
    expect(texts('Thanks for joining\nthe plan.')).toEqual(['Thanks for joining', 'the plan.']);
    // Short lines are a list; a closed sentence, a colon, a blank line or a bullet keeps the break.
    expect(texts('What you get\nfast exports\naudit logs')).toEqual(['What you get', 'fast exports', 'audit logs']);
    expect(texts('Our new release brings the three things you asked us for:\nfaster exports and audit logs.')).toEqual(['Our new release brings the three things you asked us for:', 'faster exports and audit logs.']);
    expect(texts('We went over the figures you sent us on Monday and the\n\nrest is in the attachment.')).toEqual(['We went over the figures you sent us on Monday and the', 'rest is in the attachment.']);
    expect(texts('We went over the figures you sent us on Monday with the\n- faster exports')).toEqual(['We went over the figures you sent us on Monday with the', '- faster exports']);
  });

  it('marks a sentence that goes on after a greeting on its line, and none after a full stop', () => {
    const marks = (text: string) => segment(text).map((s) => [s.text.trim(), s.continues]);
    expect(marks('Hi Jo, we moved the call. Thanks! See you then.')).toEqual([
      ['Hi Jo,', false],
      ['we moved the call.', true],
      ['Thanks!', false],
      ['See you then.', false],
    ]);
    expect(marks('Hi Jo. We moved the call.')).toEqual([
      ['Hi Jo.', false],
      ['We moved the call.', false],
    ]);
  });

  it('takes short lines below a sign-off as the signature, and longer ones as the message', () => {
    const text = 'Hi Ana,\nYour order ships today.\n\nBest,\nJo Park\nAccounts team\nP.S. The tracking number is in the attached note for you.';
    expect(segment(text).map((s) => [s.text, s.lineKind])).toEqual([
      ['Hi Ana,', 'greeting'],
      ['Your order ships today.', 'body'],
      ['Best,', 'signoff'],
      ['Jo Park', 'signoff'],
      ['Accounts team', 'signoff'],
      ['P.S.', 'body'],
      ['The tracking number is in the attached note for you.', 'body'],
    ]);
  });

  it('takes a salutation that opens a line as the greeting and the rest as the message', () => {
    expect(segment('Dear Ms. Ortiz: Your refund went out today. It lands by Friday.').map((s) => [s.text, s.lineKind])).toEqual([
      ['Dear Ms. Ortiz:', 'greeting'],
      ['Your refund went out today.', 'body'],
      ['It lands by Friday.', 'body'],
    ]);
    expect(segment('Hi there, we fixed the export.').map((s) => s.lineKind)).toEqual(['body']);
    expect(segment('Hi {{FirstName}}, your export is fixed.').map((s) => [s.text, s.lineKind])).toEqual([
      ['Hi {{FirstName}},', 'greeting'],
      ['your export is fixed.', 'body'],
    ]);
  });

  it('takes names, titles and addresses closing a message as its signature', () => {
    const text = 'Your desk ships on Monday.\nThanks for your patience.\n\nPriya Nair\nOps Lead, Fernway\nfernway.example';
    expect(segment(text).map((s) => s.lineKind)).toEqual(['body', 'body', 'signoff', 'signoff', 'signoff']);
    // A short last line that is a sentence stays in the message; a lone name is not a signature of nothing.
    expect(segment('Your desk ships on Monday.\nLet me know').map((s) => s.lineKind)).toEqual(['body', 'body']);
    expect(segment('Priya Nair').map((s) => s.lineKind)).toEqual(['body']);
  });

  it('reads quoted and forwarded history as blank lines, and everything after the signature delimiter or a device footer as signature', () => {
    const reply = 'Your refund went out today.\n\nOn Tue, 3 Mar 2026 at 10:02, Dana Ruiz <dana@example.com> wrote:\n> We were charged twice.\n> Please fix it.\nThanks for your patience.';
    const read = segment(reply);
    expect(read.map((s) => s.text)).toEqual(['Your refund went out today.', 'Thanks for your patience.']);
    // The quote is a paragraph break, as a blank line is.
    expect(read.map((s) => s.paragraph)).toEqual([0, 1]);
    // "wrote:" ends a sentence of the writer's own that is not a reply header.
    expect(segment('On Monday the team wrote: the fix is live.').map((s) => s.lineKind)).toEqual(['body']);

    const signed = 'Your refund went out today.\n-- \nJo Park | Fernway\nWe help finance teams close faster. Book a demo at fernway.example.';
    expect(segment(signed).map((s) => s.lineKind)).toEqual(['body', 'signoff', 'signoff', 'signoff', 'signoff']);
    // A forwarded or replied-to message below the mail client's mark is the earlier message.
    for (const mark of ['---------- Forwarded message ---------', '-----Original Message-----']) {
      const forwarded = `Your refund went out today.\n\n${mark}\nFrom: Dana Ruiz\nSubject: Charged twice\n\nWe were charged twice. We want this fixed.`;
      expect(segment(forwarded).map((s) => s.text)).toEqual(['Your refund went out today.']);
    }
    // The mail app's device footer is a sign-off, not the writer's sentence.
    expect(segment('Your refund went out today.\n\nSent from my iPhone').map((s) => s.lineKind)).toEqual(['body', 'signoff']);
    // Two dashes inside a line are punctuation, not the delimiter.
    expect(segment('Your refund -- all of it -- went out today.').map((s) => s.lineKind)).toEqual(['body']);
  });

  it('splits around excluded text inside a line, and caches nothing wrong for the same line without it', () => {
    const text = 'We are glad. > quoted words here. Your team wins.';
    const quote = { start: text.indexOf('>'), end: text.indexOf('Your') };
    expect(segment(text, [quote]).map((s) => s.text)).toEqual(['We are glad.', 'Your team wins.']);
    expect(segment(text).map((s) => s.text)).toEqual(['We are glad.', '> quoted words here.', 'Your team wins.']);
    expect(segment(text, [quote]).map((s) => s.text)).toEqual(['We are glad.', 'Your team wins.']);
  });
});

/** The sentence ends as the former pattern found them (with a lookahead; quadratic on long runs, so short lines only). */
function referenceEnds(line: string): number[] {
  // The former, quadratic pattern on purpose, as the reference; the lines here are at most 90 characters.
  // eslint-disable-next-line regexp/no-super-linear-move
  return [...line.matchAll(/[.!?…]+["'”’)\]]*(?=\s+\S)/gu)].map((match) => match.index + match[0].length);
}

describe('sentence ends', () => {
  const PUNCTUATION = ['.', '!', '?', '…', '"', "'", '”', '’', ')', ']', ' ', '  ', 'a', 'Dr', 'e.g', '\t', 'x'];
  const punctuated = fc.array(fc.oneof(fc.constantFrom(...PUNCTUATION), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join('').replace(/[\r\n]/g, ' '));

  it('cuts where the former pattern did (before its abbreviation checks)', () => {
    fc.assert(
      fc.property(punctuated, (text) => {
        const found = sentenceEnds(text, 0, text.length);
        // Every cut is one the former pattern proposed; the ones it dropped are abbreviations only.
        const proposed = referenceEnds(text);
        for (const cut of found) expect(proposed).toContain(cut);
        for (const cut of proposed) if (!found.includes(cut)) expect(text.slice(0, cut)).toMatch(/\.$/u);
      }),
      { numRuns: 1_000, ...propertySeed() },
    );
  });

  it.each([
    ['dots', '.'],
    ['mixed marks', '.!?'],
    ['closing quotes after a dot', '."'],
    ['ellipses', '…'],
  ])('a long run of %s splits into capped pieces covering the text', (_name, unit) => {
    const text = `Thanks${unit.repeat(40_000)} We can help.`;
    const pieces = segment(text);
    expect(pieces.at(-1)?.text).toBe('We can help.');
    for (const piece of pieces) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(400);
      expect(text.slice(piece.start, piece.end)).toBe(piece.text);
    }
  });
});
