/**
 * Settings in `storage.sync`, phrases added from drafts and dismissed-finding fingerprints in
 * `storage.local`.
 *
 * Sync holds three items, each under the browser's 8 KB per-item quota and written on its own, so
 * one that does not fit never stops another from saving: `settings` (rule switches, sensitivity,
 * sites, default channel), `ownNames` and `ignoredPhrases` (the lists typed in the options page).
 * An older version kept the two lists inside `settings`; they are read from there until the
 * first save writes them apart.
 *
 * The stores are built by factories that take the storage API, so tests pass a fake; the
 * module-level functions (`loadSettings`, …) use the browser's own API (`nativeApi`: every
 * storage call returns a promise natively in MV3), so the polyfill stays out of the popup and
 * importing this file in Node tests touches no extension API.
 *
 * Privacy (DESIGN.md §7): the only draft text stored is what the user asks for with "Don't flag
 * this phrase": kept in `storage.local` (`phrasesFromDrafts`), on this device only, never in sync.
 * Settings hold switches and the writer's own lists; dismissals hold a draft key and a
 * fingerprint, both checked to look like identifiers (no spaces), so a caller cannot slip a
 * sentence in by mistake.
 */
import {
  checkList,
  cleanList,
  DEFAULT_SETTINGS,
  hasOwn,
  itemBytes,
  DRAFT_PHRASE_NAMES,
  LIST_NAMES,
  normalizeSettings,
  RULE_RENAMES,
  SETTINGS_LIMITS,
  SYNC_QUOTA_BYTES_PER_ITEM,
  type Settings,
} from './settings';
import { nativeApi } from './messages';

export { itemBytes, SYNC_QUOTA_BYTES_PER_ITEM };

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
export const OWN_NAMES_KEY = 'ownNames';
export const IGNORED_PHRASES_KEY = 'ignoredPhrases';
export const DISMISSALS_KEY = 'dismissals';
/** `storage.local`: phrases added from a draft's card ("Don't flag this phrase"). */
export const DRAFT_PHRASES_KEY = 'phrasesFromDrafts';

/** The sync items settings are kept in. */
const SYNC_KEYS = [SETTINGS_KEY, OWN_NAMES_KEY, IGNORED_PHRASES_KEY] as const;
type SyncKey = (typeof SYNC_KEYS)[number];


/** A write was refused because it would exceed a storage quota; shown to the user, never swallowed. */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(message: string) {
    super(message);
  }
}

/** Input beyond a list's limits: refused before anything is saved, with a message fit to show. */
export class SettingsLimitError extends Error {
  override readonly name = 'SettingsLimitError';
}

/** The message of a sync item that was not saved, and why. */
const notSaved = (key: SyncKey, why: string) => new StorageQuotaError(`Your ${key === SETTINGS_KEY ? key : LIST_NAMES[key].plural} were not saved: ${why}.`);

function isQuotaMessage(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

/** The sync items of a settings object. */
function splitSettings(settings: Settings): Record<SyncKey, unknown> {
  const { ownNames, ignoredPhrases, ...core } = settings;
  return { settings: core, ownNames, ignoredPhrases };
}

/** Settings from the stored sync items (lists from their own items, else from an older `settings`). */
function joinSettings(items: Record<string, unknown>, renames: Readonly<Record<string, string>>): Settings {
  const core = hasOwn(items, SETTINGS_KEY) && typeof items[SETTINGS_KEY] === 'object' && items[SETTINGS_KEY] !== null ? { ...(items[SETTINGS_KEY] as object) } : {};
  const merged: Record<string, unknown> = core;
  for (const key of [OWN_NAMES_KEY, IGNORED_PHRASES_KEY]) {
    if (hasOwn(items, key)) merged[key] = items[key];
  }
  return normalizeSettings(merged, renames);
}

export interface SettingsStore {
  /** The current settings (pending, not yet written changes included). */
  load(): Promise<Settings>;
  /**
   * Saves what changed after a short pause (debounced), each sync item on its own; resolves once
   * written. Rejects with StorageQuotaError (an item too large for sync, or refused by the
   * browser) naming what was not saved; the other items are saved all the same.
   */
  save(settings: Settings): Promise<void>;
  /** Loads, applies `change`, saves; resolves with the new settings once written. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Writes pending changes now. */
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

/** The read side of the settings store: all a context that never writes settings needs (the content script). */
export interface SettingsReader {
  /** The current settings. */
  load(): Promise<Settings>;
  /** Calls `listener` whenever the stored settings change (from any context); returns an unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void;
}

/** How the settings store puts its own changes on top of what the reader reads. */
interface ReaderHooks {
  /** The items to read settings from: the stored ones with this context's changes on top. */
  overlay?(stored: Record<string, unknown>): Record<string, unknown>;
  /** The stored items were just read. */
  read?(stored: Record<string, unknown>): void;
  /** Another context changed an item (value undefined: removed). */
  changed?(key: SyncKey, value: unknown): void;
}

/**
 * Creates the read side of the settings store. It is a function of its own, not part of the
 * store's, so a bundle that only reads settings leaves the writing (debounce, quota, reset) out.
 */
export function createSettingsReader(api: StorageApi, renames: Readonly<Record<string, string>> = RULE_RENAMES, hooks: ReaderHooks = {}): SettingsReader {
  /** The stored items as last read, kept current by change events (null until the first read). */
  let cache: Record<string, unknown> | null = null;
  // Registered before any watch listener, so those see the cache already updated.
  api.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'sync') return;
    for (const key of SYNC_KEYS) {
      if (!hasOwn(changes, key)) continue;
      const value = changes[key]?.newValue;
      hooks.changed?.(key, value);
      if (cache && value === undefined) delete cache[key];
      else if (cache) cache[key] = value;
    }
  });
  async function readItems(): Promise<Record<string, unknown>> {
    const stored = await api.sync.get([...SYNC_KEYS]);
    cache = { ...stored };
    hooks.read?.(stored);
    return stored;
  }
  const settingsOf = (stored: Record<string, unknown>): Settings => joinSettings(hooks.overlay ? hooks.overlay(stored) : stored, renames);
  return {
    async load() {
      return settingsOf(await readItems());
    },
    watch(listener) {
      const onChanged: StorageChangeListener = (changes, areaName) => {
        if (areaName !== 'sync' || !SYNC_KEYS.some((key) => hasOwn(changes, key))) return;
        // Whole settings (a change event carries only the items that changed), from the cache so
        // events are answered in their order, with this context's own changes on top: an item
        // written a moment before another must not undo what is still on its way.
        if (cache) listener(settingsOf(cache));
        else void readItems().then((stored) => listener(settingsOf(stored)), () => undefined);
      };
      api.onChanged.addListener(onChanged);
      return () => api.onChanged.removeListener(onChanged);
    },
  };
}

/** Creates the settings store over a storage API. */
export function createSettingsStore(api: StorageApi, options: SettingsStoreOptions = {}): SettingsStore {
  const debounceMs = options.debounceMs ?? 300;
  const renames = options.renames ?? RULE_RENAMES;
  /** Items waiting for the debounce, by key. */
  let pending = new Map<SyncKey, unknown>();
  /** Items being written now. */
  let writing = new Map<SyncKey, unknown>();
  /** The JSON of each item as last read or written here: unchanged items are not written again. */
  const known = new Map<SyncKey, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiters: Array<{ resolve(): void; reject(error: unknown): void }> = [];
  // Reading is the reader's, with this context's own changes on top (being written, then waiting).
  const reader = createSettingsReader(api, renames, {
    overlay: (stored) => ({ ...stored, ...Object.fromEntries(writing), ...Object.fromEntries(pending) }),
    read(stored) {
      for (const key of SYNC_KEYS) {
        if (!pending.has(key)) known.set(key, JSON.stringify(hasOwn(stored, key) ? stored[key] : null));
      }
    },
    // What another context writes is what is stored now: a later save here compares against it.
    changed: (key, value) => known.set(key, JSON.stringify(value ?? null)),
  });

  /** Writes every pending item with a call of its own; the first failure is what the waiters get. */
  async function write(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const items = pending;
    const settled = waiters;
    pending = new Map();
    waiters = [];
    writing = new Map([...writing, ...items]);
    if (items.size === 0) {
      for (const waiter of settled) waiter.resolve();
      return;
    }
    const outcomes = await Promise.allSettled(
      [...items].map(async ([key, value]) => {
        try {
          await api.sync.set({ [key]: value });
          known.set(key, JSON.stringify(value));
        } catch (error) {
          known.delete(key);
          throw isQuotaMessage(error) ? notSaved(key, "the browser's sync storage is full") : error;
        }
      }),
    );
    for (const [key, value] of items) {
      if (writing.get(key) === value) writing.delete(key);
    }
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    for (const waiter of settled) {
      if (failed) waiter.reject(failed.reason);
      else waiter.resolve();
    }
    if (failed) throw failed.reason;
  }

  const store: SettingsStore = {
    load: reader.load,
    save(settings) {
      const value = normalizeSettings(settings, renames);
      const items = splitSettings(value);
      let refused: StorageQuotaError | null = null;
      for (const key of SYNC_KEYS) {
        const json = JSON.stringify(items[key]);
        if (!pending.has(key) && known.get(key) === json) continue;
        // Checked before queuing so the options page can say so at once; the other items still save.
        const bytes = itemBytes(key, items[key]);
        if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
          refused ??= notSaved(key, `they are too large to sync (${bytes} of ${SYNC_QUOTA_BYTES_PER_ITEM} bytes)`);
          continue;
        }
        pending.set(key, items[key]);
      }
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        // Failures reach every waiter through its promise; nothing else to do here.
        write().catch(() => undefined);
      }, debounceMs);
      const written = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      if (!refused) return written;
      const error = refused;
      // Rejected with the refusal once the rest is written (or with the write's own failure).
      return written.then(() => Promise.reject(error));
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
      pending = new Map();
      waiters = [];
      const defaults = normalizeSettings(DEFAULT_SETTINGS, renames);
      const items = splitSettings(defaults);
      for (const key of SYNC_KEYS) {
        await api.sync.set({ [key]: items[key] });
        known.set(key, JSON.stringify(items[key]));
      }
      for (const waiter of superseded) waiter.resolve();
      return defaults;
    },
    watch: reader.watch,
  };
  return store;
}

// ---------------------------------------------------------------------------------------------
// Phrases added from drafts (storage.local, this device only)

export interface DraftPhraseStore {
  /** The phrases, oldest first. */
  load(): Promise<string[]>;
  /**
   * Adds a phrase (no change if it is already there). Rejects with SettingsLimitError when the
   * list is full or the phrase too long, or StorageQuotaError when the browser refuses the write;
   * nothing is saved then.
   */
  add(phrase: string): Promise<string[]>;
  /** Removes a phrase (compared case-insensitively). */
  remove(phrase: string): Promise<string[]>;
  /** Calls `listener` with the list whenever it changes (from any context); returns an unsubscribe. */
  watch(listener: (phrases: string[]) => void): () => void;
}

/** Reads the stored list, own properties only, dropping anything that is not text. */
function readPhrases(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || !hasOwn(value, 'phrases')) return [];
  const phrases = (value as { phrases?: unknown }).phrases;
  return Array.isArray(phrases) ? cleanList(phrases.filter((item): item is string => typeof item === 'string')) : [];
}

/** Creates the store of phrases added from drafts, over `storage.local`. */
export function createDraftPhraseStore(api: Pick<StorageApi, 'local' | 'onChanged'>): DraftPhraseStore {
  // Changes are serialised so two quick additions cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const load = async () => readPhrases((await api.local.get(DRAFT_PHRASES_KEY))[DRAFT_PHRASES_KEY]);
  const change = (next: (phrases: string[]) => string[]): Promise<string[]> => {
    const run = queue.then(async () => {
      const current = await load();
      const updated = next(current);
      if (updated === current) return current;
      try {
        await api.local.set({ [DRAFT_PHRASES_KEY]: { version: 1, phrases: updated } });
      } catch (error) {
        throw isQuotaMessage(error) ? new StorageQuotaError("The browser's storage for Outward is full; the phrase was not saved.") : error;
      }
      return updated;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    load,
    add(phrase) {
      return change((current) => {
        const wanted = phrase.replace(/\s+/g, ' ').trim();
        if (current.some((kept) => kept.toLowerCase() === wanted.toLowerCase())) return current;
        if (current.length >= SETTINGS_LIMITS.listItems) {
          throw new SettingsLimitError(
            `Your ${DRAFT_PHRASE_NAMES.plural} are full (${current.length} of ${SETTINGS_LIMITS.listItems}); this one was not saved. Delete some in Outward's settings first.`,
          );
        }
        const checked = checkList(DRAFT_PHRASE_NAMES, [...current, wanted], null);
        if (!checked.ok) throw new SettingsLimitError(`${checked.error} It was not saved.`);
        return checked.list;
      });
    },
    remove(phrase) {
      return change((current) => current.filter((kept) => kept.toLowerCase() !== phrase.toLowerCase()));
    },
    watch(listener) {
      const onChanged: StorageChangeListener = (changes, areaName) => {
        if (areaName === 'local' && hasOwn(changes, DRAFT_PHRASES_KEY)) listener(readPhrases(changes[DRAFT_PHRASES_KEY]?.newValue));
      };
      api.onChanged.addListener(onChanged);
      return () => api.onChanged.removeListener(onChanged);
    },
  };
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

// Each store is made on first use, so a page that only reads settings (the popup) bundles only
// the settings store, and the content script (which never writes them) only its read side.
const storageApi = (): StorageApi => (nativeApi() as { storage: StorageApi }).storage;
let settingsStore: SettingsStore | null = null;
let settingsReader: SettingsReader | null = null;
let dismissalStore: DismissalStore | null = null;
let draftPhraseStore: DraftPhraseStore | null = null;
const theSettings = (): SettingsStore => (settingsStore ??= createSettingsStore(storageApi()));
const theReader = (): SettingsReader => (settingsReader ??= createSettingsReader(storageApi()));
const theDismissals = (): DismissalStore => (dismissalStore ??= createDismissalStore(storageApi().local));
const theDraftPhrases = (): DraftPhraseStore => (draftPhraseStore ??= createDraftPhraseStore(storageApi()));

/** The current settings from `storage.sync`. */
export async function loadSettings(): Promise<Settings> {
  return theSettings().load();
}
/** Saves settings (debounced); rejects with StorageQuotaError when they do not fit. */
export async function saveSettings(settings: Settings): Promise<void> {
  return theSettings().save(settings);
}
/** Loads, changes and saves settings; resolves with the saved value. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return theSettings().update(change);
}
/** Writes a pending settings change now (e.g. before a page closes). */
export async function flushSettings(): Promise<void> {
  return theSettings().flush();
}
/** Restores the default settings. */
export async function resetSettings(): Promise<Settings> {
  return theSettings().reset();
}
/** Calls `listener` with the new settings whenever they change; returns an unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return theSettings().watch(listener);
}
/**
 * The current settings, for a context that never writes them (the content script): the same as
 * loadSettings() there, without bundling the writing. A context that saves settings uses
 * loadSettings(), which includes its changes not yet written.
 */
export async function readSettings(): Promise<Settings> {
  return theReader().load();
}
/** watchSettings() for a context that never writes settings (see readSettings). */
export function watchReadSettings(listener: (settings: Settings) => void): () => void {
  return theReader().watch(listener);
}
/** Fingerprints dismissed in the draft with this key. */
export async function loadDismissals(draftKey: string): Promise<string[]> {
  return theDismissals().load(draftKey);
}
/** Remembers that the finding with `fingerprint` was dismissed in this draft. */
export async function addDismissal(draftKey: string, fingerprint: string): Promise<void> {
  return theDismissals().add(draftKey, fingerprint);
}
/** Phrases added from drafts, kept in `storage.local` on this device only. */
export async function loadDraftPhrases(): Promise<string[]> {
  return theDraftPhrases().load();
}
/** Keeps a phrase from a draft on this device; rejects with a message fit to show when it was not kept. */
export async function addDraftPhrase(phrase: string): Promise<string[]> {
  return theDraftPhrases().add(phrase);
}
/** Forgets a phrase added from a draft. */
export async function removeDraftPhrase(phrase: string): Promise<string[]> {
  return theDraftPhrases().remove(phrase);
}
/** Calls `listener` with the phrases added from drafts whenever they change. */
export function watchDraftPhrases(listener: (phrases: string[]) => void): () => void {
  return theDraftPhrases().watch(listener);
}
