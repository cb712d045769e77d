/**
 * The settings file: the JSON the options page exports, read with the same schema, validation,
 * migrations and messages as the options page's import (platform/settings is pure), and found
 * like ESLint's and Prettier's configs: `--config FILE`, else `outward.config.json` in the current
 * folder or the nearest parent that has one.
 */
import { dirname, join, resolve } from 'node:path';
import { listRules } from '../core/index';
import { parseSettingsFile, type Settings } from '../platform/settings';
import { decodeText, describeFsError, InputError } from './input';

export const CONFIG_NAME = 'outward.config.json';

export interface LoadedConfig {
  /** The path as given, or the discovered file's path. */
  path: string;
  settings: Settings;
  /** What the options page would also warn about (switches for rules this build does not have). */
  warnings: string[];
}

const errorCode = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined);

/** Parses a settings file's bytes; a file the options page would refuse is refused with its message. */
export function readConfig(path: string, bytes: Uint8Array): LoadedConfig {
  const result = parseSettingsFile(decodeText(bytes, path), listRules().map((rule) => rule.id));
  if (!result.ok) throw new InputError(`${path}: ${result.error}`);
  return { path, settings: result.settings, warnings: result.warnings };
}

/**
 * The settings the command runs with: the given file, none for `--no-config` (`false`), or the
 * nearest outward.config.json from `cwd` upwards (none when there is no such file).
 */
export function loadConfig(choice: string | false | undefined, cwd: string, readFile: (path: string) => Uint8Array): LoadedConfig | null {
  if (choice === false) return null;
  if (choice !== undefined) {
    let bytes;
    try {
      bytes = readFile(resolve(cwd, choice));
    } catch (error) {
      throw describeFsError(choice, error);
    }
    return readConfig(choice, bytes);
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_NAME);
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFile(path);
    } catch (error) {
      // Not here: look in the parent. Anything else (unreadable, a folder) is an error to report.
      if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw describeFsError(path, error);
    }
    if (bytes) return readConfig(path, bytes);
    if (dirname(dir) === dir) return null;
  }
}
