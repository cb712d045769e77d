// The permissions, hosts and CSP of both built manifests are a privacy promise (DESIGN.md §7).
// These are exact-equality snapshots written out by hand: changing any of them must be a
// deliberate edit here, with the reason in the commit message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = process.env.OUTWARD_DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const read = (browser: string) => JSON.parse(readFileSync(join(dist, browser, 'manifest.json'), 'utf8'));

const HOSTS = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];
const CSP = "script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe.each(['chrome', 'firefox'])('%s manifest', (browser) => {
  const manifest = read(browser);

  test('asks for storage only, and for the two sites only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toEqual(HOSTS);
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  test('runs one content script, in the top frame of the two sites', () => {
    expect(manifest.content_scripts).toEqual([{ matches: HOSTS, js: ['content.js'], run_at: 'document_idle', all_frames: false }]);
  });

  test('locks extension pages to their own scripts and no network', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  test('exposes nothing to web pages or other extensions', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('has a popup, an options page and a shortcut that opens the popup', () => {
    expect(manifest.action.default_popup).toBe('popup/popup.html');
    expect(manifest.options_ui).toEqual({ page: 'options/options.html', open_in_tab: true });
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+O');
  });

  test('takes its name and description from _locales', () => {
    expect(manifest.name).toBe('__MSG_extensionName__');
    expect(manifest.description).toBe('__MSG_extensionDescription__');
    const messages = JSON.parse(readFileSync(join(dist, browser, '_locales/en/messages.json'), 'utf8'));
    expect(messages.extensionName.message.length).toBeLessThanOrEqual(75);
    expect(messages.extensionDescription.message.length).toBeLessThanOrEqual(132);
  });
});

test('Chrome gets a service worker and no Gecko settings', () => {
  const manifest = read('chrome');
  expect(manifest.background).toEqual({ service_worker: 'background.js' });
  expect(manifest.browser_specific_settings).toBeUndefined();
});

test('Firefox gets an event page, a fixed id, 140+ and an honest data declaration', () => {
  const manifest = read('firefox');
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.browser_specific_settings).toEqual({
    gecko: { id: 'outward@outward.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  });
});
