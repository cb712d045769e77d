// Options entry: wires the real connector (settings storage, the rule list) and mounts the page.
import { render } from 'preact';
import { listRules } from '../../core/index';
import { parseSettingsFile, serializeSettings } from '../../platform/settings';
import {
  flushSettings,
  loadDraftPhrases,
  loadSettings,
  removeDraftPhrase,
  resetSettings,
  saveSettings,
  watchDraftPhrases,
  watchSettings,
} from '../../platform/storage';
import type { Connector } from '../connector';
import { createMockConnector } from '../mock-connector';
import { SAMPLE_RULES } from '../testing/samples';
import { componentCss, documentCss, injectCss, pageCss } from '../styles';
import { Options } from './Options';

const notInOptions = (): never => {
  throw new Error('not available on the options page');
};

/** Offers text as a file download (no permission needed: a link to a local blob). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const rules = listRules();

const realConnector: Connector = {
  getState: notInOptions,
  apply: notInOptions,
  show: notInOptions,
  dismiss: notInOptions,
  setSiteEnabled: notInOptions,
  reloadTab: notInOptions,
  openOptions: async () => undefined,
  copyText: notInOptions,
  subscribeState: () => () => undefined,
  listRules: () => rules,
  loadSettings,
  saveSettings,
  resetSettings,
  async exportSettings() {
    await flushSettings();
    download('outward-settings.json', serializeSettings(await loadSettings()));
  },
  async importSettings(text) {
    const result = parseSettingsFile(text, rules.map((rule) => rule.id));
    if (!result.ok) return result;
    // Written at once (not debounced); both promises carry a quota error, so await them together.
    await Promise.all([saveSettings(result.settings), flushSettings()]);
    return result;
  },
  subscribeSettings: watchSettings,
  loadDraftPhrases,
  async removeDraftPhrase(phrase) {
    await removeDraftPhrase(phrase);
  },
  subscribeDraftPhrases: watchDraftPhrases,
};

// The instrumented e2e build can show sample rules (`?gallery=rules`): the accessibility checks
// then cover the rule switches even before real rules are registered.
const connector =
  __TEST_HOOKS__ && new URLSearchParams(location.search).get('gallery') === 'rules' ? createMockConnector({ rules: SAMPLE_RULES }) : realConnector;

// A pending (debounced) change is written before the page goes away.
// A failure here has already been shown by the save that queued the change.
addEventListener('pagehide', () => void flushSettings().catch(() => undefined));

injectCss(document, componentCss, 'components');
injectCss(document, pageCss, 'page');
injectCss(document, documentCss, 'document');
render(<Options connector={connector} />, document.getElementById('app')!);
