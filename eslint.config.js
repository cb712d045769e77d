// ESLint flat config. Besides the usual TypeScript checks it enforces two things a reviewer
// should never have to catch by eye: the layer boundaries of DESIGN.md §4 (who may import whom)
// and the ban on code that turns strings into code or markup (eval, string timers, innerHTML).
// Regular expressions are checked for super-linear backtracking: the analyser runs them on
// whatever a user pastes, and one quadratic pattern froze the tab (DESIGN.md §7: never hangs).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Import patterns, named once and combined per layer below. */
const FORBIDDEN = {
  polyfill: { group: ['webextension-polyfill'], message: 'Only src/platform/ may import webextension-polyfill.' },
  preact: { group: ['preact', 'preact/*', '@preact/*'], message: 'Preact belongs to src/ui/ (and the content script that mounts it).' },
  compromise: { group: ['compromise', 'compromise/*'], message: 'Only src/core/nlp/ may import compromise.' },
  node: { group: ['node:*'], message: 'This layer runs in the browser: no Node built-ins.' },
  sites: { group: ['**/sites', '**/sites/**'], message: 'Site knowledge stays behind src/sites/; this layer may not import it.' },
  ui: { group: ['**/ui', '**/ui/**'], message: 'This layer may not import the UI.' },
  content: { group: ['**/content', '**/content/**'], message: 'This layer may not import the content script.' },
  background: { group: ['**/background', '**/background/**'], message: 'Nothing imports the background script.' },
  cli: { group: ['**/cli', '**/cli/**'], message: 'Nothing in the extension imports the CLI.' },
  platformRuntime: {
    group: ['**/platform/storage', '**/platform/messages', '**/platform/storage.*', '**/platform/messages.*'],
    message: 'This layer talks to the extension only through a connector; import types from platform/protocol or platform/settings.',
  },
  platform: { group: ['**/platform', '**/platform/**'], message: 'The core is pure: no extension platform code.' },
  // The settings schema (platform/settings) is pure: the CLI reads the options page's export with it.
  platformButSettings: {
    regex: '(^|/)platform(/(?!settings(\\.ts)?$).*)?$',
    message: 'The CLI may use the pure settings schema (platform/settings) only, no extension platform code.',
  },
  coreInternals: {
    group: ['**/core/rules', '**/core/rules/**', '**/core/nlp', '**/core/nlp/**', '**/core/index', '**/core/analyze'],
    message: 'This layer may use the core types only, not the analyser.',
  },
};

const restrict = (...names) => ['error', { patterns: names.map((name) => FORBIDDEN[name]) }];

/** Browser and extension globals the pure core and the CLI must not touch. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'Range', 'CSS'].map(
  (name) => ({ name, message: 'The analysis core has no DOM or extension APIs (DESIGN.md §4).' }),
);

/** A local rule: dated to-do comments (`[YYYY-MM-DD]` after the tag) fail once the date has passed (STYLE.md). */
const expiringTodo = {
  meta: { type: 'problem', schema: [], messages: { expired: 'This TODO expired on {{date}}: do it or move the date with a reason.', undated: 'Give this TODO a date: `TODO [YYYY-MM-DD]: …`.' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (!/\bTODO\b/.test(comment.value)) continue;
          const match = /TODO \[(\d{4}-\d{2}-\d{2})\]/.exec(comment.value);
          if (!match) context.report({ loc: comment.loc, messageId: 'undated' });
          else if (new Date(`${match[1]}T00:00:00Z`).getTime() < Date.now()) {
            context.report({ loc: comment.loc, messageId: 'expired', data: { date: match[1] } });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs.recommended,
  // Not in the recommended set: a pattern that fails after scanning far, retried at every
  // start position, is quadratic even without nested quantifiers.
  { rules: { 'regexp/no-super-linear-move': 'error' } },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node, __DEV__: 'readonly', __TEST_HOOKS__: 'readonly' } },
    plugins: { outward: { rules: { 'expiring-todo': expiringTodo } } },
    rules: {
      'outward/expiring-todo': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Everything under src/: no code from strings, no markup from strings.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never parse strings as HTML.' },
        { object: 'document', property: 'write', message: 'Never write markup from strings.' },
        { property: 'setUninstallURL', message: 'Outward makes no network requests, not even on uninstall.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never assign HTML strings; use textContent or DOM APIs.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Draft text is rendered as text only.' },
        { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]", message: 'Timers take functions, never strings.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
        { selector: "CallExpression[callee.name='fetch'], NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/], CallExpression[callee.property.name='sendBeacon']", message: 'Outward makes no network requests (DESIGN.md §7).' },
      ],
    },
  },
  // Layer boundaries (DESIGN.md §4).
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/nlp/**'],
    rules: {
      'no-restricted-imports': restrict('polyfill', 'preact', 'compromise', 'node', 'sites', 'ui', 'content', 'background', 'cli', 'platform'),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/core/nlp/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict('polyfill', 'preact', 'node', 'sites', 'ui', 'content', 'background', 'cli', 'platform'),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/sites/**/*.ts'],
    rules: { 'no-restricted-imports': restrict('polyfill', 'preact', 'compromise', 'node', 'ui', 'content', 'background', 'cli', 'platformRuntime', 'coreInternals') },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict('polyfill', 'compromise', 'node', 'background', 'cli') },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: { 'no-restricted-imports': restrict('preact', 'compromise', 'node', 'sites', 'ui', 'content', 'cli', 'coreInternals') },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    // The page entry files wire the real connectors, so they alone may reach the platform.
    ignores: ['src/ui/popup/main.tsx', 'src/ui/options/main.tsx', 'src/ui/firstrun/main.tsx'],
    rules: { 'no-restricted-imports': restrict('polyfill', 'compromise', 'node', 'sites', 'content', 'background', 'cli', 'platformRuntime', 'coreInternals') },
  },
  {
    files: ['src/ui/popup/main.tsx', 'src/ui/options/main.tsx', 'src/ui/firstrun/main.tsx'],
    rules: { 'no-restricted-imports': restrict('polyfill', 'node', 'sites', 'content', 'background', 'cli') },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': restrict('preact', 'compromise', 'node', 'sites', 'ui', 'content', 'background', 'cli', 'coreInternals') },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict('polyfill', 'preact', 'compromise', 'sites', 'ui', 'content', 'background', 'platformButSettings'),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  // Tests may use whatever they need to drive the code (node built-ins, mocks, fixtures).
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
