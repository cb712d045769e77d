// Hostile settings files and stored values: inherited property names at every level, wrong
// types, huge values. Whatever comes in, what comes out is a well-formed Settings object that
// holds only own data and only ids this build knows.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { propertySeed } from '../core/testing/seed';
import { CHANNELS, normalizeSettings, parseSettingsFile, serializeSettings, SETTINGS_LIMITS, validateSettings, type Settings } from './settings';

const KNOWN_RULES = ['chasing', 'hollow-opener', 'superlatives'];
const INHERITED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString'];
const FIELDS = ['version', 'rules', 'sensitivity', 'ownNames', 'ignoredPhrases', 'sites', 'defaultChannel', 'readContext'];
/** Always present; `readContext` is there only when the context switch is off. */
const REQUIRED = FIELDS.filter((field) => field !== 'readContext');

/** Keys a hostile file might use: inherited names, real field and rule ids, anything. */
const key = fc.oneof(fc.constantFrom(...INHERITED), fc.constantFrom(...FIELDS, ...KNOWN_RULES, 'gmail', 'linkedin'), fc.string({ maxLength: 12 }));

/** Values: wrong types, huge strings and lists, nested objects keyed the same way. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('strict', 'auto', 'follow-up', 'toString', '__proto__'),
    fc.constant('x'.repeat(5_000)),
    fc.array(fc.string({ maxLength: 150 }), { maxLength: 120 }),
    fc.constant(Array.from({ length: 101 }, (_, i) => `name ${i}`)),
    fc.array(tie('any'), { maxLength: 4 }),
    tie('object'),
  ),
  // Built with defineProperty-like semantics (fromEntries), so `__proto__` is an own key, as in JSON.parse.
  object: fc.array(fc.tuple(key, tie('any')), { maxLength: 6 }).map((entries) => Object.fromEntries(entries)),
})).any;

/** A settings-like file: version 1 plus hostile fields, sometimes the real ones with hostile contents. */
const hostile = fc
  .tuple(
    fc.array(fc.tuple(key, value), { maxLength: 8 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...INHERITED), fc.constantFrom(...KNOWN_RULES), fc.string({ maxLength: 8 })), fc.oneof(fc.boolean(), value), {
      maxKeys: 6,
    }),
    fc.boolean(),
  )
  .map(([fields, rules, withRules]) => {
    const object = Object.fromEntries(fields);
    // Every other case keeps the file importable apart from the rule table, to reach that code.
    return withRules ? Object.fromEntries([['version', 1], ['rules', rules]]) : { ...object, version: 1 };
  });

function expectWellFormed(settings: Settings): void {
  expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
  expect(Object.keys(settings).filter((k) => k !== 'readContext').sort()).toEqual([...REQUIRED].sort());
  expect(Object.getPrototypeOf(settings.rules)).toBe(Object.prototype);
  for (const [id, enabled] of Object.entries(settings.rules)) {
    expect(KNOWN_RULES).toContain(id);
    expect(typeof enabled).toBe('boolean');
  }
  expect(['relaxed', 'balanced', 'strict']).toContain(settings.sensitivity);
  expect(['auto', ...CHANNELS]).toContain(settings.defaultChannel);
  expect([undefined, false]).toContain(settings.readContext);
  expect(Object.keys(settings.sites).sort()).toEqual(['gmail', 'linkedin']);
  for (const enabled of Object.values(settings.sites)) expect(typeof enabled).toBe('boolean');
  for (const list of [settings.ownNames, settings.ignoredPhrases]) {
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeLessThanOrEqual(SETTINGS_LIMITS.listItems);
    for (const item of list) {
      expect(typeof item).toBe('string');
      expect(item.length).toBeLessThanOrEqual(SETTINGS_LIMITS.itemLength);
    }
  }
}

describe('hostile settings', () => {
  test('an imported file is rejected or yields well-formed settings with known rules only', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const result = parseSettingsFile(JSON.stringify(raw), KNOWN_RULES);
        if (!result.ok) {
          expect(result.error).toMatch(/\S/);
          return;
        }
        expectWellFormed(result.settings);
        // What was stored survives its own export and import unchanged.
        expect(parseSettingsFile(serializeSettings(result.settings), KNOWN_RULES)).toEqual({ ok: true, settings: result.settings, warnings: [] });
      }),
      { numRuns: 2_000, ...propertySeed() },
    );
    // No read of a hostile object reached the shared prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  test('a damaged stored value always reads as well-formed settings', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, value), (raw) => {
        const settings = normalizeSettings(raw);
        // Without a rule list the stored read still drops every id that is not shaped like one.
        const restricted = { ...settings, rules: Object.fromEntries(Object.entries(settings.rules).filter(([id]) => KNOWN_RULES.includes(id))) };
        expectWellFormed(restricted);
        for (const id of Object.keys(settings.rules)) {
          expect(INHERITED).not.toContain(id);
          expect(id).toMatch(/^[a-z\d-]+$/);
        }
      }),
      { numRuns: 2_000, ...propertySeed() },
    );
  });

  test('inherited names and unknown ids in the rule table are reported and never applied', () => {
    const result = parseSettingsFile('{"version":1,"rules":{"__proto__":false,"constructor":false,"toString":false,"chasing":false,"gone-rule":true}}', KNOWN_RULES);
    expect(result).toEqual({
      ok: true,
      settings: expect.objectContaining({ rules: { chasing: false } }),
      warnings: ['Ignored switches for rules this version of Outward does not have: "__proto__", "constructor", "toString", "gone-rule".'],
    });
  });

  test('an inherited name is never taken for a channel, a site or a field', () => {
    expect(validateSettings({ version: 1, defaultChannel: 'toString' }).ok).toBe(false);
    expect(validateSettings({ version: 1, sites: JSON.parse('{"__proto__":true}') }).ok).toBe(false);
    expect(validateSettings(JSON.parse('{"version":1,"__proto__":{"sensitivity":"strict"}}')).ok).toBe(false);
    // An inherited `rules` (not the object's own) is not read at all.
    const inheriting = Object.create({ rules: { chasing: false } }) as Record<string, unknown>;
    inheriting['version'] = 1;
    expect(validateSettings(inheriting)).toEqual({ ok: true, settings: normalizeSettings({}), warnings: [] });
  });

  test('a rename map entry only counts when it is the map’s own', () => {
    const result = validateSettings({ version: 1, rules: { constructor: false, 'old-id': false } }, { 'old-id': 'chasing' }, KNOWN_RULES);
    expect(result.ok && result.settings.rules).toEqual({ chasing: false });
  });
});
