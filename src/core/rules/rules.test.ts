// Runs every rule's examples (they are its tests and its documentation) and checks the
// conventions every rule file must follow (STYLE.md, "Registration and the engine").
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../categories';
import { analyze } from '../index';
import { applyEdits, parseMarkers } from '../testing/markers';
import { RULES } from './index';

const onlyRule = (id: string): Record<string, boolean> => Object.fromEntries(RULES.map((r) => [r.id, r.id === id]));

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(rule.examples.bad.map((e) => [e.text, e] as const))('flags: %s', (_label, example) => {
    const { text, spans } = parseMarkers(example.text);
    const report = analyze(text, { rules: onlyRule(id), channel: example.channel, ownNames: example.ownNames, context: example.context });
    const mine = report.findings.filter((f) => f.ruleId === id);
    expect(mine.map((f) => ({ start: f.start, end: f.end }))).toEqual(spans);
    const messageId = example.messageId ?? Object.keys(rule.messages)[0];
    for (const f of mine) {
      expect(f.messageId).toBe(messageId);
      const template = rule.messages[f.messageId] ?? '';
      for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(f.message, `placeholder {${name}} is filled`).not.toContain(`{${name}}`);
      expect(f.category).toBe(rule.category);
    }
    if (example.output !== undefined) {
      const edit = mine[0]?.suggestions.find((s) => s.edits.length > 0);
      expect(edit, 'the first finding offers an edit').toBeDefined();
      expect(applyEdits(text, edit?.edits ?? [])).toBe(example.output);
    }
  });

  it.each(rule.examples.good.map((e) => [e.text, e] as const))('leaves alone: %s', (_label, example) => {
    const report = analyze(example.text, { rules: onlyRule(id), channel: example.channel, ownNames: example.ownNames, context: example.context });
    expect(report.findings.filter((f) => f.ruleId === id)).toEqual([]);
  });
});

describe('rule conventions', () => {
  const dir = __dirname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && !f.endsWith('.data.ts'));

  it('registers every rule file, sorted by id, with the id equal to the file name', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    expect(RULES.map((r) => r.id)).toEqual([...RULES.map((r) => r.id)].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has metadata, messages and enough distinct examples', (_id, rule) => {
    expect(CATEGORY_IDS).toContain(rule.category);
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.id.startsWith('no-') && rule.id !== 'no-reader-question').toBe(false);
    expect(rule.description).toMatch(/^Flags .+\.$/);
    expect(rule.rationale.split(/(?<=\.)\s/).length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.bad.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.good.length).toBeGreaterThanOrEqual(2);
    const all = [...rule.examples.bad.map((e) => parseMarkers(e.text).text), ...rule.examples.good.map((e) => e.text)];
    expect(new Set(all).size).toBe(all.length);
    const used = new Set(rule.examples.bad.map((e) => e.messageId ?? Object.keys(rule.messages)[0]));
    for (const messageId of Object.keys(rule.messages)) expect(used, `message ${messageId} has a bad example`).toContain(messageId);
    for (const message of Object.values(rule.messages)) {
      // Coach, not judge: no exclamations, no name-calling.
      expect(message).not.toMatch(/!|\b(?:bad|stupid|lazy|terrible|awful)\b/i);
      expect(message.length).toBeLessThan(200);
    }
  });

  it('files in this folder are rules only', () => {
    expect(files.length).toBe(RULES.length);
    // Every rule file is registered under the id its file is named after.
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
