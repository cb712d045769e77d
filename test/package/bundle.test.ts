// Scans what ships: no network APIs, no code from strings, no external messaging, no source
// maps in the zips, and the size budgets of DESIGN.md §6.
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import * as lexicon from '../../src/core/lexicon';
import { stripLexiconNotes } from '../../scripts/lexicon-notes.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.OUTWARD_DIST ?? join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Lists the entry names of a ZIP by walking its central directory. */
function zipEntries(path: string): Map<string, Buffer> {
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = bytes.readUInt16LE(localOffset + 26);
    const localExtraLength = bytes.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = bytes.subarray(start, start + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(raw) : raw);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// Patterns that would mean network access, code from strings or an external channel.
const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch(', /\bfetch\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\(/],
  // The polyfill's API table names these as object keys (`setUninstallURL:{…}`,
  // `onMessageExternal:y(M)`); what must never appear is a call or a listener.
  ['setUninstallURL', /\.setUninstallURL\(/],
  ['onMessageExternal', /\.onMessageExternal\.addListener\b/],
  ['onConnectExternal', /\.onConnectExternal\.addListener\b/],
  ['eval(', /(?<![\w.$])eval\(/],
  ['new Function', /\bnew Function\b/],
  ['string timer', /\bset(Timeout|Interval)\(\s*["'`]/],
];

describe.each(['chrome', 'firefox'])('%s package', (browser) => {
  const zip = zipEntries(join(dist, `outward-${browser}-${pkg.version}.zip`));

  test('the zip holds exactly the unpacked folder, without source maps', () => {
    const unpacked = files(join(dist, browser)).map((file) => relative(join(dist, browser), file).split('\\').join('/'));
    expect([...zip.keys()].sort()).toEqual(unpacked.sort());
    expect([...zip.keys()].filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const name of zip.keys()) expect(zip.get(name)?.equals(readFileSync(join(dist, browser, name)))).toBe(true);
  });

  test.each(FORBIDDEN)('no script contains %s', (_label, pattern) => {
    const offenders = [...zip.entries()].filter(([name, body]) => name.endsWith('.js') && pattern.test(body.toString('utf8'))).map(([name]) => name);
    expect(offenders).toEqual([]);
  });

  test('no script or page loads code from a URL', () => {
    for (const [name, body] of zip) {
      if (!/\.(?:js|html)$/.test(name)) continue;
      const text = body.toString('utf8');
      expect(text, name).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, name).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
  });
});

// DESIGN.md §6 budgets the content script at 200 KB gzip: compromise's tagger and lexicon are
// about 120 KB of it, and an MV3 content script cannot load code later without web-accessible
// resources or the `scripting` permission (both excluded by §7). `npm run bench` prints the
// figure against the budget with each part's share.
const CONTENT_BUDGET = 200 * 1024;

test('bundle sizes stay within their budgets (content ≤ 200 KB gzip, popup ≤ 15 KB gzip)', () => {
  const gz = (path: string) => gzipSync(readFileSync(join(dist, 'chrome', path)), { level: 9 }).length;
  // Everything the popup loads (script, page and any stylesheet), as `npm run bench` counts it.
  const popup = files(join(dist, 'chrome', 'popup'))
    .filter((f) => /\.(?:js|css|html)$/u.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  expect(gz('content.js')).toBeLessThanOrEqual(CONTENT_BUDGET);
  expect(popup).toBeLessThanOrEqual(15 * 1024);
});

test('the content script ships the rules without their examples; the options page keeps them', () => {
  const content = readFileSync(join(dist, 'chrome', 'content.js'), 'utf8');
  const options = readFileSync(join(dist, 'chrome', 'options', 'main.js'), 'utf8');
  // One good example of the chasing rule, as it stands in the source.
  const example = 'Did the contractor’s invoice match the approved quote?';
  expect(readFileSync(join(root, 'src', 'core', 'rules', 'chasing.ts'), 'utf8')).toContain(example);
  expect(options).toContain(example);
  expect(content).not.toContain(example);
});

test('the content script ships compromise without the methods that edit a document; the CLI keeps them', () => {
  // Names of compromise's "change" methods (scripts/compromise-trim.mjs); minifying keeps method names.
  const content = readFileSync(join(dist, 'chrome', 'content.js'), 'utf8');
  const cli = readFileSync(join(dist, 'cli', 'outward.cjs'), 'utf8');
  for (const method of ['insertAfter', 'toTitleCase', 'dehyphenate']) {
    expect(cli).toContain(method);
    expect(content).not.toContain(method);
  }
});

describe('the lexicon in the content script', () => {
  const content = readFileSync(join(dist, 'chrome', 'content.js'), 'utf8');
  const options = readFileSync(join(dist, 'chrome', 'options', 'main.js'), 'utf8');
  const lists = (Object.values(lexicon) as unknown[]).filter((v): v is { entries: lexicon.Entries } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'entries' in v);
  const entries = lists.flatMap((list) => list.entries);
  const sources = [join(root, 'src', 'core', 'lexicon.ts'), ...files(join(root, 'src', 'core', 'lexicon')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))];
  /** A string as the minified bundles print it (the quote esbuild picks, its escapes). */
  const printed = (text: string): string => {
    const code = transformSync(`x(${JSON.stringify(text)})`, { minify: true, charset: 'utf8' }).code;
    return code.slice(2, code.lastIndexOf(')'));
  };

  test('every entry the analyser reads is an entry the build cuts: one per line, each line cut', () => {
    let cut = 0;
    for (const source of sources) {
      const { stripped, entries: lines, unmatched } = stripLexiconNotes(readFileSync(source, 'utf8'));
      expect(unmatched, relative(root, source)).toBeNull();
      expect(stripped, relative(root, source)).toBe(lines);
      cut += stripped;
    }
    expect(cut).toBe(entries.length);
  });

  test('ships no note, which the options page (built without the cutting) still has', () => {
    const notes = [...new Set(entries.map(([, why]) => printed(why)))];
    expect(notes.filter((note) => !options.includes(note))).toEqual([]);
    // A note found here is either shipped or as short as some other string of the bundle: both need a longer note.
    expect(notes.filter((note) => content.includes(note))).toEqual([]);
  });

  test('keeps the words and patterns themselves', () => {
    expect(content).toContain('"notice"');
    expect(content).toContain('"last chance"');
    expect(content).toContain(printed(lexicon.TIME_ASKS.entries[0]![0]));
  });
});
