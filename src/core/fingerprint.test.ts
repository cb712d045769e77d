// Fingerprints are what a dismissal remembers: they must follow the words, not their position,
// and a draft-level finding (about the whole draft) must keep its fingerprint through edits.
import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const LONG_NOTE = Array.from({ length: 12 }, (_, i) => `Your team moved the audit notes to the shared folder on day ${i + 1}.`).join(' ');

describe('fingerprints', () => {
  it('follow the words of a phrase finding, wherever it moves', () => {
    const brag = 'We are the industry-leading provider of audit tools.';
    const first = analyze(`${brag} Thanks for the notes.`).findings.find((f) => f.ruleId === 'superlative-claim');
    const moved = analyze(`Thanks for the notes. ${brag}`).findings.find((f) => f.ruleId === 'superlative-claim');
    const other = analyze('We are the market-leading provider of audit tools.').findings.find((f) => f.ruleId === 'superlative-claim');
    expect(first).toBeDefined();
    expect(moved?.fingerprint).toBe(first!.fingerprint);
    expect(moved!.start).not.toBe(first!.start);
    expect(other?.fingerprint).not.toBe(first!.fingerprint);
  });

  it('of a draft-level finding survive edits anywhere in the draft', () => {
    const before = analyze(LONG_NOTE, { channel: 'linkedin-note' }).findings.find((f) => f.ruleId === 'channel-fit');
    const edited = LONG_NOTE.replace('day 7', 'the seventh day');
    const after = analyze(edited, { channel: 'linkedin-note' }).findings.find((f) => f.ruleId === 'channel-fit');
    expect(before?.level).toBe('draft');
    expect(after?.excerpt).not.toBe(before!.excerpt);
    expect(after?.fingerprint).toBe(before!.fingerprint);
  });
});
