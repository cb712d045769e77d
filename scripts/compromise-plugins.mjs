// How the content script bundles compromise (build.mjs), also used for the analyser bundle that
// bench/core.bench.ts times, so that the benchmark loads what ships: without the parts the
// analyser never uses (compromise-trim.mjs), and with its world built a little faster.
import { readFileSync } from 'node:fs';
import { withoutUnusedCompromise } from './compromise-trim.mjs';

/**
 * compromise builds its world by merging each plugin's model into it, one key at a time, each
 * through `Object.assign(model, { [key]: value })`: a throw-away object per key of its lexicon
 * and models, ~10–30 ms of the analyser's load. Both statements become the plain assignment
 * they amount to (the same [[Set]], prototype keys still skipped by the check above them).
 * An extend.js without them (a new compromise) fails the build.
 */
const EXTEND = /[\\/]node_modules[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const MERGE_STATEMENTS = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];
export const quickerCompromiseMerge = {
  name: 'quicker-compromise-merge',
  setup(build) {
    build.onLoad({ filter: EXTEND }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const [from, to] of MERGE_STATEMENTS) {
        if (source.split(from).length !== 2) return { errors: [{ text: `compromise/src/API/extend.js: expected one "${from}"` }] };
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

/** Every plugin above, in the order build.mjs and the benchmark apply them. */
export const compromisePlugins = [withoutUnusedCompromise, quickerCompromiseMerge];
