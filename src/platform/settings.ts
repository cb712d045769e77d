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
  /**
   * Read what a draft answers (the message, the post, the person's name) while its composer is
   * focused; false = judge every draft on its own. The context itself is never stored. Absent
   * means on (so settings from before the switch, and the defaults, need no field for it).
   */
  readContext?: false;
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

/**
 * Limits of each list (own names, phrases typed in the options page, phrases added from drafts):
 * at most `listItems` entries of at most `itemLength` characters, and a synced list must also fit
 * one sync item. Input beyond them is refused with a message, never cut.
 */
export const SETTINGS_LIMITS = { listItems: 100, itemLength: 100 } as const;

/** The browser's `storage.sync` limit per item (its key plus its JSON, in UTF-8 bytes). */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** Bytes an item counts against the sync quota: its key plus its JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** How a list is named in messages. */
export interface ListNames {
  plural: string;
  one: string;
}

/** The synced lists a user types, by the key each is stored under. */
export type ListKey = 'ownNames' | 'ignoredPhrases';

export const LIST_NAMES: Record<ListKey, ListNames> = {
  ownNames: { plural: 'company and product names', one: 'name' },
  ignoredPhrases: { plural: 'phrases never to flag', one: 'phrase' },
};

/** The device-only list of phrases added from drafts ("Don't flag this phrase"). */
export const DRAFT_PHRASE_NAMES: ListNames = { plural: 'phrases added from drafts', one: 'phrase' };

export type ListCheck = { ok: true; list: string[] } | { ok: false; error: string };

/**
 * Checks a list against its limits and returns it cleaned (trimmed, without empties or
 * duplicates). Beyond a limit the whole list is refused with a message naming the limit and how
 * far over it is, so nothing is silently dropped; the caller saves nothing then. A synced list
 * (`syncKey`) must also fit one sync item.
 */
export function checkList(names: ListNames, values: readonly string[], syncKey: string | null): ListCheck {
  const long = values.map((value) => value.replace(/\s+/g, ' ').trim()).find((value) => value.length > SETTINGS_LIMITS.itemLength);
  if (long !== undefined) {
    return { ok: false, error: `A ${names.one} can have at most ${SETTINGS_LIMITS.itemLength} characters; "${long.slice(0, 30)}…" has ${long.length}.` };
  }
  const list = cleanList(values, Number.POSITIVE_INFINITY);
  if (list.length > SETTINGS_LIMITS.listItems) {
    return { ok: false, error: `The ${names.plural} can hold at most ${SETTINGS_LIMITS.listItems} entries; this has ${list.length}.` };
  }
  if (syncKey !== null) {
    const bytes = itemBytes(syncKey, list);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return { ok: false, error: `The ${names.plural} are too long to sync: ${bytes} of ${SYNC_QUOTA_BYTES_PER_ITEM} bytes. Shorten or remove some.` };
    }
  }
  return { ok: true, list };
}

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

/**
 * Outcome of strict validation (used for imported files). `warnings` name what was read but
 * ignored (switches for rules this version does not have), for the page to show.
 */
export type SettingsValidation = { ok: true; settings: Settings; warnings: string[] } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `object` has `key` as its own property. Every read of untrusted settings goes through
 * this, so names every object inherits (`constructor`, `toString`, `__proto__`) never count.
 */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Reads an own property only (undefined for inherited or missing ones). */
function ownValue(object: Record<string, unknown>, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** Rule ids are lower-case words joined by hyphens, and never a name every object inherits. */
const RULE_ID = /^[a-z\d]+(?:-[a-z\d]+)*$/;
export function isRuleIdShape(id: string): boolean {
  return RULE_ID.test(id) && !(id in Object.prototype);
}

/** Runs the migrations from `raw.version` up to the current version. Throws on unknown versions. */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  const from = ownValue(raw, 'version') === undefined ? 0 : raw['version'];
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

/**
 * Applies the rename map to a rule switch table; an explicit entry under the new id wins. Only
 * the map's own entries count (an id such as `constructor` is not renamed to what every object
 * inherits), and the result is built with own data properties only.
 */
export function renameRules(rules: Record<string, boolean>, renames: Readonly<Record<string, string>> = RULE_RENAMES): Record<string, boolean> {
  const result = new Map<string, boolean>();
  const renamed = (id: string) => (hasOwn(renames, id) && typeof renames[id] === 'string' ? renames[id] : undefined);
  for (const [id, enabled] of Object.entries(rules)) {
    if (renamed(id) === undefined) result.set(id, enabled);
  }
  for (const [id, enabled] of Object.entries(rules)) {
    const target = renamed(id);
    if (target !== undefined && !result.has(target)) result.set(target, enabled);
  }
  return Object.fromEntries(result);
}

/** How many ignored names a warning lists before it says "and N more". */
const WARNING_NAMES = 5;

function ignoredRulesWarning(ids: readonly string[]): string {
  const shown = ids.slice(0, WARNING_NAMES).map((id) => JSON.stringify(id.slice(0, 40)));
  const more = ids.length > WARNING_NAMES ? ` and ${ids.length - WARNING_NAMES} more` : '';
  return `Ignored switches for rules this version of Outward does not have: ${shown.join(', ')}${more}.`;
}

/**
 * Trims, drops empties and duplicates (case-insensitively), and caps a list of names or phrases
 * (the lenient reading of stored values; input is checked with checkList, which refuses instead).
 */
export function cleanList(values: readonly string[], maxItems: number = SETTINGS_LIMITS.listItems): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.replace(/\s+/g, ' ').trim().slice(0, SETTINGS_LIMITS.itemLength);
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
    if (result.length >= maxItems) break;
  }
  return result;
}

const KNOWN_KEYS = new Set(['version', 'rules', 'sensitivity', 'ownNames', 'ignoredPhrases', 'sites', 'defaultChannel', 'readContext']);

/**
 * Strict check of a settings object (an imported file): migrates it, then every field must have
 * the right type and no unknown field may appear. Missing fields take their defaults, so an
 * export from an older version still imports.
 *
 * Rule switches: after renames, a switch for an id not in `knownRules` (when given), not shaped
 * like a rule id, or named like an inherited property is dropped and reported in `warnings`,
 * never applied. Every read is of own properties only.
 */
export function validateSettings(
  raw: unknown,
  renames: Readonly<Record<string, string>> = RULE_RENAMES,
  knownRules?: Iterable<string>,
): SettingsValidation {
  if (!isRecord(raw)) return { ok: false, error: 'This file does not contain Outward settings.' };
  if (typeof ownValue(raw, 'version') !== 'number') return { ok: false, error: 'This file does not contain Outward settings (no settings version).' };
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
  const warnings: string[] = [];
  const rules = ownValue(value, 'rules');
  if (rules !== undefined) {
    if (!isRecord(rules) || !Object.values(rules).every((enabled) => typeof enabled === 'boolean')) {
      return { ok: false, error: 'The rule switches must be on or off (true or false).' };
    }
    const known = knownRules === undefined ? null : new Set(knownRules);
    const kept: Array<[string, boolean]> = [];
    const ignored: string[] = [];
    for (const [id, enabled] of Object.entries(renameRules(rules as Record<string, boolean>, renames))) {
      if (isRuleIdShape(id) && (known === null || known.has(id))) kept.push([id, enabled]);
      else ignored.push(id);
    }
    settings.rules = Object.fromEntries(kept);
    if (ignored.length > 0) warnings.push(ignoredRulesWarning(ignored));
  }
  const sensitivity = ownValue(value, 'sensitivity');
  if (sensitivity !== undefined) {
    if (!SENSITIVITIES.includes(sensitivity as Sensitivity)) return { ok: false, error: 'Sensitivity must be relaxed, balanced or strict.' };
    settings.sensitivity = sensitivity as Sensitivity;
  }
  for (const key of ['ownNames', 'ignoredPhrases'] as const) {
    const list = ownValue(value, key);
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return { ok: false, error: `"${key}" must be a list of text.` };
    const checked = checkList(LIST_NAMES[key], list, key);
    if (!checked.ok) return { ok: false, error: checked.error };
    settings[key] = checked.list;
  }
  const sites = ownValue(value, 'sites');
  if (sites !== undefined) {
    if (!isRecord(sites)) return { ok: false, error: 'The site switches must be on or off (true or false).' };
    for (const [site, enabled] of Object.entries(sites)) {
      if (!SITE_IDS.includes(site as SiteId) || typeof enabled !== 'boolean') return { ok: false, error: 'The site switches must be on or off (true or false).' };
      settings.sites[site as SiteId] = enabled;
    }
  }
  const channel = ownValue(value, 'defaultChannel');
  if (channel !== undefined) {
    if (channel !== 'auto' && !(typeof channel === 'string' && hasOwn(CHANNEL_IDS, channel))) return { ok: false, error: 'The default channel is not one Outward knows.' };
    settings.defaultChannel = channel as Settings['defaultChannel'];
  }
  // Off only when switched off; on is the default, so a file may leave the field out.
  if (ownValue(value, 'readContext') === false) settings.readContext = false;
  return { ok: true, settings, warnings };
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
    if (key === 'version' || ownValue(value, key) === undefined) continue;
    const single = validateSettings({ version: SETTINGS_VERSION, [key]: value[key] }, renames);
    if (single.ok) (settings as unknown as Record<string, unknown>)[key] = single.settings[key as keyof Settings];
    else if ((key === 'ownNames' || key === 'ignoredPhrases') && Array.isArray(value[key]) && (value[key] as unknown[]).every((item) => typeof item === 'string')) {
      // A stored list past today's limits (written by an older version) is read as far as it goes.
      settings[key] = cleanList(value[key] as string[]);
    }
  }
  return settings;
}

/**
 * Parses and strictly validates the text of an exported settings file; `knownRules` are the
 * rule ids this build has (switches for others are reported and ignored).
 */
export function parseSettingsFile(text: string, knownRules?: Iterable<string>): SettingsValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a settings file (it is not valid JSON).' };
  }
  return validateSettings(raw, RULE_RENAMES, knownRules);
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
