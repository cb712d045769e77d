#!/usr/bin/env node
// Builds Outward: the extension for Chrome and Firefox, the store zips, the Node CLI, and the
// test-only bundles the browser tests load.
//
//   node build.mjs            production build (minified) → dist/
//   node build.mjs --watch    rebuild on change (development; not minified, __DEV__ on)
//
// Output:
//   dist/chrome/, dist/firefox/            unpacked extensions (load these in the browser)
//   dist/outward-<browser>-<version>.zip   store packages, byte-identical across clean builds
//   dist/e2e/<browser>/                    the same extension with test hooks compiled in
//   dist/cli/outward.cjs                   the `outward` command (package.json "bin")
//   dist/test/sites.js                     site adapters as a page script, for adapter tests
//   dist/sourcemaps/                       source maps, kept out of the zips
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compromisePlugins } from './scripts/compromise-plugins.mjs';
import { LEXICON_FILE, stripLexiconNotes } from './scripts/lexicon-notes.mjs';
import { writeZip } from './scripts/zip.mjs';

const root = dirname(fileURLToPath(import.meta.url));
// OUTWARD_DIST lets parallel work build into its own folder; the default is dist/.
const dist = process.env.OUTWARD_DIST ? resolve(process.env.OUTWARD_DIST) : join(root, 'dist');
const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sourceManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

if (sourceManifest.version !== pkg.version) {
  fail(`manifest.json version ${sourceManifest.version} differs from package.json version ${pkg.version}`);
}

/** Extension pages: entry module → folder and page title. */
const PAGES = [
  { name: 'popup', entry: 'src/ui/popup/main.tsx', title: 'Outward' },
  { name: 'options', entry: 'src/ui/options/main.tsx', title: 'Outward settings' },
  { name: 'firstrun', entry: 'src/ui/firstrun/main.tsx', title: 'Welcome to Outward' },
];
const SCRIPTS = [
  { out: 'background', entry: 'src/background/main.ts' },
  { out: 'content', entry: 'src/content/main.ts' },
];
const BROWSERS = ['chrome', 'firefox'];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

for (const { entry } of [...PAGES, ...SCRIPTS]) {
  if (!existsSync(join(root, entry))) fail(`missing entry point ${entry}`);
}

/** The manifest each browser needs, derived from the one source file. */
function manifestFor(browser) {
  const manifest = structuredClone(sourceManifest);
  if (browser === 'chrome') {
    // Chrome rejects background.scripts in MV3 and ignores gecko settings.
    manifest.background = { service_worker: manifest.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages; it warns about service_worker.
    manifest.background = { scripts: manifest.background.scripts };
  }
  return manifest;
}

/** The popup has a fixed size and its own 15 KB budget: only the pages opened in a tab get a viewport. */
function pageHtml({ title, hasCss, viewport }) {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    viewport ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '',
    '<meta name="color-scheme" content="light dark">',
    `<title>${title}</title>`,
    hasCss ? '<link rel="stylesheet" href="main.css">' : '',
    '</head>',
    '<body>',
    '<div id="app"></div>',
    '<script src="main.js"></script>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const common = {
  bundle: true,
  target: ['chrome120', 'firefox140'],
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  charset: 'utf8',
};

/**
 * The content script never shows a rule's good/bad examples (they are the rules' tests and the
 * options page's documentation) nor its one-line description (the options page's), so its bundle
 * gets each rule file with both emptied: about 5 KB gzip of the in-page script. A rule file not shaped as the rule template (one
 * `  examples: {` block closing the file) fails the build rather than shipping unstripped.
 */
const RULE_FILE = /[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+\.ts$/;
const withoutRuleExamples = {
  name: 'without-rule-examples',
  setup(build) {
    build.onLoad({ filter: RULE_FILE }, (args) => {
      if (/(?:index|\.test)\.ts$/.test(args.path)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf('\n  examples: {\n');
      const end = source.lastIndexOf('\n  },\n});');
      if (start === -1 || end < start || source.indexOf('\n  examples: {\n', start + 1) !== -1) {
        return { errors: [{ text: `${relative(root, args.path)}: expected one "  examples: {" block closing the rule` }] };
      }
      // The one-line description is the options page's and the docs'; the card shows the messages and the rationale.
      const head = source.slice(0, start).replace(/^ {2}description: '(?:[^'\\\n]|\\.)*',$/mu, "  description: '',");
      return { contents: `${head}\n  examples: { bad: [], good: [] },\n});\n`, loader: 'ts' };
    });
  },
};

/**
 * The same for the lexicon's notes: each entry's "why it is here" is documentation for people
 * and the duplicate tests; the content script needs only the words and patterns. Every line that
 * opens an entry must be stripped (scripts/lexicon-notes.mjs), or the build fails.
 */
const withoutLexiconNotes = {
  name: 'without-lexicon-notes',
  setup(build) {
    let loaded = 0;
    let total = 0;
    build.onStart(() => {
      loaded = 0;
      total = 0;
    });
    build.onLoad({ filter: LEXICON_FILE }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const { contents, stripped, entries, unmatched } = stripLexiconNotes(source);
      const file = relative(root, args.path);
      if (stripped !== entries) {
        return { errors: [{ text: `${file}: ${entries - stripped} of ${entries} entries are not one "  ['entry', 'why']," line; first: ${unmatched}` }] };
      }
      loaded += 1;
      total += stripped;
      return entries === 0 ? undefined : { contents, loader: 'ts' };
    });
    // A lexicon whose entries all changed shape would strip nothing and ship every note.
    build.onEnd(() => (loaded > 0 && total === 0 ? { errors: [{ text: 'src/core/lexicon: no "  [\'entry\', \'why\']," entries found to strip' }] } : undefined));
  },
};

/**
 * A category's one-line summary is shown on the options page only: the popup (15 KB gzip budget)
 * and the content script are bundled with the summaries emptied.
 */
const CATEGORIES_FILE = /[\\/]src[\\/]core[\\/]categories\.ts$/;
const withoutCategorySummaries = {
  name: 'without-category-summaries',
  setup(build) {
    build.onLoad({ filter: CATEGORIES_FILE }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const stripped = source.replace(/^( {4}summary: )'(?:[^'\\\n]|\\.)*',$/gmu, "$1'',");
      if (stripped === source) return { errors: [{ text: 'src/core/categories.ts: no "    summary: \'…\'," lines found to strip' }] };
      return { contents: stripped, loader: 'ts' };
    });
  },
};

/**
 * The stylesheets are template strings, which minifying leaves as written: the bundles get
 * src/ui/styles.ts without the comments and the indentation (CSS ignores both), about 120 bytes
 * gzip of the popup's 15 KB budget.
 */
const STYLES_FILE = /[\\/]src[\\/]ui[\\/]styles\.ts$/;
const compactStyles = {
  name: 'compact-styles',
  setup(build) {
    build.onLoad({ filter: STYLES_FILE }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // Whole-line comments only (CSS's and the module's own), then each line's leading blanks.
      const compact = source.replace(/^[ \t]*\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/[ \t]*\n/gmu, '').replace(/\n[ \t]+/gu, '\n');
      if (compact === source) return { errors: [{ text: 'src/ui/styles.ts: nothing to compact (comments or indentation expected)' }] };
      return { contents: compact, loader: 'ts' };
    });
  },
};

/** esbuild options for the extension bundles of one output folder. */
function extensionBuilds(outdir, { testHooks }) {
  const define = {
    __DEV__: watch ? 'true' : 'false',
    __TEST_HOOKS__: testHooks ? 'true' : 'false',
    'process.env.NODE_ENV': watch ? '"development"' : '"production"',
  };
  const options = {
    ...common,
    format: 'iife',
    minify: !watch,
    sourcemap: watch ? 'inline' : 'external',
    define,
  };
  return [
    {
      ...options,
      entryPoints: Object.fromEntries(SCRIPTS.map(({ out, entry }) => [out, join(root, entry)])),
      outdir,
      plugins: [withoutRuleExamples, withoutLexiconNotes, withoutCategorySummaries, compactStyles, ...compromisePlugins],
      // Outward's own code never logs; the console calls left are compromise's debug printers
      // (\`.debug()\`, \`.out('console')\`), which the analyser never calls: about 0.5 KB gzip.
      drop: ['console'],
      // What each source file adds to content.js, for `npm run bench`'s breakdown.
      metafile: true,
    },
    {
      ...options,
      entryPoints: Object.fromEntries(PAGES.filter(({ name }) => name !== 'popup').map(({ name, entry }) => [`${name}/main`, join(root, entry)])),
      outdir,
      plugins: [compactStyles],
    },
    {
      ...options,
      entryPoints: Object.fromEntries(PAGES.filter(({ name }) => name === 'popup').map(({ name, entry }) => [`${name}/main`, join(root, entry)])),
      outdir,
      plugins: [withoutCategorySummaries, compactStyles],
    },
  ];
}

function cliBuild() {
  return {
    ...common,
    target: 'node20',
    platform: 'node',
    format: 'cjs',
    minify: false,
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(dist, 'cli/outward.cjs'),
    banner: { js: '#!/usr/bin/env node' },
    define: { __DEV__: 'false', __TEST_HOOKS__: 'false' },
  };
}

function sitesTestBuild() {
  const entry = join(root, 'src/sites/testing-entry.ts');
  if (!existsSync(entry)) return null;
  return {
    ...common,
    format: 'iife',
    minify: false,
    entryPoints: [entry],
    outfile: join(dist, 'test/sites.js'),
    define: { __DEV__: 'true', __TEST_HOOKS__: 'true' },
  };
}

/** Copies the static files (manifest, locales, icons, HTML) into an unpacked extension folder. */
function writeStatic(outdir, browser) {
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
  cpSync(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    cpSync(join(root, `icons/icon-${size}.png`), join(outdir, `icons/icon-${size}.png`));
  }
  for (const page of PAGES) {
    const hasCss = existsSync(join(outdir, page.name, 'main.css'));
    writeFileSync(join(outdir, page.name, `${page.name}.html`), pageHtml({ title: page.title, hasCss, viewport: page.name !== 'popup' }));
  }
}

/** Moves external source maps out of an unpacked folder so they never ship in a zip. */
function moveSourceMaps(outdir, target) {
  for (const file of listFiles(outdir)) {
    if (!file.endsWith('.map')) continue;
    const destination = join(target, file);
    mkdirSync(dirname(destination), { recursive: true });
    renameSync(join(outdir, file), destination);
  }
}

function listFiles(directory, base = directory) {
  const files = [];
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...listFiles(path, base));
    else files.push(relative(base, path).split('\\').join('/'));
  }
  return files;
}

async function buildOnce() {
  rmSync(dist, { recursive: true, force: true });
  const jobs = [];
  for (const browser of BROWSERS) {
    for (const [folder, testHooks] of [
      [join(dist, browser), false],
      [join(dist, 'e2e', browser), true],
    ]) {
      for (const options of extensionBuilds(folder, { testHooks })) {
        jobs.push(
          esbuild.build(options).then((result) => {
            if (!testHooks && browser === 'chrome' && result.metafile) {
              mkdirSync(join(dist, 'sourcemaps'), { recursive: true });
              writeFileSync(join(dist, 'sourcemaps', 'scripts.meta.json'), JSON.stringify(result.metafile));
            }
          }),
        );
      }
    }
  }
  jobs.push(esbuild.build(cliBuild()));
  const sites = sitesTestBuild();
  if (sites) jobs.push(esbuild.build(sites));
  await Promise.all(jobs);

  for (const browser of BROWSERS) {
    for (const folder of [join(dist, browser), join(dist, 'e2e', browser)]) {
      writeStatic(folder, browser);
    }
    moveSourceMaps(join(dist, browser), join(dist, 'sourcemaps', browser));
    moveSourceMaps(join(dist, 'e2e', browser), join(dist, 'sourcemaps', 'e2e', browser));
    const zipPath = join(dist, `outward-${browser}-${pkg.version}.zip`);
    writeZip(zipPath, join(dist, browser), listFiles(join(dist, browser)));
    console.log(`built ${relative(root, zipPath)}`);
  }
}

async function watchMode() {
  rmSync(dist, { recursive: true, force: true });
  const contexts = [];
  for (const browser of BROWSERS) {
    const outdir = join(dist, browser);
    for (const options of extensionBuilds(outdir, { testHooks: false })) {
      const rewriteStatic = {
        name: 'static-files',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length === 0 && PAGES.every((p) => existsSync(join(outdir, p.name)))) {
              writeStatic(outdir, browser);
              console.log(`[watch] ${browser} rebuilt`);
            }
          });
        },
      };
      contexts.push(await esbuild.context({ ...options, plugins: [rewriteStatic] }));
    }
  }
  contexts.push(await esbuild.context(cliBuild()));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('watching src/ … load dist/chrome or dist/firefox unpacked; Ctrl+C to stop');
}

if (watch) await watchMode();
else await buildOnce();
