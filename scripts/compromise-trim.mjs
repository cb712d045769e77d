// What the content script leaves out of compromise (build.mjs), and the test that holds the
// trimmed compromise to the same tags and reports as the whole one (test/unit/compromise-trim.test.ts).
import { readFileSync } from 'node:fs';

/**
 * compromise/two registers plugins the analyser never uses: typeahead (its hook returns at once
 * with no prefixes registered), lookup, swap and lazy (methods of its API that nlp/parse.ts does
 * not call). About 1.6 KB gzip; the tags are the same.
 */
const COMPROMISE_ENTRY = /[\\/]node_modules[\\/]compromise[\\/]src[\\/](one|two)\.js$/;
const UNUSED_PLUGINS = {
  one: ["import lookup from './1-one/lookup/plugin.js'", "import typeahead from './1-one/typeahead/plugin.js'", 'nlp.extend(lookup)', 'nlp.extend(typeahead)'],
  two: ["import lazy from './2-two/lazy/plugin.js'", "import swap from './2-two/swap/plugin.js'", 'nlp.plugin(lazy)', 'nlp.plugin(swap)'],
};

/**
 * Plugins whose `api` (the methods each adds to a document: .match(), .text(), .json(), .replace(),
 * .tag(), .union(), .contractions(), .confidence() …) the tagger never calls: parse.ts runs
 * `nlp(text)`, `compute()` and reads `.document`, and the tagging hooks call only .update(),
 * .compute(), .fromText(), .sweep(), .uncache() and .unfreeze(), none of them from these. Each
 * plugin keeps everything else it registers (its compute functions, such as `id` that the
 * contraction hooks run, its internal methods, its model). About 8.9 KB gzip of content.js.
 */
export const API_UNUSED_BY_TAGGER = ['1-one/change', '1-one/output', '1-one/match', '1-one/pointers', '1-one/tag', '2-two/contraction-two', '2-two/postTagger'];
const PLUGIN_FILE = /[\\/]node_modules[\\/]compromise[\\/]src[\\/]([12]-(?:one|two)[\\/][^\\/]+)[\\/]plugin\.js$/;
const API_IMPORT = /^import api from '\.\/api(?:\/index)?\.js'$/;
const API_ENTRY = /^ {2}api,$/;

/**
 * Besides its API, the output plugin registers the debug printers (methods.one.debug, which only
 * the .debug() method calls; the freeze plugin adds its own printer to the object, so an empty one
 * stays), a hash of a document's text (only .json() and .out() use it) and nlp.fromSpec()/testSpec(). About
 * 1.6 KB gzip. Each import line is replaced by the same names, empty.
 */
const REPLACED_IMPORTS = {
  '1-one/output': new Map([
    ["import { debug, hash } from './methods/index.js'", 'const debug = {}, hash = undefined'],
    ["import { fromSpec, testSpec } from './fromSpec.js'", 'const fromSpec = undefined, testSpec = undefined'],
  ]),
};

/** A source with the lines `drop` picks removed, or null unless exactly `count` were. */
function withoutLines(source, drop, count) {
  const lines = source.split('\n');
  const kept = lines.filter((line) => !drop(line));
  return lines.length - kept.length === count ? kept.join('\n') : null;
}

/**
 * The esbuild plugin: compromise without the plugins, plugin APIs and output helpers above. A line that is not
 * there any more (a new compromise) fails the build rather than ship them, or break the tagger.
 */
export const withoutUnusedCompromise = {
  name: 'without-unused-compromise',
  setup(build) {
    build.onLoad({ filter: COMPROMISE_ENTRY }, (args) => {
      const which = COMPROMISE_ENTRY.exec(args.path)[1];
      const contents = withoutLines(readFileSync(args.path, 'utf8'), (line) => UNUSED_PLUGINS[which].some((unused) => line.trim().startsWith(unused)), UNUSED_PLUGINS[which].length);
      if (contents === null) return { errors: [{ text: `compromise/src/${which}.js: expected the lines ${UNUSED_PLUGINS[which].join('; ')}` }] };
      return { contents, loader: 'js' };
    });
    build.onLoad({ filter: PLUGIN_FILE }, (args) => {
      const plugin = PLUGIN_FILE.exec(args.path)[1].replace(/\\/g, '/');
      if (!API_UNUSED_BY_TAGGER.includes(plugin)) return undefined;
      const file = `compromise/src/${plugin}/plugin.js`;
      let contents = withoutLines(readFileSync(args.path, 'utf8'), (line) => API_IMPORT.test(line) || API_ENTRY.test(line), 2);
      if (contents === null) return { errors: [{ text: `${file}: expected one "import api from './api…'" line and one "  api," line` }] };
      for (const [line, replacement] of REPLACED_IMPORTS[plugin] ?? []) {
        const lines = contents.split('\n');
        if (lines.filter((text) => text === line).length !== 1) return { errors: [{ text: `${file}: expected the line ${line}` }] };
        contents = lines.map((text) => (text === line ? replacement : text)).join('\n');
      }
      return { contents, loader: 'js' };
    });
  },
};
