// Popup entry: wires the real connector (tabs, messages, storage) and mounts the popup.
// `?tabId=N` makes the popup about that tab instead of the active one (the e2e tests open the
// popup as a normal page, where "the active tab" would be the popup itself).
import { render } from 'preact';
import type { Tabs } from '../../platform/browser';
import { nativeApi, NoAnswerError, sendToTab } from '../../platform/messages';
import type { SiteId } from '../../platform/protocol';
import { loadSettings, updateSettings, watchSettings } from '../../platform/storage';
import type { Connector, PopupState } from '../connector';
import { createMockConnector } from '../mock-connector';
import { componentCss, injectCss, pageCss, popupCss } from '../styles';
import { Popup } from './Popup';
import { galleryState } from './gallery';

/** The few extension calls the popup makes; all return promises natively, so no polyfill (size budget). */
interface PopupApi {
  tabs: {
    query(query: Tabs.QueryQueryInfoType): Promise<Tabs.Tab[]>;
    get(tabId: number): Promise<Tabs.Tab>;
    reload(tabId: number): Promise<void>;
  };
  runtime: { openOptionsPage(): Promise<void> };
}
const browser = nativeApi() as PopupApi;

const SITE_HOSTS: Record<string, SiteId> = { 'mail.google.com': 'gmail', 'www.linkedin.com': 'linkedin' };

/** How often an open popup re-asks the tab (the draft changes as the user types elsewhere). */
const POLL_MS = 1000;

function siteOf(url: string | undefined): SiteId | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? (SITE_HOSTS[parsed.hostname] ?? null) : null;
  } catch {
    return null;
  }
}

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function realConnector(): Connector {
  const tabIdPromise = targetTabId();
  const tabId = async () => {
    const id = await tabIdPromise;
    if (id === null) throw new Error('no tab');
    return id;
  };
  const unsupportedOnly = (): never => {
    throw new Error('not available in the popup');
  };
  return {
    async getState(): Promise<PopupState> {
      const id = await tabIdPromise;
      if (id === null) return { status: 'unsupported' };
      const tab = await browser.tabs.get(id).catch(() => null);
      const site = siteOf(tab?.url);
      if (!site) return { status: 'unsupported' };
      const settings = await loadSettings();
      if (!settings.sites[site]) return { status: 'paused', site };
      try {
        return await sendToTab(id, { type: 'tab/state' });
      } catch (error) {
        if (error instanceof NoAnswerError) return { status: 'not-answering', site };
        throw error;
      }
    },
    async apply(findingId, suggestionIndex) {
      try {
        return await sendToTab(await tabId(), { type: 'tab/apply', findingId, suggestionIndex });
      } catch {
        return { ok: false, reason: 'failed' };
      }
    },
    async show(findingId) {
      let shown = false;
      try {
        shown = (await sendToTab(await tabId(), { type: 'tab/show', findingId })).ok;
      } catch {
        return false;
      }
      // The real popup keeps keyboard focus while open; closing it hands focus to the editor the
      // content script just focused. A popup opened as a page (`?tabId=`, tests) stays open.
      if (shown && !new URLSearchParams(location.search).has('tabId')) window.close();
      return shown;
    },
    async dismiss(findingId) {
      try {
        return (await sendToTab(await tabId(), { type: 'tab/dismiss', findingId })).ok;
      } catch {
        return false;
      }
    },
    async setSiteEnabled(site, enabled) {
      const saving = updateSettings((current) => ({ ...current, sites: { ...current.sites, [site]: enabled } }));
      await saving;
    },
    async reloadTab() {
      await browser.tabs.reload(await tabId());
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async copyText(text) {
      await navigator.clipboard.writeText(text);
    },
    subscribeState(listener) {
      const stopWatching = watchSettings(() => listener());
      const timer = setInterval(listener, POLL_MS);
      return () => {
        stopWatching();
        clearInterval(timer);
      };
    },
    listRules: () => [],
    loadSettings,
    saveSettings: unsupportedOnly,
    resetSettings: unsupportedOnly,
    exportSettings: unsupportedOnly,
    importSettings: unsupportedOnly,
    subscribeSettings: (listener) => watchSettings(listener),
  };
}

function connector(): Connector {
  // The instrumented e2e build can render any state from sample data (`?gallery=<state>`) so
  // the accessibility checks reach states that need a real composer or a broken page.
  if (__TEST_HOOKS__) {
    const state = galleryState(new URLSearchParams(location.search).get('gallery'));
    if (state) return createMockConnector({ state });
  }
  return realConnector();
}

injectCss(document, componentCss, 'components');
injectCss(document, pageCss, 'page');
injectCss(document, popupCss, 'popup');
render(<Popup connector={connector()} />, document.getElementById('app')!);
