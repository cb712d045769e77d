/**
 * The settings schema: types, defaults and validation. Pure (no extension APIs) so the options
 * page, the content script, tests and the import/export feature share one definition.
 * `storage.ts` persists it in `storage.sync` under the key `settings`.
 */
import type { Channel, Sensitivity } from '../core/types';
import type { SiteId } from './protocol';

/** Current schema version; bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Rule id → enabled. Missing ids use the rule's default (on). */
  rules: Record<string, boolean>;
  sensitivity: Sensitivity;
  /** The writer's own company and product names (count as self-references). */
  ownNames: string[];
  /** Phrases never to flag. */
  ignoredPhrases: string[];
  /** Per-site switch; false = Outward paused on that site. */
  sites: Record<SiteId, boolean>;
  /** Channel assumed for a new composer when the site does not tell; 'auto' = infer. */
  defaultChannel: Channel | 'auto';
}

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  rules: {},
  sensitivity: 'balanced',
  ownNames: [],
  ignoredPhrases: [],
  sites: { gmail: true, linkedin: true },
  defaultChannel: 'auto',
});

// ---------------------------------------------------------------------------------------------
// Validation, migrations and rule-id renames (pure; used by storage.ts and the options import).

/** Every channel id, for validating `defaultChannel` (a Record so a new Channel fails to compile here). */
const CHANNEL_IDS: Record<Channel, true> = {
  'cold-email': true,
  'follow-up': true,
  'linkedin-note': true,
  'linkedin-message': true,
  reply: true,
  'service-reply': true,
  newsletter: true,
};

/** Channel ids in display order. */
export const CHANNELS = Object.keys(CHANNEL_IDS) as Channel[];

const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
const SITE_IDS: readonly SiteId[] = ['gmail', 'linkedin'];

/** Limits that keep the one `settings` item well under the 8 KB sync quota per item. */
export const SETTINGS_LIMITS = { listItems: 100, itemLength: 100 } as const;

/**
 * Renamed rule ids: old id → new id. A rule switched off under its old name stays off under the
 * new one. Add an entry whenever a rule id changes (ids are API, STYLE.md habit 10).
 */
export const RULE_RENAMES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Ordered migrations: `MIGRATIONS[n]` turns a version-n object into version n+1. Version 0 is
 * the unversioned shape (same fields, no `version`).
 */
export const MIGRATIONS: ReadonlyArray<(old: Record<string, unknown>) => Record<string, unknown>> = [
  (old) => ({ ...old, version: 1 }),
];

/** Outcome of strict validation (used for imported files). */
export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs the migrations from `raw.version` up to the current version. Throws on unknown versions. */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  const from = raw['version'] === undefined ? 0 : raw['version'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) throw new Error('The settings version is not a number.');
  if (from > SETTINGS_VERSION) throw new Error('These settings come from a newer version of Outward. Update Outward first.');
  let current = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from settings version ${version}.`);
    current = step(current);
  }
  return current;
}

/** Applies the rename map to a rule switch table; an explicit entry under the new id wins. */
export function renameRules(rules: Record<string, boolean>, renames: Readonly<Record<string, string>> = RULE_RENAMES): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const [id, enabled] of Object.entries(rules)) {
    const target = renames[id];
    if (target === undefined) result[id] = enabled;
  }
  for (const [id, enabled] of Object.entries(rules)) {
    const target = renames[id];
    if (target !== undefined && !(target in result)) result[target] = enabled;
  }
  return result;
}

/** Trims, drops empties and duplicates (case-insensitively), and caps a list of names or phrases. */
export function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.replace(/\s+/g, ' ').trim().slice(0, SETTINGS_LIMITS.itemLength);
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
    if (result.length >= SETTINGS_LIMITS.listItems) break;
  }
  return result;
}

const KNOWN_KEYS = new Set(['version', 'rules', 'sensitivity', 'ownNames', 'ignoredPhrases', 'sites', 'defaultChannel']);

/**
 * Strict check of a settings object (an imported file): migrates it, then every field must have
 * the right type and no unknown field may appear. Missing fields take their defaults, so an
 * export from an older version still imports.
 */
export function validateSettings(raw: unknown, renames: Readonly<Record<string, string>> = RULE_RENAMES): SettingsValidation {
  if (!isRecord(raw)) return { ok: false, error: 'This file does not contain Outward settings.' };
  if (typeof raw['version'] !== 'number') return { ok: false, error: 'This file does not contain Outward settings (no settings version).' };
  let value: Record<string, unknown>;
  try {
    value = migrateSettings(raw);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.has(key)) return { ok: false, error: `This file has a field Outward does not know: "${key}".` };
  }
  const settings: Settings = structuredClone({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites } });
  const rules = value['rules'];
  if (rules !== undefined) {
    if (!isRecord(rules) || !Object.values(rules).every((enabled) => typeof enabled === 'boolean')) {
      return { ok: false, error: 'The rule switches must be on or off (true or false).' };
    }
    settings.rules = renameRules(rules as Record<string, boolean>, renames);
  }
  const sensitivity = value['sensitivity'];
  if (sensitivity !== undefined) {
    if (!SENSITIVITIES.includes(sensitivity as Sensitivity)) return { ok: false, error: 'Sensitivity must be relaxed, balanced or strict.' };
    settings.sensitivity = sensitivity as Sensitivity;
  }
  for (const key of ['ownNames', 'ignoredPhrases'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return { ok: false, error: `"${key}" must be a list of text.` };
    if (list.length > SETTINGS_LIMITS.listItems) return { ok: false, error: `"${key}" has more than ${SETTINGS_LIMITS.listItems} entries.` };
    settings[key] = cleanList(list);
  }
  const sites = value['sites'];
  if (sites !== undefined) {
    if (!isRecord(sites)) return { ok: false, error: 'The site switches must be on or off (true or false).' };
    for (const [site, enabled] of Object.entries(sites)) {
      if (!SITE_IDS.includes(site as SiteId) || typeof enabled !== 'boolean') return { ok: false, error: 'The site switches must be on or off (true or false).' };
      settings.sites[site as SiteId] = enabled;
    }
  }
  const channel = value['defaultChannel'];
  if (channel !== undefined) {
    if (channel !== 'auto' && !(typeof channel === 'string' && channel in CHANNEL_IDS)) return { ok: false, error: 'The default channel is not one Outward knows.' };
    settings.defaultChannel = channel as Settings['defaultChannel'];
  }
  return { ok: true, settings };
}

/**
 * Lenient reading of stored settings: never fails. Whatever cannot be read falls back to the
 * default for that field, so a damaged item cannot stop the extension.
 */
export function normalizeSettings(raw: unknown, renames: Readonly<Record<string, string>> = RULE_RENAMES): Settings {
  const fresh = (): Settings => structuredClone({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites } });
  if (!isRecord(raw)) return fresh();
  let value: Record<string, unknown>;
  try {
    value = migrateSettings(raw);
  } catch {
    return fresh();
  }
  const settings = fresh();
  // Reuse the strict checks field by field, keeping the default where a field fails.
  for (const key of KNOWN_KEYS) {
    if (key === 'version' || value[key] === undefined) continue;
    const single = validateSettings({ version: SETTINGS_VERSION, [key]: value[key] }, renames);
    if (single.ok) (settings as unknown as Record<string, unknown>)[key] = single.settings[key as keyof Settings];
  }
  return settings;
}

/** Parses and strictly validates the text of an exported settings file. */
export function parseSettingsFile(text: string): SettingsValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a settings file (it is not valid JSON).' };
  }
  return validateSettings(raw);
}

/** The text of an export file: the settings as indented JSON. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Whether two settings objects are the same (field by field, order-insensitive for rule ids). */
export function sameSettings(a: Settings, b: Settings): boolean {
  const canonical = (s: Settings) =>
    JSON.stringify({ ...s, rules: Object.fromEntries(Object.entries(s.rules).sort(([x], [y]) => x.localeCompare(y))) });
  return canonical(a) === canonical(b);
}
