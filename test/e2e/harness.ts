/**
 * End-to-end harness: loads the BUILT extension into real browsers and serves fixture pages at
 * the real origins, so the shipped manifest (matches, host permissions) is tested unchanged.
 *
 * Usage (in a `*.e2e.test.ts` file, run by `npx vitest run --project e2e` after `npm run build`):
 *
 *   import { BROWSERS, launch, type ExtensionBrowser } from './harness';
 *   describe.each(BROWSERS)('%s', (name) => {
 *     let browser: ExtensionBrowser;
 *     beforeAll(async () => { browser = await launch(name); });
 *     afterAll(async () => { await browser?.close(); });
 *     test('content script runs on Gmail', async () => {
 *       const page = await browser.openFixture('gmail/new-message.html');      // https://mail.google.com/__fixtures__/gmail/new-message.html
 *       await page.waitFor(() => document.documentElement.hasAttribute('data-x'));
 *       expect(browser.unexpectedRequests).toEqual([]);
 *     });
 *   });
 *
 * - Chromium: Debian's /usr/bin/chromium driven by playwright-core (persistent context,
 *   --load-extension), headless. Firefox: Debian's firefox-esr driven by puppeteer-core over
 *   WebDriver BiDi, extension installed with `browser.installExtension(dir)`, headless.
 * - `launch(name, { variant: 'instrumented' })` loads `dist/e2e/<browser>` (built with
 *   `__TEST_HOOKS__ = true`) instead of the shipped `dist/<browser>`.
 * - Fixtures: `https://mail.google.com/__fixtures__/<path>`, `https://www.linkedin.com/__fixtures__/<path>`
 *   and `https://outward-fixtures.test/__fixtures__/<path>` (an origin the extension must ignore) all
 *   serve `test/fixtures/<path>`. `https://<either site>/__vendor__/quill.js` and `quill.snow.css`
 *   serve the quill package. Every other request is refused and recorded in `unexpectedRequests`
 *   (requests from the page, the content script, the background and extension pages, through
 *   interception and a recording proxy), so a test can assert that nothing leaves the browser.
 * - `TestPage` is the small page API common to both drivers. Selectors in `click`/`focus`/`query`
 *   pierce OPEN shadow roots. Keys use Playwright's names: `press('Control+z')`, `press('Shift+Tab')`.
 *   Clicks and key presses are trusted input events. `raw` gives the underlying driver page when a
 *   test needs something browser-specific (e.g. Chromium's CDP for IME composition).
 * - If a browser is missing or fails to start, `launch` throws with the reason: tests fail, never skip.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage, type KeyInput } from 'puppeteer-core';
import type { TabRequest, TabState } from '../../src/platform/protocol';

export type BrowserName = 'chromium' | 'firefox';

/** Both browsers, for `describe.each(BROWSERS)`. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The project root; OUTWARD_ROOT when this file runs from a bundle elsewhere (scripts/run-ts.mjs sets it). */
export const ROOT = process.env.OUTWARD_ROOT ? resolve(process.env.OUTWARD_ROOT) : resolve(import.meta.dirname, '..', '..');
/** The build output under test: dist/, or OUTWARD_DIST when parallel work builds elsewhere. */
export const DIST = process.env.OUTWARD_DIST ? resolve(process.env.OUTWARD_DIST) : join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CHROMIUM_PATH = process.env.OUTWARD_CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.OUTWARD_FIREFOX ?? '/usr/bin/firefox-esr';
/** The gecko id from manifest.json, and a fixed internal UUID so extension page URLs are known. */
const GECKO_ID = 'outward@outward.dev';
const FIREFOX_UUID = '5f1d6a7e-0b7c-4d3e-9a51-0a7c0e7d0a11';

/** The hosts whose `/__fixtures__/` and `/__vendor__/` paths the harness serves. */
export const FIXTURE_HOSTS = {
  gmail: 'https://mail.google.com',
  linkedin: 'https://www.linkedin.com',
  other: 'https://outward-fixtures.test',
} as const;
export type FixtureHost = keyof typeof FIXTURE_HOSTS;

const VENDOR: Record<string, string> = {
  'quill.js': 'node_modules/quill/dist/quill.js',
  'quill.snow.css': 'node_modules/quill/dist/quill.snow.css',
  'axe.min.js': 'node_modules/axe-core/axe.min.js',
  // The site adapters built as a page script (src/sites/testing-entry.ts), for adapter tests.
  'outward-sites.js': join(DIST, 'test', 'sites.js'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

interface Served {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Maps a URL to a fixture or vendor file, or null when the request is not allowed. */
export function resolveFixture(url: string): Served | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!Object.values(FIXTURE_HOSTS).includes(parsed.origin as never)) return null;
  const path = decodeURIComponent(parsed.pathname);
  let file: string | null = null;
  if (path.startsWith('/__fixtures__/')) {
    const relativePath = normalize(path.slice('/__fixtures__/'.length));
    if (relativePath.startsWith('..')) return null;
    file = join(FIXTURES, relativePath);
  } else if (path.startsWith('/__vendor__/')) {
    const vendor = VENDOR[path.slice('/__vendor__/'.length)];
    if (vendor) file = isAbsolute(vendor) ? vendor : join(ROOT, vendor);
  } else if (path === '/favicon.ico') {
    return { status: 204, contentType: 'image/x-icon', body: Buffer.alloc(0) };
  }
  if (!file || !existsSync(file)) return null;
  return {
    status: 200,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}

/**
 * Hosts the browsers contact on their own (not the extension): component and add-on updates,
 * remote settings, sign-in, and preconnects to the fixture hosts whose requests interception
 * answers. A connection to any other host through the proxy counts as unexpected.
 */
const BROWSER_OWN_HOSTS = [
  /(^|\.)mozilla\.(com|net|org)$/,
  /(^|\.)firefox\.com$/,
  /(^|\.)googleapis\.com$/,
  /(^|\.)gvt1\.com$/,
  /^(accounts|clients\d*|www)\.google\.com$/,
  /^mail\.google\.com$/,
  /^www\.linkedin\.com$/,
  /^outward-fixtures\.test$/,
];

function isBrowserOwnConnection(url: string): boolean {
  const host = url.replace(/^[a-z]+:\/\//, '').split(/[:/]/)[0] ?? '';
  return BROWSER_OWN_HOSTS.some((pattern) => pattern.test(host));
}

function recordProxied(proxied: string[], unexpected: string[]) {
  return (url: string) => {
    proxied.push(url);
    if (!isBrowserOwnConnection(url)) unexpected.push(url);
  };
}

/** Whether a request URL is the extension loading its own files or a page-local scheme. */
function isInternal(url: string): boolean {
  return /^(?:chrome-extension|moz-extension|data|blob|about|chrome|resource|moz-icon):/.test(url);
}

/** The page API shared by both drivers. */
export interface TestPage {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  url(): string;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, which is returned (auto-waiting). */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, options?: { timeout?: number }): Promise<R>;
  /** Trusted click at the centre of the first element matching `selector` (pierces open shadow roots). */
  click(selector: string): Promise<void>;
  /** Trusted click at page coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Trusted mouse move to page coordinates. */
  hoverAt(x: number, y: number): Promise<void>;
  /** Trusted mouse move to page coordinates, then a wheel turn scrolling by `deltaY` pixels. */
  wheelAt(x: number, y: number, deltaY: number): Promise<void>;
  /** Trusted double click at page coordinates (as a user selecting a word). */
  doubleClickAt(x: number, y: number): Promise<void>;
  /** Focus the first element matching `selector` (pierces open shadow roots). */
  focus(selector: string): Promise<void>;
  /** Types text with trusted key events. `delay` is milliseconds between keys. */
  type(text: string, options?: { delay?: number }): Promise<void>;
  /** Presses a key or chord, e.g. 'Enter', 'Control+z', 'Control+Shift+z', 'Alt+Shift+N'. */
  press(chord: string): Promise<void>;
  /** Inserts text as if from an IME or paste (one input event), trusted. */
  insertText(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Console messages of type error from this page. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in this page. */
  readonly pageErrors: string[];
  readonly raw: PlaywrightPage | PuppeteerPage;
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBaseUrl: string;
  /** Every request that was refused because it was neither a fixture nor the extension's own file. */
  readonly unexpectedRequests: string[];
  /** Every http(s) request seen, fixtures included. */
  readonly requests: string[];
  /**
   * Connections that reached the recording proxy (and were refused). Browsers make their own
   * background connections (update checks, remote settings, speculative preconnects to the page's
   * host); those hosts are listed in BROWSER_OWN_HOSTS and kept out of `unexpectedRequests`.
   */
  readonly proxiedRequests: string[];
  newPage(): Promise<TestPage>;
  /** Opens `test/fixtures/<path>` at the given host (default: gmail for `gmail/…`, linkedin for `linkedin/…`, else other). */
  openFixture(path: string, host?: FixtureHost): Promise<TestPage>;
  /** Opens an extension page, e.g. `popup/popup.html?tabId=3` or `options/options.html`. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The browser's tab id of `page`, as `tabs.*` APIs see it (for `?tabId=`). */
  tabIdOf(page: TestPage): Promise<number>;
  /** Runs `fn` in an extension page context (has `chrome`/`browser` APIs), e.g. to read storage. */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** `shipped` = dist/<browser>; `instrumented` = dist/e2e/<browser> with test hooks. */
  variant?: 'shipped' | 'instrumented';
}

function extensionDir(name: BrowserName, variant: 'shipped' | 'instrumented'): string {
  const browserFolder = name === 'chromium' ? 'chrome' : 'firefox';
  const dir = variant === 'shipped' ? join(DIST, browserFolder) : join(DIST, 'e2e', browserFolder);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no built extension at ${dir}: run \`npm run build\` first`);
  }
  return dir;
}

function defaultHost(path: string): FixtureHost {
  if (path.startsWith('gmail/')) return 'gmail';
  if (path.startsWith('linkedin/')) return 'linkedin';
  return 'other';
}

/** A forward proxy that refuses everything and records what was asked: nothing leaves the machine. */
async function startRecordingProxy(record: (url: string) => void): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    record(request.url ?? '(unknown)');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket: Socket) => {
    record(`https://${request.url ?? '(unknown)'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A browser may reset a connection the proxy refused (ECONNRESET). The request is already
    // recorded above; an unhandled socket error would instead crash the test run as an uncaught
    // exception after every test had passed.
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Splits 'Control+Shift+z' into modifiers and the main key. */
function parseChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  if (chord.endsWith('++')) return { modifiers: parts.slice(0, -2), key: '+' };
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] ?? '' };
}

/** Returns the centre of the first element matching a selector, searching open shadow roots. */
function centreOfScript(selector: string): { x: number; y: number } | null {
  const find = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const found = find(element.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  const element = find(document);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function focusScript(selector: string): boolean {
  const find = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const found = find(element.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  const element = find(document) as HTMLElement | null;
  if (!element) return false;
  element.focus();
  return true;
}

const DEFAULT_WAIT = 15_000;

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)

class ChromiumPage implements TestPage {
  readonly browserName = 'chromium' as const;
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  constructor(readonly raw: PlaywrightPage) {
    raw.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    raw.on('pageerror', (error) => this.pageErrors.push(String(error)));
  }
  async goto(url: string) {
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  url() {
    return this.raw.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn as never, arg) as Promise<R>;
  }
  async waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, options?: { timeout?: number }): Promise<R> {
    const handle = await this.raw.waitForFunction(fn as never, arg, { timeout: options?.timeout ?? DEFAULT_WAIT, polling: 50 });
    return (await handle.jsonValue()) as R;
  }
  async click(selector: string) {
    const point = await this.waitFor(centreOfScript, selector);
    if (!point) throw new Error(`no element matches ${selector}`);
    await this.raw.mouse.click(point.x, point.y);
  }
  async clickAt(x: number, y: number) {
    await this.raw.mouse.click(x, y);
  }
  async hoverAt(x: number, y: number) {
    await this.raw.mouse.move(x, y);
  }
  async wheelAt(x: number, y: number, deltaY: number) {
    await this.raw.mouse.move(x, y);
    await this.raw.mouse.wheel(0, deltaY);
  }
  async doubleClickAt(x: number, y: number) {
    await this.raw.mouse.dblclick(x, y);
  }
  async focus(selector: string) {
    await this.waitFor(focusScript, selector);
  }
  async type(text: string, options?: { delay?: number }) {
    await this.raw.keyboard.type(text, { delay: options?.delay ?? 0 });
  }
  async press(chord: string) {
    await this.raw.keyboard.press(chord);
  }
  async insertText(text: string) {
    await this.raw.keyboard.insertText(text);
  }
  async screenshot(path: string) {
    await this.raw.screenshot({ path });
  }
  async bringToFront() {
    await this.raw.bringToFront();
  }
  async close() {
    await this.raw.close();
  }
}

async function launchChromium(options: Required<LaunchOptions>): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (as root) or \`npm test\`, which installs it`);
  }
  const dir = extensionDir('chromium', options.variant);
  const unexpectedRequests: string[] = [];
  const requests: string[] = [];
  const proxiedRequests: string[] = [];
  const proxy = await startRecordingProxy(recordProxied(proxiedRequests, unexpectedRequests));
  const profile = mkdtempSync(join(tmpdir(), 'outward-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>',
      ],
    });
  } catch (error) {
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium failed to start with the extension: ${String(error)}`);
  }

  context.on('request', (request) => {
    const url = request.url();
    if (isInternal(url)) return;
    requests.push(url);
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isInternal(url)) {
      // The extension's own files (popup, options) pass through untouched.
      await route.continue();
      return;
    }
    const served = resolveFixture(url);
    if (served) {
      await route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
    } else {
      unexpectedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionBaseUrl = `chrome-extension://${extensionId}/`;
  // The first tab of a persistent context is about:blank; keep it so the browser stays open.

  const browser: ExtensionBrowser = {
    name: 'chromium',
    extensionBaseUrl,
    unexpectedRequests,
    requests,
    proxiedRequests,
    async newPage() {
      return new ChromiumPage(await context.newPage());
    },
    async openFixture(path, host) {
      const page = await browser.newPage();
      await page.goto(`${FIXTURE_HOSTS[host ?? defaultHost(path)]}/__fixtures__/${path}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(extensionBaseUrl + path);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      await page.bringToFront();
      const currentWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return currentWorker.evaluate(async (target: string) => {
        const tabs = await chrome.tabs.query({});
        let match = tabs.filter((tab) => tab.url === target);
        // Without host access (other origins) the extension cannot see a tab's URL; the one
        // tab whose URL is hidden and that was just brought to the front is the page asked for.
        if (match.length === 0) match = tabs.filter((tab) => tab.url === undefined && tab.active);
        if (match.length !== 1 || match[0]?.id === undefined) throw new Error(`expected one tab at ${target}, found ${match.length}`);
        return match[0].id;
      }, url);
    },
    async evaluateInExtension(fn, arg) {
      const currentWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return currentWorker.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close().catch(() => undefined);
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

// ---------------------------------------------------------------------------------------------
// Firefox (puppeteer-core over WebDriver BiDi)

/** Puppeteer key names differ from Playwright's for a few keys. */
function puppeteerKey(key: string): KeyInput {
  const names: Record<string, string> = { Ctrl: 'Control', Esc: 'Escape', Return: 'Enter', Space: ' ', Cmd: 'Meta' };
  return (names[key] ?? key) as KeyInput;
}

class FirefoxPage implements TestPage {
  readonly browserName = 'firefox' as const;
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  /** Puppeteer reports about:blank for moz-extension pages it navigated to, so keep our own. */
  #extensionUrl: string | null = null;
  constructor(readonly raw: PuppeteerPage) {
    raw.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    raw.on('pageerror', (error) => this.pageErrors.push(String(error)));
  }
  async goto(url: string) {
    if (!url.startsWith('moz-extension:')) {
      this.#extensionUrl = null;
      await this.raw.goto(url, { waitUntil: 'load' });
      return;
    }
    // Puppeteer never sees the load of an add-on page over BiDi (puppeteer#14314): start the
    // navigation, then wait in the page itself until it has loaded.
    // While the navigation swaps the document, Firefox's remote agent can fail an evaluation
    // outright ("right-hand side of 'in' should be an object, got null"), which would end a
    // waitForFunction; so this wait polls with plain evaluations and counts one lost to the
    // navigation as "not loaded yet".
    this.#extensionUrl = url;
    this.raw.goto(url).catch(() => undefined);
    await until(
      () => this.raw.evaluate((target: string) => location.href === target && document.readyState === 'complete', url),
      `${url} to load`,
      { tolerateErrors: true },
    );
  }
  url() {
    return this.#extensionUrl ?? this.raw.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn as never, arg) as Promise<R>;
  }
  async waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, options?: { timeout?: number }): Promise<R> {
    // Puppeteer's generic signature cannot express "any serialisable argument"; the call is checked by TestPage's type.
    const waitForFunction = this.raw.waitForFunction.bind(this.raw) as (f: unknown, o: object, a: unknown) => Promise<{ jsonValue(): Promise<unknown> }>;
    const handle = await waitForFunction(fn, { timeout: options?.timeout ?? DEFAULT_WAIT, polling: 50 }, arg);
    return (await handle.jsonValue()) as R;
  }
  async click(selector: string) {
    const point = await this.waitFor(centreOfScript, selector);
    if (!point) throw new Error(`no element matches ${selector}`);
    await this.raw.mouse.click(point.x, point.y);
  }
  async clickAt(x: number, y: number) {
    await this.raw.mouse.click(x, y);
  }
  async hoverAt(x: number, y: number) {
    await this.raw.mouse.move(x, y);
  }
  async wheelAt(x: number, y: number, deltaY: number) {
    await this.raw.mouse.move(x, y);
    await this.raw.mouse.wheel({ deltaY });
  }
  async doubleClickAt(x: number, y: number) {
    await this.raw.mouse.click(x, y, { count: 2 });
  }
  async focus(selector: string) {
    await this.waitFor(focusScript, selector);
  }
  async type(text: string, options?: { delay?: number }) {
    await this.raw.keyboard.type(text, { delay: options?.delay ?? 0 });
  }
  async press(chord: string) {
    const { modifiers, key } = parseChord(chord);
    for (const modifier of modifiers) await this.raw.keyboard.down(puppeteerKey(modifier));
    await this.raw.keyboard.press(puppeteerKey(key));
    for (const modifier of [...modifiers].reverse()) await this.raw.keyboard.up(puppeteerKey(modifier));
  }
  async insertText(text: string) {
    await this.raw.keyboard.sendCharacter(text);
  }
  async screenshot(path: string) {
    await this.raw.screenshot({ path: path as `${string}.png` });
  }
  async bringToFront() {
    await this.raw.bringToFront();
  }
  async close() {
    await this.raw.close();
  }
}

async function launchFirefox(options: Required<LaunchOptions>): Promise<ExtensionBrowser> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\` (as root) or \`npm test\`, which installs it`);
  }
  const dir = extensionDir('firefox', options.variant);
  const unexpectedRequests: string[] = [];
  const requests: string[] = [];
  const proxiedRequests: string[] = [];
  const proxy = await startRecordingProxy(recordProxied(proxiedRequests, unexpectedRequests));
  let driver: PuppeteerBrowser;
  try {
    driver = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      // Firefox 153+ only lets WebDriver navigate to moz-extension:// pages with system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // A known internal UUID makes moz-extension:// page URLs predictable.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Everything not answered by interception goes to the recording proxy and is refused.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.allow_hijacking_localhost': false,
        'network.proxy.no_proxies_on': '',
        'extensions.getAddons.cache.enabled': false,
        'extensions.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'ui.prefersReducedMotion': 1,
      },
    });
  } catch (error) {
    await proxy.close();
    throw new Error(`Firefox failed to start: ${String(error)}`);
  }
  try {
    await driver.installExtension(dir);
  } catch (error) {
    await driver.close().catch(() => undefined);
    await proxy.close();
    throw new Error(`Firefox refused to install the extension from ${dir}: ${String(error)}`);
  }
  const extensionBaseUrl = `moz-extension://${FIREFOX_UUID}/`;

  async function preparePage(page: PuppeteerPage): Promise<FirefoxPage> {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (isInternal(url)) {
        void request.continue();
        return;
      }
      requests.push(url);
      const served = resolveFixture(url);
      if (served) {
        void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
      } else {
        unexpectedRequests.push(url);
        void request.abort('blockedbyclient');
      }
    });
    return new FirefoxPage(page);
  }

  let extensionHelper: TestPage | null = null;
  const api: ExtensionBrowser = {
    name: 'firefox',
    extensionBaseUrl,
    unexpectedRequests,
    requests,
    proxiedRequests,
    async newPage() {
      return preparePage(await driver.newPage());
    },
    async openFixture(path, host) {
      const page = await api.newPage();
      await page.goto(`${FIXTURE_HOSTS[host ?? defaultHost(path)]}/__fixtures__/${path}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await api.newPage();
      await page.goto(extensionBaseUrl + path);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      await api.evaluateInExtension(() => 0); // opens the helper page first, so `page` stays in front
      await page.bringToFront();
      return api.evaluateInExtension(async (target: string) => {
        const tabs = await browser.tabs.query({});
        let match = tabs.filter((tab) => tab.url === target);
        // Without host access (other origins) the extension cannot see a tab's URL; the one
        // tab whose URL is hidden and that was just brought to the front is the page asked for.
        if (match.length === 0) match = tabs.filter((tab) => tab.url === undefined && tab.active);
        if (match.length !== 1 || match[0]?.id === undefined) throw new Error(`expected one tab at ${target}, found ${match.length}`);
        return match[0].id;
      }, url);
    },
    async evaluateInExtension(fn, arg) {
      // Extension APIs are reachable from the extension's own pages; the first-run page is a
      // harmless host for this.
      const helper = extensionHelper ?? (extensionHelper = await api.openExtensionPage('firstrun/firstrun.html'));
      return helper.evaluate(fn as never, arg) as never;
    },
    async close() {
      await driver.close().catch(() => undefined);
      await proxy.close();
    },
  };
  return api;
}

/** Starts a browser with the built extension loaded. Throws (never skips) if it cannot. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const resolved: Required<LaunchOptions> = { variant: options.variant ?? 'shipped' };
  return name === 'chromium' ? launchChromium(resolved) : launchFirefox(resolved);
}

declare const chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string; active: boolean }>> } };
declare const browser: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string; active: boolean }>> } };

/**
 * Auto-waiting for conditions outside a page (extension messaging, storage): calls `probe` until
 * it returns a truthy value and returns it, or throws after `timeout` ms saying what it waited
 * for. With `tolerateErrors`, a probe that throws counts as "not yet" (the last error is kept as
 * the cause); otherwise the error ends the wait.
 */
export async function until<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  options: { timeout?: number; tolerateErrors?: boolean } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? DEFAULT_WAIT);
  let lastError: unknown;
  for (;;) {
    let value: T | null | undefined | false = null;
    try {
      value = await probe();
    } catch (error) {
      if (!options.tolerateErrors) throw error;
      lastError = error;
    }
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends a request to the content script of the tab showing `page`, as the popup does. */
export async function tabRequest<T>(browser: ExtensionBrowser, page: TestPage, request: TabRequest): Promise<T> {
  const tabId = await browser.tabIdOf(page);
  return browser.evaluateInExtension(
    async ({ id, message }: { id: number; message: object }) => {
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      return (await (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, message)) as T;
    },
    { id: tabId, message: request },
  );
}
interface TabsApi {
  tabs: { sendMessage(id: number, message: object): Promise<unknown> };
}

/**
 * A tab request sent before the browser has injected the content script (it registers its
 * listener as it runs) has no receiver: that is a state to wait through, any other error is not.
 */
function notYetInjected(error: unknown): null {
  if (error instanceof Error && /Receiving end does not exist|Could not establish connection/u.test(error.message)) return null;
  throw error;
}

/**
 * Waits until the content script has analysed the draft as it is now: the state a user sees
 * once they pause. Input events are handled as they are dispatched, so after `type()` or
 * `press()` resolves the content script already knows the draft changed.
 */
export function settled(browser: ExtensionBrowser, page: TestPage, timeout = 20_000): Promise<Extract<TabState, { status: 'results' }>> {
  return until(
    async () => {
      const state = await tabRequest<TabState>(browser, page, { type: 'tab/state' }).catch(notYetInjected);
      return state && state.status === 'results' && state.current ? state : null;
    },
    'the content script to analyse the current draft',
    { timeout },
  );
}

/**
 * Focuses a contenteditable draft and puts the caret at the start of its first line, as a user
 * clicking into an empty draft would. `focus()` alone may leave the caret at the end, which in a
 * Gmail draft is inside the signature (text typed there is, rightly, never analysed).
 */
export async function focusDraftStart(page: TestPage, selector: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((sel: string) => {
    const editor = document.querySelector(sel);
    const first = editor?.firstElementChild ?? editor;
    if (first) getSelection()?.collapse(first, 0);
  }, selector);
}

/**
 * What Outward underlines, on the INSTRUMENTED build: the text of every underlined range
 * (sorted), read from the overlay inside its shadow root, which only that build leaves open and
 * marks with `data-ow-test-host` (the shipped build's is closed and unmarked). With `category`,
 * only that category's ranges.
 */
export function highlighted(page: TestPage, category?: string): Promise<string[]> {
  return page.evaluate((only: string | null) => {
    const texts: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        if (element.hasAttribute('data-ow-test-host')) {
          for (const range of element.shadowRoot.querySelectorAll<HTMLElement>('.ow-range')) {
            if (only === null || range.dataset['category'] === only) texts.push(range.dataset['text'] ?? '');
          }
        } else visit(element.shadowRoot);
      }
    };
    visit(document);
    return texts.sort();
  }, category ?? null);
}

/** Viewport boxes of the underline marks of one category (first range first), on the instrumented build. */
export function underlineBoxes(page: TestPage, category: string): Promise<Array<{ left: number; top: number; right: number; bottom: number }>> {
  return page.evaluate((only: string) => {
    const boxes: Array<{ left: number; top: number; right: number; bottom: number }> = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        if (element.hasAttribute('data-ow-test-host')) {
          for (const mark of element.shadowRoot.querySelectorAll(`.ow-range[data-category="${only}"] .ow-mark`)) {
            const r = mark.getBoundingClientRect();
            boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
          }
        } else visit(element.shadowRoot);
      }
    };
    visit(document);
    return boxes;
  }, category);
}

/** Outward's in-page hosts on the instrumented build (its marker), through open shadow roots. */
export function hostCount(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('data-ow-test-host')) count += 1;
        else if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return count;
  });
}
