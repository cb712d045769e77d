// The content script bundles compromise without the plugins and document methods the tagger never
// calls, and merges its world with plain assignments (scripts/compromise-plugins.mjs). parse.ts swallows a tagger error and falls back to untagged
// tokens, so a method the tagger did need would not crash: it would quietly change the tags. This
// bundles the analyser twice, with the whole compromise and with the trimmed one, and holds the
// trimmed one to the same tokens and the same reports on every rule example and on sentences
// that reach the tagger's rarer paths (contractions, possessives, numbers, dates, hyphens).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRules } from '../../src/core/index';
import { compromisePlugins } from '../../scripts/compromise-plugins.mjs';

const root = resolve(import.meta.dirname, '../..');

interface Bundle {
  tagSentence(text: string): unknown[];
  tagSentences(texts: readonly string[]): unknown[][];
  analyze(text: string, options?: { channel?: string }): unknown;
  /** The type of a document's `.match`, one of the methods the trim leaves out. */
  matchMethod: string;
}

const ENTRY = `
import nlp from 'compromise/two';
export { tagSentence, tagSentences } from './src/core/nlp/parse';
export { analyze } from './src/core/index';
export const matchMethod = typeof nlp('').match;
`;

const dir = mkdtempSync(join(tmpdir(), 'outward-compromise-trim-'));

async function load(name: string, trimmed: boolean): Promise<Bundle> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    define: { __DEV__: 'false', __TEST_HOOKS__: 'false' },
    plugins: trimmed ? compromisePlugins : [],
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as Bundle;
}

const SENTENCES = [
  "I'd've called sooner, but we'll be there at 3pm on Tuesday, March 4th, 2025.",
  "John's team can't make it; y'all shouldn't wait. It's the company's best year.",
  "Our 2-3 week pilot cut costs by 40% (about $12,500) for 5kg units.",
  'Email me at sam@example.com or see https://example.com/pricing for the e-book.',
  'We are the leading, award-winning, best-in-class provider of AI/ML tools.',
  '"Would you be open to a quick call?" she asked. He said: "Not now."',
  "L'amour, c'est la vie. Mr. Smith and Dr. Jones met the U.S. team in 1999.",
  "Let's book a call. Don't miss out! Isn't this what you've been waiting for?",
  'I have seen, written and given talks; they were driven, broken and forgotten.',
  'Hi {{FirstName}}, I wanted to reach out because we help businesses like {{Company}} grow revenue.',
];

describe('the trimmed compromise of the content script', () => {
  let whole: Bundle;
  let trimmed: Bundle;
  const texts: string[] = [];
  beforeAll(async () => {
    [whole, trimmed] = await Promise.all([load('whole', false), load('trimmed', true)]);
    for (const rule of listRules()) texts.push(...rule.examples.bad, ...rule.examples.good);
    texts.push(...SENTENCES);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const same = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? [...v].sort() : v));

  it('leaves the document methods out (the check below compares two different bundles)', () => {
    expect(whole.matchMethod).toBe('function');
    expect(trimmed.matchMethod).toBe('undefined');
  });

  it('tags every text as the whole compromise does, one at a time and in one run', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(same(trimmed.tagSentence(text)), text).toBe(same(whole.tagSentence(text)));
    expect(same(trimmed.tagSentences(texts))).toBe(same(whole.tagSentences(texts)));
  });

  it('gives the same reports', () => {
    for (const text of texts) expect(same(trimmed.analyze(text, { channel: 'cold-email' })), text).toBe(same(whole.analyze(text, { channel: 'cold-email' })));
  });
});
