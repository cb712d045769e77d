// Types for compromise-trim.mjs, which build.mjs runs as plain JavaScript and a unit test imports.
import type { Plugin } from 'esbuild';
export const API_UNUSED_BY_TAGGER: string[];
export const withoutUnusedCompromise: Plugin;
