// The rewrites writer-subject offers are exact edits, so the cases where none is safe matter as
// much as the examples that get one (those live in the rule file).
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { applyEdits } from '../testing/markers';

function rewritten(text: string): string | null {
  const finding = analyze(text, { rules: { 'writer-subject': true } }).findings.find((f) => f.ruleId === 'writer-subject');
  expect(finding, 'the sentence is flagged').toBeDefined();
  const edit = finding?.suggestions.find((s) => s.edits.length > 0);
  return edit ? applyEdits(text, edit.edits) : null;
}

describe('writer-subject rewrites', () => {
  it('drops the feeling around news and keeps the words before it', () => {
    expect(rewritten('Today, we are pleased to announce that Northwind ships to Canada.')).toBe('Today, Northwind ships to Canada.');
    expect(rewritten('We’re thrilled to share that your account now includes exports.')).toBe('Your account now includes exports.');
  });

  it('offers no edit when no clause follows the frame', () => {
    expect(rewritten('We are pleased to announce our new opening hours.')).toBeNull();
    expect(rewritten('We are pleased to announce that the new showroom.')).toBeNull();
  });
});

describe('writer-subject in the draft as a whole', () => {
  const flagged = (text: string): string[] => analyze(text).findings.filter((f) => f.ruleId === 'writer-subject').map((f) => f.excerpt);

  it('stands while the draft is more about the writer; plain statements of what the writer did are about nobody', () => {
    // One feeling about the writer, two plain reports and two sentences for the reader: the draft is about them.
    const notice = 'We are so excited about the move. We signed the lease on Friday. We will pack the archive next week. Your parking permit stays valid. You can still collect orders at the old desk until June.';
    expect(flagged(notice)).toEqual([]);
  });

  it('is not lifted by stock lines or favours that only sound like they are about the reader', () => {
    const pitch = 'We want to get more exposure for our new app. Companies like yours are growing fast. Could you share our launch post with your followers?';
    expect(flagged(pitch)).toEqual(['We want to get more exposure for our new app']);
  });
});
