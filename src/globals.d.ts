/** True in development and test builds; false in the shipped extension (esbuild `define`). */
declare const __DEV__: boolean;
