import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createDismissalStore,
  createDraftPhraseStore,
  createSettingsReader,
  createSettingsStore,
  DISMISSALS_KEY,
  DRAFT_PHRASES_KEY,
  IGNORED_PHRASES_KEY,
  OWN_NAMES_KEY,
  SETTINGS_KEY,
  SettingsLimitError,
  StorageQuotaError,
  type StorageApi,
  type StorageAreaLike,
  type StorageChangeListener,
} from './storage';
import { DEFAULT_SETTINGS, SETTINGS_LIMITS, type Settings } from './settings';

/** An in-memory `browser.storage` with change events, like the real one (values are copied). */
function fakeStorage(options: { failSync?: Error; failSyncKey?: string; failLocal?: Error } = {}) {
  const listeners = new Set<StorageChangeListener>();
  const writes: Array<{ area: string; items: Record<string, unknown> }> = [];
  const area = (name: 'sync' | 'local'): StorageAreaLike & { data: Map<string, unknown> } => {
    const data = new Map<string, unknown>();
    return {
      data,
      async get(keys) {
        const list = typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(list.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
      },
      async set(items) {
        if (name === 'sync' && options.failSync && (options.failSyncKey === undefined || options.failSyncKey in items)) throw options.failSync;
        if (name === 'local' && options.failLocal) throw options.failLocal;
        writes.push({ area: name, items: structuredClone(items) });
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
          data.set(key, structuredClone(value));
        }
        for (const listener of listeners) listener(changes, name);
      },
      async remove(keys) {
        for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
      },
    };
  };
  const api = {
    sync: area('sync'),
    local: area('local'),
    onChanged: { addListener: (l: StorageChangeListener) => listeners.add(l), removeListener: (l: StorageChangeListener) => listeners.delete(l) },
  } satisfies StorageApi;
  return { api, writes, listeners };
}

const custom = (): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), sensitivity: 'strict', ownNames: ['Acme'], rules: { chasing: false } });

/** The sync items a settings object is stored as. */
const items = ({ ownNames, ignoredPhrases, ...core }: Settings) => ({ [SETTINGS_KEY]: core, [OWN_NAMES_KEY]: ownNames, [IGNORED_PHRASES_KEY]: ignoredPhrases });

/** What sync holds, as settings items. */
const syncItems = (api: ReturnType<typeof fakeStorage>['api']) => Object.fromEntries(api.sync.data);

/** A list of `count` distinct names, each `length` characters long. */
const longNames = (count: number, length: number) => Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, 'x'));

describe('settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('an empty storage loads the defaults', async () => {
    const { api } = fakeStorage();
    expect(await createSettingsStore(api).load()).toEqual(DEFAULT_SETTINGS);
  });

  test('writes are debounced into one write of the last value per item', async () => {
    const { api, writes } = fakeStorage();
    const store = createSettingsStore(api, { debounceMs: 300 });
    const first = store.save({ ...custom(), sensitivity: 'relaxed' });
    const second = store.save(custom());
    expect(writes).toHaveLength(0);
    // A pending value is what a load sees, so the options page never shows stale settings.
    expect((await store.load()).sensitivity).toBe('strict');
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([first, second]);
    expect(writes).toHaveLength(3);
    expect(syncItems(api)).toEqual(items(custom()));
    expect(await store.load()).toEqual(custom());
  });

  test('only the items that changed are written again', async () => {
    const { api, writes } = fakeStorage();
    await api.sync.set(items(structuredClone(DEFAULT_SETTINGS) as Settings));
    writes.length = 0;
    const store = createSettingsStore(api, { debounceMs: 5 });
    await store.load();
    const saved = store.save({ ...structuredClone(DEFAULT_SETTINGS), sensitivity: 'strict' });
    await vi.advanceTimersByTimeAsync(5);
    await saved;
    const again = store.save({ ...structuredClone(DEFAULT_SETTINGS), sensitivity: 'strict', ownNames: ['Acme'] });
    await vi.advanceTimersByTimeAsync(5);
    await again;
    expect(writes.map((write) => Object.keys(write.items))).toEqual([[SETTINGS_KEY], [OWN_NAMES_KEY]]);
  });

  test('a change written by another context is not mistaken for what this one stored', async () => {
    const { api } = fakeStorage();
    const store = createSettingsStore(api, { debounceMs: 5 });
    const saved = store.save(custom());
    await vi.advanceTimersByTimeAsync(5);
    await saved;
    // The popup pauses Gmail; the options page, still showing it on, switches it on again.
    await api.sync.set({ [SETTINGS_KEY]: { ...items(custom())[SETTINGS_KEY], sites: { gmail: false, linkedin: true } } });
    const back = store.save(custom());
    await vi.advanceTimersByTimeAsync(5);
    await back;
    expect((await store.load()).sites.gmail).toBe(true);
  });

  test("watch shows this context's own changes still on their way when another item's change lands", async () => {
    const { api } = fakeStorage();
    const store = createSettingsStore(api, { debounceMs: 50 });
    const seen: Settings[] = [];
    store.watch((settings) => seen.push(settings));
    const saved = store.save({ ...structuredClone(DEFAULT_SETTINGS), ownNames: ['Acme'] });
    // The popup pauses LinkedIn while the names typed here wait for the pause.
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, sites: { gmail: true, linkedin: false } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)?.ownNames).toEqual(['Acme']);
    await vi.advanceTimersByTimeAsync(50);
    await saved;
    expect(seen.at(-1)?.ownNames).toEqual(['Acme']);
  });

  test('settings an older version kept in one item are read, and the first save writes them apart', async () => {
    const { api } = fakeStorage();
    await api.sync.set({ [SETTINGS_KEY]: custom() });
    const store = createSettingsStore(api, { debounceMs: 5 });
    expect(await store.load()).toEqual(custom());
    const saved = store.update((current) => ({ ...current, sensitivity: 'relaxed' }));
    await vi.advanceTimersByTimeAsync(5);
    await saved;
    expect(syncItems(api)).toEqual(items({ ...custom(), sensitivity: 'relaxed' }));
  });

  test('update applies a change to the current value', async () => {
    const { api } = fakeStorage();
    await api.sync.set({ [SETTINGS_KEY]: custom() });
    const store = createSettingsStore(api, { debounceMs: 10 });
    const saved = store.update((current) => ({ ...current, sites: { ...current.sites, gmail: false } }));
    await vi.advanceTimersByTimeAsync(10);
    const next = await saved;
    expect(next.sites).toEqual({ gmail: false, linkedin: true });
    expect(next.ownNames).toEqual(['Acme']);
    expect(syncItems(api)).toEqual(items(next));
  });

  test('an item too large for sync is refused with StorageQuotaError naming it; the other items are saved', async () => {
    const { api } = fakeStorage();
    const store = createSettingsStore(api, { debounceMs: 5 });
    // 100 names of 100 characters are within the list limits but not within one sync item.
    const ownNames = longNames(SETTINGS_LIMITS.listItems, SETTINGS_LIMITS.itemLength);
    const saved = store.save({ ...custom(), ownNames });
    const outcome = expect(saved).rejects.toThrow(/^Your company and product names were not saved: they are too large to sync \(\d+ of 8192 bytes\)\.$/);
    await vi.advanceTimersByTimeAsync(5);
    await outcome;
    expect(api.sync.data.get(OWN_NAMES_KEY)).toBeUndefined();
    expect(api.sync.data.get(SETTINGS_KEY)).toEqual(items(custom())[SETTINGS_KEY]);
    expect(await store.load()).toEqual({ ...custom(), ownNames: [] });
  });

  test('a quota error from the browser for one item reaches the caller as StorageQuotaError; the other items are saved', async () => {
    const { api } = fakeStorage({ failSync: new Error('QUOTA_BYTES quota exceeded'), failSyncKey: OWN_NAMES_KEY });
    const store = createSettingsStore(api, { debounceMs: 5 });
    const saved = store.save(custom());
    const outcome = expect(saved).rejects.toThrow(StorageQuotaError);
    await vi.advanceTimersByTimeAsync(5);
    await outcome;
    await expect(saved).rejects.toThrow("Your company and product names were not saved: the browser's sync storage is full.");
    expect(api.sync.data.get(SETTINGS_KEY)).toEqual(items(custom())[SETTINGS_KEY]);
    // What loads is what is stored: the names that were refused are not shown as saved.
    expect(await store.load()).toEqual({ ...custom(), ownNames: [] });
  });

  test('watch reports changes from any context, normalised, and stops after unsubscribe', async () => {
    const { api } = fakeStorage();
    const store = createSettingsStore(api);
    const seen: Settings[] = [];
    const stop = store.watch((settings) => seen.push(settings));
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, sensitivity: 'relaxed' } });
    await api.local.set({ other: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.sensitivity).toBe('relaxed');
    expect(seen[0]?.sites).toEqual({ gmail: true, linkedin: true });
    stop();
    await api.sync.set({ [SETTINGS_KEY]: custom() });
    expect(seen).toHaveLength(1);
  });

  test('reset writes the defaults at once and drops a pending change', async () => {
    const { api } = fakeStorage();
    const store = createSettingsStore(api);
    await api.sync.set({ [SETTINGS_KEY]: custom() });
    void store.save({ ...custom(), sensitivity: 'relaxed' });
    expect(await store.reset()).toEqual(DEFAULT_SETTINGS);
    await vi.runAllTimersAsync();
    expect(syncItems(api)).toEqual(items(DEFAULT_SETTINGS as Settings));
  });

  test('a renamed rule keeps its switch under the new id', async () => {
    const { api } = fakeStorage();
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, rules: { 'old-name': false, other: true } } });
    const store = createSettingsStore(api, { renames: { 'old-name': 'new-name' } });
    expect((await store.load()).rules).toEqual({ 'new-name': false, other: true });
  });

  test('damaged stored settings fall back field by field', async () => {
    const { api } = fakeStorage();
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, sensitivity: 'loud', ownNames: ['Acme', 3], sites: { gmail: false } } });
    const loaded = await createSettingsStore(api).load();
    expect(loaded.sensitivity).toBe('balanced');
    expect(loaded.ownNames).toEqual([]);
    expect(loaded.sites).toEqual({ gmail: false, linkedin: true });
  });
});

describe('settings reader (the content script\'s read side)', () => {
  test('reads what the store reads, lists from their own items or an older settings item', async () => {
    const { api } = fakeStorage();
    expect(await createSettingsReader(api).load()).toEqual(DEFAULT_SETTINGS);
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, sensitivity: 'strict', ownNames: ['Old'], ignoredPhrases: ['kept'] }, [OWN_NAMES_KEY]: ['Acme'] });
    const read = await createSettingsReader(api).load();
    expect(read).toEqual({ ...structuredClone(DEFAULT_SETTINGS), sensitivity: 'strict', ownNames: ['Acme'], ignoredPhrases: ['kept'] });
    expect(read).toEqual(await createSettingsStore(api).load());
  });

  test('watch reports whole settings after each change, in order, and stops after unsubscribe; it never writes', async () => {
    const { api, writes } = fakeStorage();
    const reader = createSettingsReader(api, { 'old-name': 'new-name' });
    await reader.load();
    const seen: Settings[] = [];
    const stop = reader.watch((settings) => seen.push(settings));
    const written = writes.length;
    await api.sync.set({ [SETTINGS_KEY]: { version: 1, sensitivity: 'relaxed', rules: { 'old-name': false } } });
    await api.sync.set({ [OWN_NAMES_KEY]: ['Acme'] });
    await api.local.set({ other: 1 });
    expect(seen.map((settings) => [settings.sensitivity, settings.ownNames, settings.rules])).toEqual([
      ['relaxed', [], { 'new-name': false }],
      ['relaxed', ['Acme'], { 'new-name': false }],
    ]);
    stop();
    await api.sync.set({ [SETTINGS_KEY]: custom() });
    expect(seen).toHaveLength(2);
    // The four writes above are the only ones.
    expect(writes.length - written).toBe(4);
  });
});

describe('phrases added from drafts', () => {
  test('are kept in storage.local only, cleaned and without duplicates', async () => {
    const { api, writes } = fakeStorage();
    const store = createDraftPhraseStore(api);
    await store.add('  Just   following up ');
    expect(await store.add('just following up')).toEqual(['Just following up']);
    await store.add('circling back');
    expect(await store.load()).toEqual(['Just following up', 'circling back']);
    expect(writes.every((write) => write.area === 'local')).toBe(true);
    expect(api.sync.data.size).toBe(0);
    expect(api.local.data.get(DRAFT_PHRASES_KEY)).toEqual({ version: 1, phrases: ['Just following up', 'circling back'] });
  });

  test('a full list refuses the next phrase with a message and saves nothing', async () => {
    const { api } = fakeStorage();
    const full = longNames(SETTINGS_LIMITS.listItems, 10);
    await api.local.set({ [DRAFT_PHRASES_KEY]: { version: 1, phrases: full } });
    const store = createDraftPhraseStore(api);
    const added = store.add('one more');
    await expect(added).rejects.toBeInstanceOf(SettingsLimitError);
    await expect(added).rejects.toThrow('are full (100 of 100)');
    expect(await store.load()).toEqual(full);
    // A phrase already there is no change, so a full list still accepts it quietly.
    expect(await store.add(full[0]!)).toEqual(full);
  });

  test('a phrase longer than the limit is refused, not cut', async () => {
    const { api } = fakeStorage();
    const store = createDraftPhraseStore(api);
    await expect(store.add('x'.repeat(SETTINGS_LIMITS.itemLength + 1))).rejects.toThrow(/at most 100 characters/);
    expect(api.local.data.has(DRAFT_PHRASES_KEY)).toBe(false);
  });

  test("the browser's quota error reaches the caller as StorageQuotaError", async () => {
    const { api } = fakeStorage({ failLocal: new Error('QuotaExceededError: storage.local quota exceeded') });
    const store = createDraftPhraseStore(api);
    await expect(store.add('circling back')).rejects.toBeInstanceOf(StorageQuotaError);
  });

  test('remove forgets a phrase and watch reports the new list', async () => {
    const { api } = fakeStorage();
    const store = createDraftPhraseStore(api);
    const seen: string[][] = [];
    const stop = store.watch((phrases) => seen.push(phrases));
    await store.add('circling back');
    await store.add('touching base');
    await store.remove('Circling Back');
    stop();
    expect(await store.load()).toEqual(['touching base']);
    expect(seen).toEqual([['circling back'], ['circling back', 'touching base'], ['touching base']]);
  });
});

describe('dismissal store', () => {
  test('remembers fingerprints per draft', async () => {
    const { api } = fakeStorage();
    const store = createDismissalStore(api.local);
    await store.add('gmail:draft-1', 'fp1');
    await store.add('gmail:draft-1', 'fp2');
    await store.add('gmail:draft-2', 'fp3');
    expect(await store.load('gmail:draft-1')).toEqual(['fp1', 'fp2']);
    expect(await store.load('gmail:draft-2')).toEqual(['fp3']);
    expect(await store.load('gmail:none')).toEqual([]);
  });

  test('drops the oldest entries past the limit and does not duplicate', async () => {
    const { api } = fakeStorage();
    let clock = 0;
    const store = createDismissalStore(api.local, { limit: 3, now: () => ++clock });
    for (const fp of ['a', 'b', 'c', 'd']) await store.add('k', fp);
    expect(await store.load('k')).toEqual(['b', 'c', 'd']);
    await store.add('k', 'b');
    expect(await store.load('k')).toEqual(['c', 'd', 'b']);
  });

  test('concurrent adds are not lost', async () => {
    const { api } = fakeStorage();
    const store = createDismissalStore(api.local);
    await Promise.all(['a', 'b', 'c'].map((fp) => store.add('k', fp)));
    expect((await store.load('k')).sort()).toEqual(['a', 'b', 'c']);
  });

  test('refuses anything that looks like text rather than an identifier', async () => {
    const { api } = fakeStorage();
    const store = createDismissalStore(api.local);
    await expect(store.add('k', 'I hope this finds you well')).rejects.toBeInstanceOf(TypeError);
    await expect(store.add('a draft key with words', 'fp')).rejects.toBeInstanceOf(TypeError);
    expect(api.local.data.has(DISMISSALS_KEY)).toBe(false);
  });

  test('ignores a damaged stored value', async () => {
    const { api } = fakeStorage();
    await api.local.set({ [DISMISSALS_KEY]: { entries: [{ draft: 'k' }, 'junk', { draft: 'k', fingerprint: 'ok', at: 1 }] } });
    expect(await createDismissalStore(api.local).load('k')).toEqual(['ok']);
  });
});
