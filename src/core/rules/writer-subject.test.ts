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
