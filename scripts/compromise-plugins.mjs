// How the content script bundles compromise (build.mjs), also used for the analyser bundle that
// bench/core.bench.ts times, so that the benchmark loads what ships: without the parts the
// analyser never uses, and with its world built a little faster.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * compromise/two registers plugins the analyser never uses: typeahead (its hook returns at once
 * with no prefixes registered), lookup, swap and lazy (methods of its API that nlp/parse.ts does
 * not call). The content script bundles compromise without them, about 1.6 KB gzip; the tags are
 * the same. A line that is not there any more (a new compromise) fails the build.
 */
const COMPROMISE_ENTRY = /[\\/]node_modules[\\/]compromise[\\/]src[\\/](one|two)\.js$/;
const UNUSED_COMPROMISE = {
  one: ["import lookup from './1-one/lookup/plugin.js'", "import typeahead from './1-one/typeahead/plugin.js'", 'nlp.extend(lookup)', 'nlp.extend(typeahead)'],
  two: ["import lazy from './2-two/lazy/plugin.js'", "import swap from './2-two/swap/plugin.js'", 'nlp.plugin(lazy)', 'nlp.plugin(swap)'],
};
/**
 * compromise's "change" plugin adds the methods that edit a document (insert, replace, remove,
 * case, whitespace, sort, concat, harden): the analyser only reads, and no other part of
 * compromise calls them. Its compute (term ids, one of the tagger's hooks) is kept. About 3.4 KB
 * gzip; analyze() gives the same results on the 930 drafts of the dev corpora with and without
 * it. A plugin.js that is not the one expected (a new compromise) fails the build.
 */
const CHANGE_PLUGIN = /[\\/]node_modules[\\/]compromise[\\/]src[\\/]1-one[\\/]change[\\/]plugin\.js$/;
const CHANGE_PLUGIN_SOURCE = "import api from './api/index.js'\nimport compute from './compute/index.js'\n\nexport default {\n  api,\n  compute,\n}\n";
export const withoutUnusedCompromise = {
  name: 'without-unused-compromise',
  setup(build) {
    build.onLoad({ filter: CHANGE_PLUGIN }, (args) => {
      if (readFileSync(args.path, 'utf8') !== CHANGE_PLUGIN_SOURCE) return { errors: [{ text: 'compromise/src/1-one/change/plugin.js: not the file expected' }] };
      return { contents: "import compute from './compute/index.js'\nexport default { compute }\n", loader: 'js', resolveDir: dirname(args.path) };
    });
    build.onLoad({ filter: COMPROMISE_ENTRY }, (args) => {
      const which = COMPROMISE_ENTRY.exec(args.path)[1];
      const lines = readFileSync(args.path, 'utf8').split('\n');
      const kept = lines.filter((line) => !UNUSED_COMPROMISE[which].some((unused) => line.trim().startsWith(unused)));
      if (lines.length - kept.length !== UNUSED_COMPROMISE[which].length) {
        return { errors: [{ text: `compromise/src/${which}.js: expected the lines ${UNUSED_COMPROMISE[which].join('; ')}` }] };
      }
      return { contents: kept.join('\n'), loader: 'js' };
    });
  },
};

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
