/**
 * Turning raw input into text: decoding files and parsing `--jsonl` records. Pure, so the
 * rejection of binary files and malformed records is unit-tested without touching the disk.
 */
import type { Channel } from '../core/types';
import { CHANNELS } from './args';

/** A problem with one input (unreadable, binary, malformed); the CLI prints it and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** How much of a file is sniffed for NUL bytes; text files do not contain them. */
const SNIFF_BYTES = 8192;

/**
 * Decodes a file's bytes as UTF-8 text (a leading BOM is dropped). Rejects binary content:
 * a NUL byte near the start, or bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new InputError(`${name}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not UTF-8 text (binary or another encoding)`);
  }
}

/** The readable reason for a Node file-system error code. */
export function describeFsError(name: string, error: unknown): InputError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
  return new InputError(`${name}: ${reason}`);
}

export interface JsonlRecord {
  id: unknown;
  text: string;
  channel: Channel | undefined;
}

/**
 * Parses JSON Lines input. Blank lines are skipped; every other line must be an object with an
 * `id`, a string `text` and an optional known `channel`. The first bad line throws, naming its
 * line number, so nothing is written for a batch that cannot be read whole.
 */
export function parseJsonl(input: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  const lines = input.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const where = `stdin line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${where}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: expected a JSON object like {"id": 1, "text": "…"}`);
    const record = value as Record<string, unknown>;
    if (!('id' in record)) throw new InputError(`${where}: missing "id"`);
    if (typeof record.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
    const channel = record.channel;
    if (channel !== undefined && channel !== null && !(typeof channel === 'string' && (CHANNELS as readonly string[]).includes(channel))) {
      throw new InputError(`${where}: unknown "channel" ${JSON.stringify(channel)}; use one of ${CHANNELS.join(', ')}`);
    }
    records.push({ id: record.id, text: record.text, channel: (channel ?? undefined) as Channel | undefined });
  }
  return records;
}
