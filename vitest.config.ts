import { defineConfig } from 'vitest/config';

// Two projects: the pure core (and other DOM-free code) in Node, the Preact UI in a DOM.
export default defineConfig({
  define: { __DEV__: 'true' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/platform/**/*.test.ts', 'src/background/**/*.test.ts', 'test/unit/**/*.test.ts'],
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
    ],
  },
});
