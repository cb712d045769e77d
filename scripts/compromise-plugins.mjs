// The parts of compromise the analyser never uses, left out of the content script (build.mjs) and
// of the analyser bundle bench/core.bench.ts times, so that the benchmark loads what ships.
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
