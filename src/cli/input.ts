/**
 * Turning raw input into text: decoding files, splitting off a subject line and reading `--jsonl`
 * records. Pure, so the rejection of binary files and malformed records is unit-tested without
 * touching the disk.
 */
import type { Channel } from '../core/types';
import { CHANNELS, CONTEXT_KINDS, type CliContextKind } from './args';

/** A problem with one input (unreadable, binary, malformed); the CLI prints it and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** How much of a file is sniffed for NUL bytes; text files do not contain them. */
const SNIFF_BYTES = 8192;

/** The encoding a byte-order mark announces, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes a file's bytes as text: UTF-8 with or without a byte-order mark, or UTF-16 (little- or
 * big-endian) with one; the mark is dropped. Rejects binary content: a NUL byte near the start of
 * a file without a UTF-16 mark, or bytes that are not valid in the encoding.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const encoding = bomEncoding(bytes) ?? 'utf-8';
  if (encoding === 'utf-8' && bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(`${name}: looks like a binary file, not text`);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const what = encoding === 'utf-8' ? 'UTF-8 text (binary or another encoding)' : `valid ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text`;
    throw new InputError(`${name}: is not ${what}`);
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

/** A file's text cut into an optional subject and the body, with where each starts in the file. */
export interface Parts {
  /** The text after `Subject:` on the first line (trimmed), or null when there is no such line. */
  subject: { start: number; text: string } | null;
  body: { start: number; text: string };
}

const SUBJECT_LABEL = /^subject:[ \t]*/i;

/**
 * Splits a leading `Subject: …` line off a draft: an email template often starts with one, and a
 * subject is read apart from the body (DESIGN.md §2). Offsets are UTF-16 units into `text`.
 */
export function splitSubject(text: string): Parts {
  const label = SUBJECT_LABEL.exec(text);
  if (!label) return { subject: null, body: { start: 0, text } };
  const start = label[0].length;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  const bodyStart = newline === -1 ? text.length : newline + 1;
  return { subject: { start, text: text.slice(start, lineEnd).trimEnd() }, body: { start: bodyStart, text: text.slice(bodyStart) } };
}

export interface JsonlRecord {
  id: unknown;
  text: string;
  channel: Channel | undefined;
  /** What the draft answers, with its kind; undefined when the record has none. */
  context?: { text: string; kind: CliContextKind };
}

/** One `--jsonl` input line: a record to analyse, or why it cannot be (with its id when it has one). */
export type JsonlLine = { ok: true; record: JsonlRecord } | { ok: false; id: unknown; error: string };

const RECORD_FIELDS = new Set(['id', 'text', 'channel', 'context', 'context_kind']);

/**
 * Reads one non-blank `--jsonl` line (1-based `lineNumber`, for the message): an object with an
 * `id`, a string `text` and an optional known `channel`, and no other field.
 */
export function parseJsonlLine(raw: string, lineNumber: number): JsonlLine {
  const where = `line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, id: null, error: `${where}: invalid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: `${where}: expected a JSON object like {"id": 1, "text": "…"}` };
  }
  const record = value as Record<string, unknown>;
  const id = Object.hasOwn(record, 'id') ? record.id : null;
  const fail = (error: string): JsonlLine => ({ ok: false, id, error: `${where}: ${error}` });
  if (!Object.hasOwn(record, 'id')) return fail('missing "id"');
  const unknown = Object.keys(record).find((key) => !RECORD_FIELDS.has(key));
  if (unknown !== undefined) return fail(`unknown field ${JSON.stringify(unknown)}; a record has "id", "text", "channel", "context" and "context_kind"`);
  if (typeof record.text !== 'string') return fail('"text" must be a string');
  const channel = record.channel;
  if (channel !== undefined && channel !== null && !(typeof channel === 'string' && (CHANNELS as readonly string[]).includes(channel))) {
    return fail(`unknown "channel" ${JSON.stringify(channel)}; use one of ${CHANNELS.join(', ')}`);
  }
  const result: JsonlRecord = { id, text: record.text, channel: (channel ?? undefined) as Channel | undefined };
  const context = record.context;
  const kind = record.context_kind;
  if (context !== undefined && context !== null) {
    if (typeof context !== 'string') return fail('"context" must be a string: the message or post the draft answers');
    if (context.trim() === '') return fail('"context" is empty; give the message or post the draft answers, or leave the field out');
    if (kind !== undefined && kind !== null && !(typeof kind === 'string' && (CONTEXT_KINDS as readonly string[]).includes(kind))) {
      return fail(`unknown "context_kind" ${JSON.stringify(kind)}; use one of ${CONTEXT_KINDS.join(', ')}`);
    }
    result.context = { text: context, kind: (kind ?? 'message') as CliContextKind };
  } else if (kind !== undefined && kind !== null) {
    return fail('"context_kind" needs a "context"');
  }
  return { ok: true, record: result };
}

/** Every non-blank line of JSON Lines input with its 1-based line number (CRLF endings allowed). */
export function* jsonlLines(input: string): Generator<{ raw: string; lineNumber: number }> {
  let lineNumber = 0;
  let from = 0;
  while (from <= input.length) {
    let to = input.indexOf('\n', from);
    if (to === -1) to = input.length;
    lineNumber++;
    const raw = input.slice(from, to).replace(/\r$/, '');
    if (raw.trim() !== '') yield { raw, lineNumber };
    from = to + 1;
  }
}

/** A header line naming the writer of a message or the author of a post: "From: Dana Whitfield <dana@…>". */
const NAME_HEADER = /^(?:from|author|by)[ \t]*:([^<\n]*)(?:<[^>\n]*>)?$/i;
/** A sign-off line ("Best,", "Thanks") and the short name line under it. */
const SIGNOFF_LINE = /^(?:best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|thanks|thank you|many thanks|sincerely|all the best|talk soon|speak soon|warmly)[ \t]*[,.!]?$/i;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * A `--context` file (or a record's "context") as the analyser's context: header lines that name
 * its writer (`From:`, `Author:`) are read as the person the draft answers and left out of the
 * text; without one, a message's name line under its sign-off names them.
 */
export function contextFromText(text: string, kind: CliContextKind): { kind: CliContextKind; text: string; names: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const names: string[] = [];
  let at = 0;
  for (; at < lines.length; at++) {
    const header = NAME_HEADER.exec(lines[at]?.trim() ?? '');
    if (!header) break;
    const name = (header[1] ?? '').trim().replace(/^["']|["']$/g, '');
    if (name !== '') names.push(name);
  }
  const body = lines.slice(at);
  if (names.length === 0 && kind === 'message') {
    const filled = body.map((l) => l.trim()).filter((l) => l !== '');
    const last = filled[filled.length - 1];
    const before = filled[filled.length - 2];
    if (last !== undefined && before !== undefined && NAME_LINE.test(last) && SIGNOFF_LINE.test(before)) names.push(last);
  }
  return { kind, text: body.join('\n').trim(), names };
}
