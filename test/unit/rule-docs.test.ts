import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, listRules } from '../../src/core/index';
import type { RuleInfo } from '../../src/core/types';
import { RULE_DOCS_PATH, renderRuleDocs } from '../../scripts/gen-rule-docs';

const root = resolve(__dirname, '../..');

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs` if this fails)', () => {
    const onDisk = readFileSync(join(root, RULE_DOCS_PATH), 'utf8');
    const fresh = renderRuleDocs(listRules());
    if (onDisk !== fresh) {
      throw new Error(`${RULE_DOCS_PATH} is stale: the rules changed since it was generated. Run \`npm run docs\` and commit the result.`);
    }
    expect(onDisk).toBe(fresh);
  });

  it('documents every rule id', () => {
    const doc = readFileSync(join(root, RULE_DOCS_PATH), 'utf8');
    for (const rule of listRules()) expect(doc).toContain(`### \`${rule.id}\``);
  });
});

describe('renderRuleDocs', () => {
  const rule = (id: string, category: RuleInfo['category'], bad: string[] = ['Act now!'], good: string[] = ['Here is the guide.']): RuleInfo => ({
    id,
    category,
    level: 'phrase',
    description: `Flags ${id}.`,
    rationale: `Because ${id} costs trust.`,
    examples: { bad, good },
  });

  it('groups rules under their category in the fixed category order', () => {
    const doc = renderRuleDocs([rule('zz-pressure', 'pushy'), rule('aa-self', 'me-focus'), rule('mm-pressure', 'pushy')]);
    const positions = CATEGORY_IDS.map((id) => doc.indexOf(`<a id="${id}"></a>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const pushyAt = doc.indexOf('<a id="pushy"></a>');
    expect(doc.indexOf('### `aa-self`')).toBeLessThan(pushyAt);
    expect(doc.indexOf('### `mm-pressure`')).toBeGreaterThan(pushyAt);
    expect(doc.indexOf('### `mm-pressure`')).toBeLessThan(doc.indexOf('### `zz-pressure`'));
  });

  it('shows level, description, rationale and both kinds of example', () => {
    const doc = renderRuleDocs([rule('hollow-opener', 'fake-empathy', ['I hope you are well.'], ['Thanks for the notes.'])]);
    expect(doc).toContain('Level: phrase.');
    expect(doc).toContain('Flags hollow-opener.');
    expect(doc).toContain('**Why it matters.** Because hollow-opener costs trust.');
    expect(doc).toMatch(/\*\*Flagged\*\*\n\n```text\nI hope you are well\.\n```/);
    expect(doc).toMatch(/\*\*Not flagged\*\*\n\n```text\nThanks for the notes\.\n```/);
  });

  it('keeps an example with backticks inside one fenced block', () => {
    const doc = renderRuleDocs([rule('ticks', 'generic', ['Use ```code``` here'])]);
    expect(doc).toContain('````text\nUse ```code``` here\n````');
  });

  it('is deterministic', () => {
    const rules = [rule('b', 'bragging'), rule('a', 'generic')];
    expect(renderRuleDocs(rules)).toBe(renderRuleDocs([...rules].reverse()));
  });
});
