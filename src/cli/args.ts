/**
 * Command-line parsing for `outward`. Pure: takes argv, returns what to do or a usage error, so
 * every accepted and rejected spelling is unit-testable without spawning a process.
 */
import type { Channel, Sensitivity } from '../core/types';

export const CHANNELS: readonly Channel[] = ['cold-email', 'follow-up', 'linkedin-note', 'linkedin-message', 'reply', 'service-reply', 'newsletter'];
export const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
export type Format = 'text' | 'json';

export interface CheckCommand {
  kind: 'check';
  /** File paths in the order given; `-` means stdin. Empty when `jsonl` is set. */
  files: string[];
  format: Format;
  jsonl: boolean;
  channel: Channel | undefined;
  sensitivity: Sensitivity | undefined;
  ownNames: string[];
  minScore: number | undefined;
}

export type Command = CheckCommand | { kind: 'help' } | { kind: 'version' };

/** A problem with the command line itself (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_OPTIONS = new Set(['--format', '--channel', '--names', '--min-score', '--sensitivity']);
const FLAG_OPTIONS = new Set(['--jsonl', '--help', '-h', '--version', '-v']);

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** Parses `--min-score`: a whole or decimal number from 0 to 100. */
function parseMinScore(value: string): number {
  const trimmed = value.trim();
  const number = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError(`--min-score must be a number from 0 to 100 (got '${value}')`);
  }
  return number;
}

/** Splits `--names "Acme, AcmeCloud"` into trimmed, non-empty, de-duplicated names. */
export function parseNames(value: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(`--names needs at least one name, e.g. --names "Acme,AcmeCloud"`);
  return [...new Set(names)];
}

/**
 * Parses the arguments after the program name (`process.argv.slice(2)`).
 * Accepts `--option value` and `--option=value`; `--` ends options; `-` is stdin.
 */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option '${name}'`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${name} needs a value`);
      i++;
    }
    if (values.has(name)) throw new UsageError(`${name} was given more than once`);
    values.set(name, value);
  }

  if (flags.has('--help') || flags.has('-h')) return { kind: 'help' };
  if (flags.has('--version') || flags.has('-v')) return { kind: 'version' };

  const [command, ...files] = positional;
  if (command === undefined) throw new UsageError(`missing command; try 'outward check FILE' or 'outward --help'`);
  if (command !== 'check') throw new UsageError(`unknown command '${command}'; the only command is 'check'`);

  const jsonl = flags.has('--jsonl');
  const formatValue = values.get('--format');
  const format = formatValue === undefined ? 'text' : oneOf('--format', formatValue, ['text', 'json'] as const);
  if (jsonl && files.length > 0) throw new UsageError('--jsonl reads records from stdin and takes no file arguments');
  if (jsonl && formatValue !== undefined) throw new UsageError('--jsonl has its own output format; drop --format');
  if (!jsonl && files.length === 0) throw new UsageError(`no input; give one or more files, or '-' for stdin`);

  const channelValue = values.get('--channel');
  const sensitivityValue = values.get('--sensitivity');
  const namesValue = values.get('--names');
  const minScoreValue = values.get('--min-score');
  return {
    kind: 'check',
    files,
    format,
    jsonl,
    channel: channelValue === undefined ? undefined : oneOf('--channel', channelValue, CHANNELS),
    sensitivity: sensitivityValue === undefined ? undefined : oneOf('--sensitivity', sensitivityValue, SENSITIVITIES),
    ownNames: namesValue === undefined ? [] : parseNames(namesValue),
    minScore: minScoreValue === undefined ? undefined : parseMinScore(minScoreValue),
  };
}

export const HELP = `Usage: outward check [options] FILE...
       outward check --jsonl [options] < records.jsonl

Checks drafts for copy that is about you instead of your reader, and prints
each finding with a suggestion and a client-focus score from 0 to 100.

Arguments:
  FILE                 a UTF-8 text file; '-' reads stdin

Options:
  --format text|json   output format for files (default: text)
  --jsonl              read JSON Lines {"id","text","channel"?} on stdin and
                       write one result line per record, in the same order
  --channel NAME       where the draft goes: ${CHANNELS.join(', ')}
                       (default: cold-email)
  --sensitivity LEVEL  relaxed, balanced or strict (default: balanced)
  --names "A,B"        your own company and product names, comma-separated
  --min-score N        exit with status 1 if any input scores below N
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 all good, 1 a score below --min-score, 2 bad usage or input.
`;
