/**
 * An in-memory Connector for component tests and the instrumented build's state gallery.
 * It records every call so tests can assert what the UI asked for.
 */
import type { RuleInfo } from '../core/types';
import type { ApplyOutcome, SiteId } from '../platform/protocol';
import { DEFAULT_SETTINGS, parseSettingsFile, serializeSettings, type Settings } from '../platform/settings';
import type { Connector, PopupState } from './connector';

export interface MockConnectorOptions {
  state?: PopupState;
  settings?: Settings;
  rules?: readonly RuleInfo[];
  /** What `apply` answers. @default { ok: true } */
  applyOutcome?: ApplyOutcome;
  /** When set, `saveSettings` rejects with this error. */
  saveError?: Error;
  /** Phrases added from drafts. */
  draftPhrases?: string[];
}

export interface MockConnector extends Connector {
  /** Calls made, in order, as `[method, ...args]`. */
  readonly calls: unknown[][];
  /** The current settings (after saves). */
  settings: Settings;
  /** The text of the last export. */
  exported: string | null;
  /** The last copied text. */
  copied: string | null;
  /** Replaces the popup state and notifies subscribers. */
  setState(state: PopupState): void;
  /** Simulates a settings change from another context. */
  emitSettings(settings: Settings): void;
  /** Phrases added from drafts (after removals). */
  draftPhrases: string[];
  options: MockConnectorOptions;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Creates a mock connector; every method resolves at once. */
export function createMockConnector(options: MockConnectorOptions = {}): MockConnector {
  let state: PopupState = options.state ?? { status: 'no-composer', site: 'gmail' };
  const stateListeners = new Set<() => void>();
  const settingsListeners = new Set<(settings: Settings) => void>();
  const draftListeners = new Set<(phrases: string[]) => void>();
  const mock: MockConnector = {
    calls: [],
    settings: clone(options.settings ?? (DEFAULT_SETTINGS as Settings)),
    exported: null,
    copied: null,
    options,
    draftPhrases: [...(options.draftPhrases ?? [])],
    setState(next) {
      state = next;
      for (const listener of stateListeners) listener();
    },
    emitSettings(settings) {
      mock.settings = clone(settings);
      for (const listener of settingsListeners) listener(clone(settings));
    },
    async getState() {
      mock.calls.push(['getState']);
      return clone(state);
    },
    async apply(findingId, suggestionIndex) {
      mock.calls.push(['apply', findingId, suggestionIndex]);
      return options.applyOutcome ?? { ok: true };
    },
    async show(findingId) {
      mock.calls.push(['show', findingId]);
      return true;
    },
    async dismiss(findingId) {
      mock.calls.push(['dismiss', findingId]);
      if (state.status === 'results') {
        mock.setState({ ...state, report: { ...state.report, findings: state.report.findings.filter((f) => f.id !== findingId) } });
      }
      return true;
    },
    async setSiteEnabled(site: SiteId, enabled: boolean) {
      mock.calls.push(['setSiteEnabled', site, enabled]);
      mock.settings = { ...mock.settings, sites: { ...mock.settings.sites, [site]: enabled } };
      mock.setState(enabled ? { status: 'no-composer', site } : { status: 'paused', site });
    },
    async reloadTab() {
      mock.calls.push(['reloadTab']);
    },
    async openOptions() {
      mock.calls.push(['openOptions']);
    },
    async copyText(text) {
      mock.calls.push(['copyText', text]);
      mock.copied = text;
    },
    subscribeState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    listRules() {
      return options.rules ?? [];
    },
    async loadSettings() {
      mock.calls.push(['loadSettings']);
      return clone(mock.settings);
    },
    async saveSettings(settings) {
      mock.calls.push(['saveSettings', clone(settings)]);
      if (options.saveError) throw options.saveError;
      mock.settings = clone(settings);
    },
    async resetSettings() {
      mock.calls.push(['resetSettings']);
      mock.settings = clone(DEFAULT_SETTINGS as Settings);
      return clone(mock.settings);
    },
    async exportSettings() {
      mock.calls.push(['exportSettings']);
      mock.exported = serializeSettings(mock.settings);
    },
    async importSettings(text) {
      mock.calls.push(['importSettings']);
      const result = parseSettingsFile(text, options.rules?.map((rule) => rule.id));
      if (result.ok) mock.settings = clone(result.settings);
      return result;
    },
    subscribeSettings(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    async loadDraftPhrases() {
      mock.calls.push(['loadDraftPhrases']);
      return [...mock.draftPhrases];
    },
    async removeDraftPhrase(phrase) {
      mock.calls.push(['removeDraftPhrase', phrase]);
      mock.draftPhrases = mock.draftPhrases.filter((kept) => kept !== phrase);
      for (const listener of draftListeners) listener([...mock.draftPhrases]);
    },
    subscribeDraftPhrases(listener) {
      draftListeners.add(listener);
      return () => draftListeners.delete(listener);
    },
  };
  return mock;
}
