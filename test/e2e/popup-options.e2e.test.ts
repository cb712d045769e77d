// The popup and the options page on the built extension, for what works without a composer:
// the popup's states for a Gmail tab with no draft focused, an unsupported site and a tab whose
// content script does not answer; the options page's export → reset → import round trip and
// its refusal of a malformed file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { until, BROWSERS, DIST, launch, type ExtensionBrowser, type TestPage } from './harness';

/** Runs the built `outward check --format json` in `cwd`; returns its exit status and the first file's report. */
function outwardJson(args: string[], cwd: string): { status: number | null; stderr: string; file: { score: number; findings: Array<{ rule: string }> } } {
  const result = spawnSync(process.execPath, [join(DIST, 'cli/outward.cjs'), 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, file: result.status === 0 || result.status === 1 ? JSON.parse(result.stdout).files[0] : null };
}

/** The settings `storage.sync` holds: the `settings` item with its lists, which are items of their own (undefined before the first save). */
function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: StorageHost; chrome?: StorageHost };
    const api = scope.browser?.storage ? scope.browser : scope.chrome;
    const { settings, ...lists } = await api!.storage.sync.get(['settings', 'ownNames', 'ignoredPhrases']);
    return settings === undefined ? undefined : { ...(settings as object), ...lists };
  });
}

function clearStorage(browser: ExtensionBrowser): Promise<void> {
  return browser.evaluateInExtension(async () => {
    const scope = globalThis as unknown as { browser?: StorageHost; chrome?: StorageHost };
    const api = scope.browser?.storage ? scope.browser : scope.chrome;
    await api!.storage.sync.clear();
  });
}

interface Messaging {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: object): Promise<Array<{ url?: string }>> };
}

interface StorageHost {
  storage: { sync: { get(key: string | string[]): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

/** Text of the popup's level-2 heading once one is rendered that is not the loading one. */
function stateHeading(page: TestPage): Promise<string> {
  return page.waitFor(() => {
    const heading = document.querySelector('main h2:not(.ow-visually-hidden)');
    const text = heading?.textContent ?? '';
    return text && text !== 'Checking this tab…' ? text : null;
  }) as Promise<string>;
}

/** Makes the options page keep exported files in memory instead of downloading them. */
function captureDownloads(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const captured: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) captured.push({ name: this.download, blob });
    };
    (window as unknown as { __downloads: typeof captured }).__downloads = captured;
  });
}

async function lastDownload(page: TestPage): Promise<{ name: string; text: string }> {
  // Polled here rather than with waitFor: an async predicate's promise is truthy before it resolves.
  return until(
    () =>
      page.evaluate(async () => {
        const list = (window as unknown as { __downloads?: Array<{ name: string; blob: Blob }> }).__downloads ?? [];
        const last = list.at(-1);
        return last ? { name: last.name, text: await last.blob.text() } : null;
      }),
    'a download',
    { timeout: 10_000 },
  );
}

/** Chooses a file in the import input the way a file picker would (a trusted picker is not scriptable). */
function chooseImportFile(page: TestPage, text: string): Promise<void> {
  return page.evaluate((content: string) => {
    const input = document.getElementById('import-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'outward-settings.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('popup on a Gmail tab with no draft focused asks to click into one', async () => {
    const gmail = await browser.openFixture('gmail/new-message.html');
    const tabId = await browser.tabIdOf(gmail);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    expect(await stateHeading(popup)).toBe('Click into a draft in Gmail or LinkedIn');
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Outward · Gmail');
    expect(popup.pageErrors).toEqual([]);
    await popup.close();
    await gmail.close();
  });

  test('popup on another site says where Outward works', async () => {
    const other = await browser.openFixture('gmail/new-message.html', 'other');
    const tabId = await browser.tabIdOf(other);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    expect(await stateHeading(popup)).toBe('Outward works in Gmail and LinkedIn');
    await popup.close();
    await other.close();
  });

  test('popup on a Gmail tab whose content script does not answer offers a reload', async () => {
    // Stand-ins for a page opened before Outward was installed (a Gmail tab with no content
    // script). Chromium: a refused navigation leaves an error page at the Gmail address.
    // Firefox keeps about:blank after a refused navigation, so there the loaded fixture tab is
    // discarded instead: it keeps its address and loses its content script.
    const page = name === 'chromium' ? await browser.newPage() : await browser.openFixture('gmail/new-message.html');
    if (name === 'chromium') await page.goto('https://mail.google.com/__not-served__/inbox').catch(() => undefined);
    // goto() settles on the refused request while the tab may still read about:blank; the error
    // page commits at the Gmail address a moment later, and only then is the tab the stand-in.
    const tabId =
      name === 'chromium'
        ? await until(
            () =>
              browser.evaluateInExtension(async () => {
                const { chrome } = globalThis as unknown as { chrome: { tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> } } };
                const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/__not-served__/*' });
                return tab?.id;
              }),
            'the refused Gmail tab at its address',
          )
        : await browser.tabIdOf(page);
    if (name === 'firefox') {
      const other = await browser.newPage();
      await other.bringToFront();
      await browser.evaluateInExtension(async (id: number) => {
        await (globalThis as unknown as { browser: { tabs: { discard(id: number): Promise<void> } } }).browser.tabs.discard(id);
      }, tabId);
    }
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    expect(await stateHeading(popup)).toBe('Reload this tab to start Outward');
    expect(await popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Reload tab'))).toBe(true);
    await popup.close();
    // A discarded tab no longer belongs to the driver's page; close it through the extension.
    if (name === 'firefox') {
      await browser.evaluateInExtension(async (id: number) => {
        await (globalThis as unknown as { browser: { tabs: { remove(id: number): Promise<void> } } }).browser.tabs.remove(id);
      }, tabId);
    } else {
      await page.close();
    }
  });

  test('pausing from the popup turns the site off in settings, and resume turns it back on', async () => {
    await clearStorage(browser);
    const gmail = await browser.openFixture('gmail/new-message.html');
    const tabId = await browser.tabIdOf(gmail);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await stateHeading(popup);
    await popup.click('header button');
    await popup.waitFor(() => document.querySelector('main h2')?.textContent === 'Outward is paused on Gmail');
    // The popup shows a pending (debounced) change before it is written, so wait for storage.
    await expect.poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 }).toMatchObject({ sites: { gmail: false, linkedin: true } });
    await popup.click('main button');
    await popup.waitFor(() => document.querySelector('main h2')?.textContent === 'Click into a draft in Gmail or LinkedIn');
    await expect.poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 }).toMatchObject({ sites: { gmail: true, linkedin: true } });
    await popup.close();
    await gmail.close();
  });

  test('options: export → reset → import restores the settings exactly', async () => {
    await clearStorage(browser);
    const options = await browser.openExtensionPage('options/options.html');
    await options.waitFor(() => document.querySelector('input[name="sensitivity"]') !== null);
    await captureDownloads(options);

    // Change one of each kind of setting through the page.
    await options.click('input[name="sensitivity"][value="strict"]');
    await options.click('#site-linkedin');
    await options.focus('#own-names');
    await options.type('Acme\nAcme Cloud');
    await options.focus('#ignored-phrases');
    await options.type('quick question');
    await options.evaluate(() => {
      const select = document.getElementById('default-channel') as HTMLSelectElement;
      select.value = 'follow-up';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const expected = {
      version: 1,
      rules: {},
      sensitivity: 'strict',
      ownNames: ['Acme', 'Acme Cloud'],
      ignoredPhrases: ['quick question'],
      sites: { gmail: true, linkedin: false },
      defaultChannel: 'follow-up',
    };
    await expect.poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 }).toEqual(expected);

    await options.click('.ow-actions button');
    const file = await lastDownload(options);
    expect(file.name).toBe('outward-settings.json');
    expect(JSON.parse(file.text)).toEqual(expected);

    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reset to defaults…')?.click());
    await options.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Yes, reset'));
    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Yes, reset')?.click());
    await expect.poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 }).toMatchObject({ sensitivity: 'balanced', ownNames: [] });
    expect(await options.evaluate(() => (document.getElementById('own-names') as HTMLTextAreaElement).value)).toBe('');

    await chooseImportFile(options, file.text);
    await options.waitFor(() => document.querySelector('[role="status"]')?.textContent === 'Settings imported.');
    expect(await readStoredSettings(browser)).toEqual(expected);
    expect(await options.evaluate(() => (document.querySelector('input[value="strict"]') as HTMLInputElement).checked)).toBe(true);
    expect(options.pageErrors).toEqual([]);
    await options.close();
  });

  test('options: the exported file is the settings file of the command line', async () => {
    await clearStorage(browser);
    const options = await browser.openExtensionPage('options/options.html');
    await options.waitFor(() => document.querySelector('input[name="sensitivity"]') !== null);
    await captureDownloads(options);
    await options.click('#rule-chasing');
    await options.focus('#own-names');
    await options.type('Northwind');
    await options.focus('#ignored-phrases');
    await options.type('hope this finds you well');
    await expect
      .poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 })
      .toMatchObject({ rules: { chasing: false }, ownNames: ['Northwind'], ignoredPhrases: ['hope this finds you well'] });
    await options.click('.ow-actions button');
    const file = await lastDownload(options);
    await options.close();

    // The team commits the export as outward.config.json; the CLI finds it from a subfolder.
    const team = mkdtempSync(join(tmpdir(), `outward-export-${name}-`));
    try {
      mkdirSync(join(team, 'templates'));
      writeFileSync(join(team, 'outward.config.json'), file.text);
      const cwd = join(team, 'templates');
      writeFileSync(join(cwd, 'chase.txt'), 'Hi Sam,\n\nI hope this finds you well. Just following up on my note about your audit. How is the new process going for your team?\n');
      writeFileSync(join(cwd, 'names.txt'), 'Hi Sam,\n\nNorthwind is fast. Northwind is simple. Northwind is loved by teams. How is your audit going?\n');
      const withExport = outwardJson(['chase.txt'], cwd);
      const without = outwardJson(['--no-config', 'chase.txt'], cwd);
      expect([withExport.status, withExport.stderr]).toEqual([0, '']);
      expect(without.file.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['chasing', 'hollow-pleasantry']));
      expect(withExport.file.findings.map((f) => f.rule)).not.toContain('chasing');
      expect(withExport.file.findings.map((f) => f.rule)).not.toContain('hollow-pleasantry');
      expect(outwardJson(['names.txt'], cwd).file.score).toBeLessThan(outwardJson(['--no-config', 'names.txt'], cwd).file.score);
    } finally {
      rmSync(team, { recursive: true, force: true });
    }
  });

  test('options: a malformed file changes nothing and shows an error', async () => {
    await clearStorage(browser);
    const options = await browser.openExtensionPage('options/options.html');
    await options.waitFor(() => document.querySelector('input[name="sensitivity"]') !== null);
    await options.click('input[name="sensitivity"][value="relaxed"]');
    await expect.poll(() => readStoredSettings(browser), { timeout: 10_000, interval: 100 }).toMatchObject({ sensitivity: 'relaxed' });
    const before = await readStoredSettings(browser);

    for (const [bad, error] of [
      ['{"version":1,"sensitivity":', /not valid JSON/],
      ['{"name":"not-outward","version":"3.0.0"}', /no settings version/],
    ] as const) {
      await chooseImportFile(options, bad);
      await options.waitFor(
        (source: string) => {
          const text = document.querySelector('[role="alert"]')?.textContent ?? '';
          return new RegExp(source).test(text) && text.endsWith('Nothing was changed.');
        },
        error.source,
      );
      expect(await readStoredSettings(browser)).toEqual(before);
    }
    expect(await options.evaluate(() => (document.querySelector('input[value="relaxed"]') as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });

  test('the background answers "open options" from an extension page and ignores malformed requests', async () => {
    const page = await browser.openExtensionPage('firstrun/firstrun.html');
    const answers = await page.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: Messaging; chrome?: Messaging };
      const api = (scope.browser?.runtime ? scope.browser : scope.chrome)!;
      const open = await api.runtime.sendMessage({ type: 'options/open' });
      const malformed = await api.runtime.sendMessage({ type: 'options/open/now' }).catch(() => 'rejected');
      return { open, malformed: malformed === undefined || malformed === 'rejected' ? 'no answer' : malformed };
    });
    expect(answers).toEqual({ open: { ok: true }, malformed: 'no answer' });
    // The answer can come before the new tab has committed its URL: wait for the tab to show it.
    const optionsTabs = await until(async () => {
      const count = await browser.evaluateInExtension(async () => {
        const scope = globalThis as unknown as { browser?: Messaging; chrome?: Messaging };
        const api = (scope.browser?.tabs ? scope.browser : scope.chrome)!;
        return (await api.tabs.query({})).filter((tab) => tab.url?.endsWith('/options/options.html')).length;
      });
      return count > 0 ? count : null;
    }, 'an options tab');
    expect(optionsTabs).toBeGreaterThan(0);
    await page.close();
  });

  test('nothing left the browser', () => {
    expect(browser.unexpectedRequests.filter((url) => !url.includes('/__not-served__/'))).toEqual([]);
  });
});
