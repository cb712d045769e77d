// Types for compromise-plugins.mjs, which build.mjs runs as plain JavaScript and a unit test imports.
import type { Plugin } from 'esbuild';
export const quickerCompromiseMerge: Plugin;
export const compromisePlugins: Plugin[];
