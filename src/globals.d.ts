/** True in development and test builds; false in the shipped extension (esbuild `define`). */
declare const __DEV__: boolean;
/** True only in the instrumented e2e build (dist/e2e/); never in what ships. */
declare const __TEST_HOOKS__: boolean;
