import { defineConfig } from 'vitest/config';

// Two projects: the pure core (and other DOM-free code) in Node, the Preact UI in a DOM.
export default defineConfig({
  define: { __DEV__: 'true', __TEST_HOOKS__: 'true' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/content/geometry.test.ts', 'src/content/shown-findings.test.ts', 'src/content/tab-state.test.ts', 'src/platform/**/*.test.ts', 'src/background/**/*.test.ts', 'test/unit/**/*.test.ts'],
          // The CLI tests spawn the built binary (about a second to load the analyser) while the
          // 10,000-draft property test keeps the other core busy; 5 s is too tight for that.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/ui/**/*.test.tsx', 'src/ui/**/*.test.ts', 'src/sites/**/*.dom.test.ts', 'src/content/**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Checks on the built packages in dist/ (run after `node build.mjs`).
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Real browsers on a 2-core machine: one file at a time, generous timeouts, no retries.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          retry: 0,
        },
      },
    ],
  },
});
