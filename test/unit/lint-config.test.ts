// Proves the lint gate bites: each snippet below breaks a layer rule or a code-from-strings ban
// and must be reported when it sits at the given path; the clean twins must pass.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('violations are reported', () => {
  test.each([
    ['the core importing the polyfill', 'src/core/example.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['the core importing compromise outside nlp/', 'src/core/rules/example.ts', "import nlp from 'compromise';\nexport const x = nlp;\n", 'no-restricted-imports'],
    ['the core touching the DOM', 'src/core/example.ts', 'export const x = document.title;\n', 'no-restricted-globals'],
    ['the core importing the UI', 'src/core/example.ts', "import { x } from '../ui/connector';\nexport const y = x;\n", 'no-restricted-imports'],
    ['a site adapter importing the rules', 'src/sites/gmail/example.ts', "import { rules } from '../../core/rules/index';\nexport const x = rules;\n", 'no-restricted-imports'],
    ['the UI importing storage', 'src/ui/components/Example.tsx', "import { loadSettings } from '../../platform/storage';\nexport const x = loadSettings;\n", 'no-restricted-imports'],
    ['the background importing compromise', 'src/background/example.ts', "import nlp from 'compromise';\nexport const x = nlp;\n", 'no-restricted-imports'],
    ['the content script importing the background', 'src/content/example.ts', "import { x } from '../background/main';\nexport const y = x;\n", 'no-restricted-imports'],
    ['innerHTML', 'src/ui/inline/example.ts', 'export function f(e: HTMLElement, s: string) { e.innerHTML = s; }\n', 'no-restricted-syntax'],
    ['dangerouslySetInnerHTML', 'src/ui/components/Example.tsx', 'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;\n', 'no-restricted-syntax'],
    ['eval', 'src/content/example.ts', 'export const f = (s: string) => eval(s);\n', 'no-eval'],
    ['new Function', 'src/content/example.ts', "export const f = new Function('return 1');\n", 'no-new-func'],
    ['a string timer', 'src/content/example.ts', "setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
    ['the CLI importing storage', 'src/cli/example.ts', "import { loadSettings } from '../platform/storage';\nexport const x = loadSettings;\n", 'no-restricted-imports'],
    ['the CLI importing the polyfill wrapper', 'src/cli/example.ts', "import { browser } from '../platform/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['fetch', 'src/background/example.ts', "export const f = () => fetch('https://example.com');\n", 'no-restricted-syntax'],
    ['an undated TODO', 'src/core/example.ts', '// TODO: later\nexport const x = 1;\n', 'outward/expiring-todo'],
    ['an expired TODO', 'src/core/example.ts', '// TODO [2020-01-01]: remove the legacy selector\nexport const x = 1;\n', 'outward/expiring-todo'],
    // The sentence-end pattern that froze the tab on a run of dots.
    ['a quadratic move', 'src/core/nlp/example.ts', "export const ends = (s: string) => [...s.matchAll(/[.!?]+(?=\\s+\\S)/gu)];\n", 'regexp/no-super-linear-move'],
    ['nested backtracking', 'src/core/example.ts', 'export const slow = /^(?:a+)+$/;\n', 'regexp/no-super-linear-backtracking'],
  ])('%s', async (_name, filePath, code, expectedRule) => {
    expect(await ruleIds(code, filePath)).toContain(expectedRule);
  });
});

describe('allowed code passes', () => {
  test.each([
    ['the core using its own types', 'src/core/example.ts', "import type { Span } from './types';\nexport const s: Span = { start: 0, end: 1 };\n"],
    ['the nlp layer importing compromise', 'src/core/nlp/example.ts', "import nlp from 'compromise';\nexport const x = nlp;\n"],
    ['the CLI reading the settings schema', 'src/cli/example.ts', "import { parseSettingsFile } from '../platform/settings';\nexport const x = parseSettingsFile;\n"],
    ['the UI using textContent', 'src/ui/inline/example.ts', 'export function f(e: HTMLElement, s: string) { e.textContent = s; }\n'],
    ['a run of punctuation matched whole', 'src/core/nlp/example.ts', "export const ends = (s: string) => [...s.matchAll(/[.!?]+/gu)];\n"],
    ['a future-dated TODO', 'src/core/example.ts', '// TODO [2999-01-01]: remove the legacy selector\nexport const x = 1;\n'],
  ])('%s', async (_name, filePath, code) => {
    expect(await ruleIds(code, filePath)).toEqual([]);
  });
});
