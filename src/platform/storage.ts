/**
 * Settings in `storage.sync` (key `settings`) and dismissed-finding fingerprints in
 * `storage.local` (key `dismissals`).
 *
 * The stores are built by factories that take the storage API, so tests pass a fake; the
 * module-level functions (`loadSettings`, …) use the browser's own API (`nativeApi`: every
 * storage call returns a promise natively in MV3), so the polyfill stays out of the popup and
 * importing this file in Node tests touches no extension API.
 *
 * Privacy (DESIGN.md §7): nothing here stores draft text. Settings hold switches and the
 * writer's own lists; dismissals hold a draft key and a fingerprint, both checked to look like
 * identifiers (no spaces), so a caller cannot slip a sentence in by mistake.
 */
import { DEFAULT_SETTINGS, hasOwn, normalizeSettings, RULE_RENAMES, type Settings } from './settings';
import { nativeApi } from './messages';

/** The parts of a `storage` area this module uses (the polyfill's areas satisfy it). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** `storage.onChanged` listener shape. */
export type StorageChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

/** The parts of `browser.storage` this module uses. */
export interface StorageApi {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: { addListener(listener: StorageChangeListener): void; removeListener(listener: StorageChangeListener): void };
}

/** Storage keys (namespaced by area; versioned through the value's own `version`). */
export const SETTINGS_KEY = 'settings';
export const DISMISSALS_KEY = 'dismissals';

/** `storage.sync` limit per item (key + JSON value), in bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** A write was refused because it would exceed the sync quota; shown to the user, never swallowed. */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(message = 'Your settings are too large to save. Remove some names or phrases and try again.') {
    super(message);
  }
}

/** Bytes an item counts against the sync quota: its key plus its JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function isQuotaMessage(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

export interface SettingsStore {
  /** The current settings (a pending, not yet written change included). */
  load(): Promise<Settings>;
  /** Saves after a short pause (debounced); resolves once written, rejects with StorageQuotaError. */
  save(settings: Settings): Promise<void>;
  /** Loads, applies `change`, saves; resolves with the new settings once written. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Writes a pending change now. */
  flush(): Promise<void>;
  /** Replaces everything with the defaults (written at once). */
  reset(): Promise<Settings>;
  /** Calls `listener` whenever the stored settings change (from any context); returns an unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void;
}

export interface SettingsStoreOptions {
  /** @default 300 */
  debounceMs?: number;
  /** @default RULE_RENAMES */
  renames?: Readonly<Record<string, string>>;
}

/** Creates the settings store over a storage API. */
export function createSettingsStore(api: StorageApi, options: SettingsStoreOptions = {}): SettingsStore {
  const debounceMs = options.debounceMs ?? 300;
  const renames = options.renames ?? RULE_RENAMES;
  let pending: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiters: Array<{ resolve(): void; reject(error: unknown): void }> = [];

  async function write(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const value = pending;
    const settled = waiters;
    pending = null;
    waiters = [];
    if (value === null) return;
    try {
      await api.sync.set({ [SETTINGS_KEY]: value });
      for (const waiter of settled) waiter.resolve();
    } catch (error) {
      const surfaced = isQuotaMessage(error) ? new StorageQuotaError() : error;
      for (const waiter of settled) waiter.reject(surfaced);
      throw surfaced;
    }
  }

  const store: SettingsStore = {
    async load() {
      if (pending) return structuredClone(pending);
      const stored = await api.sync.get(SETTINGS_KEY);
      return normalizeSettings(stored[SETTINGS_KEY], renames);
    },
    save(settings) {
      const value = normalizeSettings(settings, renames);
      // Checked before queuing so the options page can say so at once.
      if (itemBytes(SETTINGS_KEY, value) > SYNC_QUOTA_BYTES_PER_ITEM) return Promise.reject(new StorageQuotaError());
      pending = value;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        // Failures reach every waiter through its promise; nothing else to do here.
        write().catch(() => undefined);
      }, debounceMs);
      return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async update(change) {
      const next = normalizeSettings(change(await store.load()), renames);
      await store.save(next);
      return next;
    },
    flush: write,
    async reset() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const superseded = waiters;
      pending = null;
      waiters = [];
      const defaults = normalizeSettings(DEFAULT_SETTINGS, renames);
      await api.sync.set({ [SETTINGS_KEY]: defaults });
      for (const waiter of superseded) waiter.resolve();
      return defaults;
    },
    watch(listener) {
      const onChanged: StorageChangeListener = (changes, areaName) => {
        if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return;
        listener(normalizeSettings(changes[SETTINGS_KEY]?.newValue, renames));
      };
      api.onChanged.addListener(onChanged);
      return () => api.onChanged.removeListener(onChanged);
    },
  };
  return store;
}

// ---------------------------------------------------------------------------------------------
// Dismissals

/** One remembered dismissal: which draft, which finding (by fingerprint), when. */
interface DismissalEntry {
  draft: string;
  fingerprint: string;
  at: number;
}

/** Keys and fingerprints are identifiers: letters, digits and `_ - : . / #`, no spaces. */
const IDENTIFIER = /^[\w\-:./#]{1,200}$/;

export interface DismissalStore {
  /** Fingerprints dismissed in this draft. */
  load(draftKey: string): Promise<string[]>;
  /** Remembers a dismissal; past the limit the oldest entries are dropped. */
  add(draftKey: string, fingerprint: string): Promise<void>;
  /** Forgets every dismissal. */
  clear(): Promise<void>;
}

export interface DismissalStoreOptions {
  /** Entries kept across all drafts. @default 500 */
  limit?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/** Reads the stored entries, own properties only, dropping any that are not well formed. */
function readEntries(value: unknown): DismissalEntry[] {
  if (typeof value !== 'object' || value === null || !hasOwn(value, 'entries')) return [];
  const entries = (value as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return [];
  const field = (entry: object, key: keyof DismissalEntry, type: 'string' | 'number') =>
    hasOwn(entry, key) && typeof (entry as Record<string, unknown>)[key] === type;
  return entries.filter(
    (entry): entry is DismissalEntry =>
      typeof entry === 'object' && entry !== null && field(entry, 'draft', 'string') && field(entry, 'fingerprint', 'string') && field(entry, 'at', 'number'),
  );
}

/** Creates the dismissal store over `storage.local`. */
export function createDismissalStore(area: StorageAreaLike, options: DismissalStoreOptions = {}): DismissalStore {
  const limit = options.limit ?? 500;
  const now = options.now ?? Date.now;
  // Adds are serialised so two quick dismissals cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async load(draftKey) {
      const stored = await area.get(DISMISSALS_KEY);
      return readEntries(stored[DISMISSALS_KEY]).filter((entry) => entry.draft === draftKey).map((entry) => entry.fingerprint);
    },
    add(draftKey, fingerprint) {
      if (!IDENTIFIER.test(draftKey) || !IDENTIFIER.test(fingerprint)) {
        return Promise.reject(new TypeError('A dismissal is stored by draft key and fingerprint only; these must be identifiers, not text.'));
      }
      const run = queue.then(async () => {
        const stored = await area.get(DISMISSALS_KEY);
        const entries = readEntries(stored[DISMISSALS_KEY]).filter((entry) => !(entry.draft === draftKey && entry.fingerprint === fingerprint));
        entries.push({ draft: draftKey, fingerprint, at: now() });
        entries.sort((a, b) => a.at - b.at);
        await area.set({ [DISMISSALS_KEY]: { version: 1, entries: entries.slice(Math.max(0, entries.length - limit)) } });
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async clear() {
      await area.remove(DISMISSALS_KEY);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The real stores, for extension contexts.

let defaultStores: { settings: SettingsStore; dismissals: DismissalStore } | null = null;

function stores() {
  if (!defaultStores) {
    const api = (nativeApi() as { storage: StorageApi }).storage;
    defaultStores = { settings: createSettingsStore(api), dismissals: createDismissalStore(api.local) };
  }
  return defaultStores;
}

/** The current settings from `storage.sync`. */
export async function loadSettings(): Promise<Settings> {
  return stores().settings.load();
}
/** Saves settings (debounced); rejects with StorageQuotaError when they do not fit. */
export async function saveSettings(settings: Settings): Promise<void> {
  return stores().settings.save(settings);
}
/** Loads, changes and saves settings; resolves with the saved value. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return stores().settings.update(change);
}
/** Writes a pending settings change now (e.g. before a page closes). */
export async function flushSettings(): Promise<void> {
  return stores().settings.flush();
}
/** Restores the default settings. */
export async function resetSettings(): Promise<Settings> {
  return stores().settings.reset();
}
/** Calls `listener` with the new settings whenever they change; returns an unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return stores().settings.watch(listener);
}
/** Fingerprints dismissed in the draft with this key. */
export async function loadDismissals(draftKey: string): Promise<string[]> {
  return stores().dismissals.load(draftKey);
}
/** Remembers that the finding with `fingerprint` was dismissed in this draft. */
export async function addDismissal(draftKey: string, fingerprint: string): Promise<void> {
  return stores().dismissals.add(draftKey, fingerprint);
}
