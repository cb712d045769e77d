/**
 * Command-line parsing for `outward`. Node's `util.parseArgs` splits argv into tokens; this file
 * only decides what the tokens mean and validates the values. Pure: takes argv, returns what to
 * do or a usage error, so every accepted and rejected spelling is unit-testable without a process.
 */
import { parseArgs as tokenize } from 'node:util';
import type { Channel, Sensitivity } from '../core/types';

export const CHANNELS: readonly Channel[] = ['cold-email', 'follow-up', 'linkedin-note', 'linkedin-message', 'reply', 'service-reply', 'newsletter'];
export const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
export const FORMATS = ['text', 'json', 'github'] as const;
/** What a `--context` file is: the message a reply answers, or the post a comment answers. */
export const CONTEXT_KINDS = ['message', 'post'] as const;
export type CliContextKind = (typeof CONTEXT_KINDS)[number];
export type Format = (typeof FORMATS)[number];

export interface CheckCommand {
  kind: 'check';
  /** File paths in the order given; `-` means stdin. Empty when `jsonl` is set. */
  files: string[];
  format: Format;
  jsonl: boolean;
  channel: Channel | undefined;
  sensitivity: Sensitivity | undefined;
  /** From `--names`; empty when not given (the settings file's names apply then). */
  ownNames: string[];
  minScore: number | undefined;
  /** `--config FILE`: a path; `false` for `--no-config`; `undefined` to look for outward.config.json. */
  config: string | false | undefined;
  /** `--context FILE`: what every input answers (a path, `-` for stdin); undefined without one. */
  context: string | undefined;
  /** `--context-kind`: message (the default) or post. */
  contextKind: CliContextKind;
}

export type Command = CheckCommand | { kind: 'help' } | { kind: 'version' };

/** A problem with the command line itself (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What util.parseArgs knows about each option; the meaning of each is decided below. */
const OPTIONS = {
  format: { type: 'string' },
  channel: { type: 'string' },
  names: { type: 'string' },
  'min-score': { type: 'string' },
  sensitivity: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  jsonl: { type: 'boolean' },
  context: { type: 'string' },
  'context-kind': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

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
 * Reads the tokens util.parseArgs produced (in its lenient mode, so every mistake gets a message
 * of ours): each option known, each value present and given once, flags without values.
 */
function readTokens(argv: readonly string[]): { values: Map<OptionName, string | true>; positionals: string[] } {
  const { tokens } = tokenize({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<OptionName, string | true>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option '${token.rawName}'`);
    const name = token.name as OptionName;
    const display = `--${name}`;
    let value: string | true = true;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${display} takes no value`);
    } else {
      // A following option is not a value: `--format --jsonl` forgot the format.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
        throw new UsageError(`${display} needs a value`);
      }
      value = token.value;
    }
    if (values.has(name) && value !== true) throw new UsageError(`${display} was given more than once`);
    values.set(name, value);
  }
  return { values, positionals };
}

/** Parses the arguments after the program name (`process.argv.slice(2)`). */
export function parseArgs(argv: readonly string[]): Command {
  const { values, positionals } = readTokens(argv);
  const text = (name: OptionName) => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };

  // Bare `outward` is a request for help, not a mistake.
  if (values.has('help') || argv.length === 0) return { kind: 'help' };
  if (values.has('version')) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(`missing command; try 'outward check FILE' or 'outward --help'`);
  if (command !== 'check') throw new UsageError(`unknown command '${command}'; the only command is 'check'`);

  const jsonl = values.has('jsonl');
  const formatValue = text('format');
  const format = formatValue === undefined ? 'text' : oneOf('--format', formatValue, FORMATS);
  if (jsonl && files.length > 0) throw new UsageError('--jsonl reads records from stdin and takes no file arguments');
  if (jsonl && formatValue !== undefined) throw new UsageError('--jsonl has its own output format; drop --format');
  if (!jsonl && files.length === 0) throw new UsageError(`no input; give one or more files, or '-' for stdin`);

  const configValue = text('config');
  if (configValue !== undefined && values.has('no-config')) throw new UsageError('--config and --no-config cannot be used together');
  if (configValue === '') throw new UsageError('--config needs a file name');

  const contextValue = text('context');
  const contextKindValue = text('context-kind');
  if (contextValue === '') throw new UsageError('--context needs a file name');
  if (jsonl && contextValue !== undefined) throw new UsageError('--jsonl records carry their own "context"; drop --context');
  if (contextKindValue !== undefined && contextValue === undefined) {
    throw new UsageError(jsonl ? '--jsonl records carry their own "context_kind"; drop --context-kind' : '--context-kind needs --context FILE');
  }

  const channelValue = text('channel');
  const sensitivityValue = text('sensitivity');
  const namesValue = text('names');
  const minScoreValue = text('min-score');
  return {
    kind: 'check',
    files,
    format,
    jsonl,
    channel: channelValue === undefined ? undefined : oneOf('--channel', channelValue, CHANNELS),
    sensitivity: sensitivityValue === undefined ? undefined : oneOf('--sensitivity', sensitivityValue, SENSITIVITIES),
    ownNames: namesValue === undefined ? [] : parseNames(namesValue),
    minScore: minScoreValue === undefined ? undefined : parseMinScore(minScoreValue),
    config: values.has('no-config') ? false : configValue,
    context: contextValue,
    contextKind: contextKindValue === undefined ? 'message' : oneOf('--context-kind', contextKindValue, CONTEXT_KINDS),
  };
}

// Every line of the help fits in 80 columns (a test holds it to that).
export const HELP = `Usage: outward check [options] FILE...
       outward check --jsonl [options] < records.jsonl

Checks drafts for copy that is about you instead of your reader, and prints
each finding with a suggestion and a client-focus score from 0 to 100.

Arguments:
  FILE                  a text file (UTF-8, or UTF-16 with a BOM); '-' is stdin

Options:
  --format FORMAT       text (default), json, or github (GitHub Actions
                        annotations on the pull request's lines)
  --jsonl               read JSON Lines {"id","text","channel"?} on stdin and
                        write one result line per record, in the same order;
                        a record may add "context" and "context_kind"
  --context FILE        what the drafts answer: the message a reply answers
                        (checks questions left unanswered and the name in
                        the greeting)
  --context-kind KIND   message (default) or post: the post a comment
                        answers (checks the comment is about it)
  --channel NAME        where the draft goes (default: the settings file's
                        default channel, else cold-email): cold-email,
                        follow-up, linkedin-note, linkedin-message, reply,
                        service-reply, newsletter
  --sensitivity LEVEL   relaxed, balanced or strict (default: balanced)
  --names "A,B"         your own company and product names, comma-separated
  --min-score N         exit with status 1 if any input scores below N
  --config FILE         settings exported from the Outward options page
                        (default: outward.config.json in this folder or
                        the nearest parent that has one)
  --no-config           use no settings file
  -h, --help            show this help
  -v, --version         show the version

A first line "Subject: ..." is checked as the subject, apart from the body.
Options given here win over the settings file.

Exit status: 0 all good, 1 a score below --min-score, 2 bad usage or input
(or a --jsonl record that could not be checked).
`;
