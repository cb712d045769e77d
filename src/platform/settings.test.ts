import { describe, expect, test } from 'vitest';
import {
  CHANNELS,
  checkList,
  DRAFT_PHRASE_NAMES,
  LIST_NAMES,
  cleanList,
  itemBytes,
  SYNC_QUOTA_BYTES_PER_ITEM,
  DEFAULT_SETTINGS,
  migrateSettings,
  normalizeSettings,
  parseSettingsFile,
  renameRules,
  sameSettings,
  serializeSettings,
  SETTINGS_VERSION,
  validateSettings,
  type Settings,
} from './settings';

const sample: Settings = {
  version: SETTINGS_VERSION,
  rules: { chasing: false, superlatives: true },
  sensitivity: 'strict',
  ownNames: ['Acme', 'Acme Cloud'],
  ignoredPhrases: ['just checking in'],
  sites: { gmail: true, linkedin: false },
  defaultChannel: 'follow-up',
  readContext: false,
};

describe('the context switch', () => {
  test('is on by default (no field), and a file or stored value from before it reads as on', () => {
    expect(DEFAULT_SETTINGS).not.toHaveProperty('readContext');
    expect(normalizeSettings({ version: 1, sensitivity: 'strict' }).readContext).toBeUndefined();
    const old = validateSettings({ version: 1, defaultChannel: 'reply', readContext: true });
    expect(old.ok && old.settings).not.toHaveProperty('readContext');
  });

  test('is off only when switched off: any other value reads as on (the default), so nothing else is kept', () => {
    expect(normalizeSettings({ version: 1, readContext: false }).readContext).toBe(false);
    const off = validateSettings({ version: 1, readContext: false });
    expect(off.ok && off.settings.readContext).toBe(false);
    for (const value of ['no', 0, null, {}]) {
      // Undefined, which JSON (storage and export files) leaves out.
      expect(normalizeSettings({ version: 1, readContext: value }).readContext).toBeUndefined();
      const read = validateSettings({ version: 1, readContext: value });
      expect(read.ok && read.settings).not.toHaveProperty('readContext');
    }
  });
});

describe('settings files', () => {
  test('serialise → parse round-trips exactly', () => {
    const parsed = parseSettingsFile(serializeSettings(sample));
    expect(parsed).toEqual({ ok: true, settings: sample, warnings: [] });
  });

  test.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['an array', '[1,2]', /does not contain Outward settings/],
    ['a package.json', '{"name":"x","version":"1.0.0"}', /no settings version/],
    ['a newer version', '{"version":99}', /newer version/],
    ['an unknown field', '{"version":1,"theme":"dark"}', /"theme"/],
    ['a bad sensitivity', '{"version":1,"sensitivity":"max"}', /Sensitivity/],
    ['a bad rule switch', '{"version":1,"rules":{"x":"off"}}', /rule switches/],
    ['an unknown site', '{"version":1,"sites":{"twitter":true}}', /site switches/],
    ['a bad channel', '{"version":1,"defaultChannel":"fax"}', /channel/],
    ['names that are not text', '{"version":1,"ownNames":[1]}', /ownNames/],
    ['101 names', JSON.stringify({ version: 1, ownNames: Array.from({ length: 101 }, (_, i) => `n${i}`) }), /at most 100 entries; this has 101/],
    ['a phrase of 101 characters', JSON.stringify({ version: 1, ignoredPhrases: ['p'.repeat(101)] }), /at most 100 characters/],
    ['phrases too long to sync', JSON.stringify({ version: 1, ignoredPhrases: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(100, 'q')) }), /too long to sync/],
  ])('rejects %s with a clear error', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('an older export without some fields imports with defaults for them', () => {
    const result = validateSettings({ version: 1, sensitivity: 'relaxed' });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sensitivity: 'relaxed' }, warnings: [] });
  });

  test('every channel is accepted as the default channel', () => {
    for (const channel of [...CHANNELS, 'auto']) expect(validateSettings({ version: 1, defaultChannel: channel }).ok).toBe(true);
  });
});

describe('migrations and renames', () => {
  test('an unversioned object migrates to the current version', () => {
    expect(migrateSettings({ sensitivity: 'strict' })).toEqual({ sensitivity: 'strict', version: SETTINGS_VERSION });
    expect(normalizeSettings({ sensitivity: 'strict' }).sensitivity).toBe('strict');
  });

  test('renames move a switch to the new id; an explicit new entry wins', () => {
    expect(renameRules({ old: false, keep: true }, { old: 'new' })).toEqual({ keep: true, new: false });
    expect(renameRules({ old: false, new: true }, { old: 'new' })).toEqual({ new: true });
  });

  test('normalise never throws and falls back to defaults', () => {
    for (const raw of [null, 3, 'x', [], { version: 'one' }, { version: 50 }]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('list limits', () => {
  test('a list within its limits comes back cleaned', () => {
    expect(checkList(LIST_NAMES.ownNames, [' Acme ', 'acme', '', 'Globex'], 'ownNames')).toEqual({ ok: true, list: ['Acme', 'Globex'] });
    expect(checkList(LIST_NAMES.ownNames, Array.from({ length: 100 }, (_, i) => `n${i}`), 'ownNames').ok).toBe(true);
  });

  test('one entry too many is refused, counting distinct entries only', () => {
    const names = Array.from({ length: 100 }, (_, i) => `n${i}`);
    expect(checkList(LIST_NAMES.ownNames, [...names, 'N0', ''], 'ownNames').ok).toBe(true);
    expect(checkList(LIST_NAMES.ownNames, [...names, 'n100'], 'ownNames')).toEqual({ ok: false, error: 'The company and product names can hold at most 100 entries; this has 101.' });
  });

  test('an entry one character too long is refused, not cut', () => {
    expect(checkList(LIST_NAMES.ignoredPhrases, ['a'.repeat(100)], 'ignoredPhrases').ok).toBe(true);
    const refused = checkList(LIST_NAMES.ignoredPhrases, ['a'.repeat(101)], 'ignoredPhrases');
    expect(refused).toEqual({ ok: false, error: `A phrase can have at most 100 characters; "${'a'.repeat(30)}…" has 101.` });
  });

  test('a synced list must fit one sync item (its key and JSON in UTF-8); the device-only list need not', () => {
    // 80 names of 100 two-byte characters: within the counts, far over 8 KB.
    const names = Array.from({ length: 80 }, (_, i) => `${i}`.padEnd(100, 'é'));
    const refused = checkList(LIST_NAMES.ownNames, names, 'ownNames');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toBe(`The company and product names are too long to sync: ${itemBytes('ownNames', names)} of ${SYNC_QUOTA_BYTES_PER_ITEM} bytes. Shorten or remove some.`);
    expect(checkList(DRAFT_PHRASE_NAMES, names, null).ok).toBe(true);
  });
});

describe('lists', () => {
  test('trims, collapses spaces, drops empties and case-insensitive duplicates', () => {
    expect(cleanList(['  Acme ', 'acme', '', 'Acme   Cloud'])).toEqual(['Acme', 'Acme Cloud']);
  });
  test('sameSettings ignores rule order only', () => {
    expect(sameSettings(sample, { ...sample, rules: { superlatives: true, chasing: false } })).toBe(true);
    expect(sameSettings(sample, { ...sample, rules: { superlatives: true, chasing: true } })).toBe(false);
  });
});
