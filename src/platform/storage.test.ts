import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createDismissalStore,
  createSettingsStore,
  DISMISSALS_KEY,
  SETTINGS_KEY,
  StorageQuotaError,
  type StorageApi,
  type StorageAreaLike,
  type StorageChangeListener,
} from './storage';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** An in-memory `browser.storage` with change events, like the real one (values are copied). */
function fakeStorage(options: { failSync?: Error } = {}) {
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
        if (name === 'sync' && options.failSync) throw options.failSync;
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

describe('settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('an empty storage loads the defaults', async () => {
    const { api } = fakeStorage();
    expect(await createSettingsStore(api).load()).toEqual(DEFAULT_SETTINGS);
  });

  test('writes are debounced into one write of the last value', async () => {
    const { api, writes } = fakeStorage();
    const store = createSettingsStore(api, { debounceMs: 300 });
    const first = store.save({ ...custom(), sensitivity: 'relaxed' });
    const second = store.save(custom());
    expect(writes).toHaveLength(0);
    // A pending value is what a load sees, so the options page never shows stale settings.
    expect((await store.load()).sensitivity).toBe('strict');
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([first, second]);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.items[SETTINGS_KEY]).toEqual(custom());
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
    expect(api.sync.data.get(SETTINGS_KEY)).toEqual(next);
  });

  test('settings too large for one sync item are refused with StorageQuotaError before writing', async () => {
    const { api, writes } = fakeStorage();
    const store = createSettingsStore(api);
    const rules = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`some-long-rule-identifier-${i}`, false]));
    await expect(store.save({ ...custom(), rules })).rejects.toBeInstanceOf(StorageQuotaError);
    await vi.runAllTimersAsync();
    expect(writes).toHaveLength(0);
  });

  test('a quota error from the browser reaches the caller as StorageQuotaError', async () => {
    const { api } = fakeStorage({ failSync: new Error('QUOTA_BYTES quota exceeded') });
    const store = createSettingsStore(api, { debounceMs: 5 });
    const saved = store.save(custom());
    const outcome = expect(saved).rejects.toBeInstanceOf(StorageQuotaError);
    await vi.advanceTimersByTimeAsync(5);
    await outcome;
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
    expect(api.sync.data.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
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
