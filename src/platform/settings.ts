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
