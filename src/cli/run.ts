/**
 * The `outward` command, wired to injected I/O so tests can run it in-process with fake files
 * and capture its output. main.ts supplies the real process streams and file system.
 */
import { analyze as coreAnalyze } from '../core/index';
import type { AnalyzeOptions, Report } from '../core/types';
import { HELP, parseArgs, UsageError, type CheckCommand } from './args';
import { formatJson, formatJsonlRecord, formatText, type FileResult } from './format';
import { decodeText, describeFsError, InputError, parseJsonl } from './input';

export interface CliIO {
  /** Reads a whole file; throws Node-style errors (`code: 'ENOENT'`, `'EISDIR'`…). */
  readFile(path: string): Uint8Array;
  readStdin(): Promise<Uint8Array>;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Whether stdout is a terminal (colour is used only then). */
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  version: string;
}

export const EXIT_OK = 0;
export const EXIT_BELOW_MIN_SCORE = 1;
export const EXIT_BAD_INPUT = 2;

/** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(io: Pick<CliIO, 'stdoutIsTTY' | 'env'>): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

function optionsFor(command: CheckCommand, channel = command.channel): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (channel) options.channel = channel;
  if (command.sensitivity) options.sensitivity = command.sensitivity;
  if (command.ownNames.length > 0) options.ownNames = command.ownNames;
  return options;
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // One line, whatever the cause says.
  return `outward: ${message.replace(/\s*\n\s*/g, ' ')}\n`;
}

/** The analyser the command calls; tests pass a fake to pin scores and findings. */
export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Report;

export async function run(argv: readonly string[], io: CliIO, analyze: AnalyzeFn = coreAnalyze): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(errorLine(error));
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  if (command.kind === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  return command.jsonl ? checkJsonl(command, io, analyze) : checkFiles(command, io, analyze);
}

const below = (report: Report, command: CheckCommand) => command.minScore !== undefined && report.score < command.minScore;

async function checkJsonl(command: CheckCommand, io: CliIO, analyze: AnalyzeFn): Promise<number> {
  let records;
  try {
    records = parseJsonl(decodeText(await io.readStdin(), 'stdin'));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(errorLine(error));
    return EXIT_BAD_INPUT;
  }
  let anyBelow = false;
  // Lines are written as they are ready so a long batch streams; the whole batch was validated above.
  for (const record of records) {
    const report = analyze(record.text, optionsFor(command, record.channel ?? command.channel));
    if (below(report, command)) anyBelow = true;
    io.stdout(formatJsonlRecord(record.id, report) + '\n');
  }
  if (!anyBelow) return EXIT_OK;
  io.stderr(`outward: a score is below --min-score ${command.minScore}\n`);
  return EXIT_BELOW_MIN_SCORE;
}

async function readInput(path: string, io: CliIO, stdin: { bytes?: Promise<Uint8Array> }): Promise<{ name: string; text: string }> {
  if (path === '-') {
    // Stdin can be read once; '-' given twice reports the same text twice.
    stdin.bytes ??= io.readStdin();
    return { name: '<stdin>', text: decodeText(await stdin.bytes, '<stdin>') };
  }
  let bytes;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    throw describeFsError(path, error);
  }
  return { name: path, text: decodeText(bytes, path) };
}

async function checkFiles(command: CheckCommand, io: CliIO, analyze: AnalyzeFn): Promise<number> {
  const stdin: { bytes?: Promise<Uint8Array> } = {};
  const color = useColor(io);
  const results: FileResult[] = [];
  let failed = false;
  let anyBelow = false;
  for (const path of command.files) {
    let input;
    try {
      input = await readInput(path, io, stdin);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // Report and go on with the other files; the failed one writes nothing to stdout.
      io.stderr(errorLine(error));
      failed = true;
      continue;
    }
    const report = analyze(input.text, optionsFor(command));
    const result = { ...input, report };
    if (below(report, command)) anyBelow = true;
    if (command.format === 'text') io.stdout((results.length > 0 ? '\n' : '') + formatText(result, { color }));
    results.push(result);
  }
  if (command.format === 'json') io.stdout(formatJson(results));
  if (failed) return EXIT_BAD_INPUT;
  if (anyBelow) {
    io.stderr(`outward: a score is below --min-score ${command.minScore}\n`);
    return EXIT_BELOW_MIN_SCORE;
  }
  return EXIT_OK;
}
