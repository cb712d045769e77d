/**
 * The narrow interface between the Preact pages and the extension (STYLE.md "UI"). Components
 * only call these methods; `popup/main.tsx` and `options/main.tsx` wire the real implementation,
 * `mock-connector.ts` serves tests and the instrumented build's state gallery.
 */
import type { RuleInfo } from '../core/types';
import type { ApplyOutcome, SiteId, TabState } from '../platform/protocol';
import type { Settings, SettingsValidation } from '../platform/settings';

/** What the popup shows: the content script's state, or why there is none. */
export type PopupState =
  /** The tab is not Gmail or LinkedIn (or its address cannot be read). */
  | { status: 'unsupported' }
  /** Gmail or LinkedIn, but the content script did not answer (page open before install/update). */
  | { status: 'not-answering'; site: SiteId }
  | TabState;

/** Every action the UI may request. */
export interface Connector {
  // Popup
  /** The state of the tab the popup is about. */
  getState(): Promise<PopupState>;
  /** Applies a suggestion through the content script's apply path (same safety rules as the card). */
  apply(findingId: string, suggestionIndex: number): Promise<ApplyOutcome>;
  /** Scrolls the page to the finding, selects the words and focuses the editor. */
  show(findingId: string): Promise<boolean>;
  /** Dismisses a finding in this draft (remembered by fingerprint). */
  dismiss(findingId: string): Promise<boolean>;
  /** Turns Outward on or off for a site (settings.sites). */
  setSiteEnabled(site: SiteId, enabled: boolean): Promise<void>;
  /** Reloads the tab the popup is about. */
  reloadTab(): Promise<void>;
  /** Opens the options page. */
  openOptions(): Promise<void>;
  /** Puts plain text on the clipboard (the "Copy report" button). */
  copyText(text: string): Promise<void>;
  /** Calls `listener` when the popup state may have changed; returns an unsubscribe. */
  subscribeState(listener: () => void): () => void;

  // Options
  /** Metadata of every rule, for the rule switches. */
  listRules(): readonly RuleInfo[];
  loadSettings(): Promise<Settings>;
  /**
   * Saves settings (debounced by storage). Rejects with an Error whose message is fit to show,
   * e.g. when the settings do not fit the sync quota.
   */
  saveSettings(settings: Settings): Promise<void>;
  /** Restores the defaults and resolves with them. */
  resetSettings(): Promise<Settings>;
  /** Saves the current settings to a file the user picks up (a download). */
  exportSettings(): Promise<void>;
  /** Validates an exported file's text; only a valid file replaces the settings. */
  importSettings(text: string): Promise<SettingsValidation>;
  /** Calls `listener` whenever stored settings change (from any context). */
  subscribeSettings(listener: (settings: Settings) => void): () => void;
  // Options page only (the popup leaves them out): phrases added from drafts with "Don't flag
  // this phrase", kept on this device only.
  loadDraftPhrases?(): Promise<string[]>;
  /** Forgets one of them. */
  removeDraftPhrase?(phrase: string): Promise<void>;
  /** Calls `listener` whenever the phrases added from drafts change. */
  subscribeDraftPhrases?(listener: (phrases: string[]) => void): () => void;
}
