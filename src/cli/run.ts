/**
 * The `outward` command, wired to injected I/O so tests can run it in-process with fake files
 * and capture its output. main.ts supplies the real process streams and file system.
 */
import { analyze as coreAnalyze } from '../core/index';
import type { AnalyzeOptions } from '../core/types';
import type { Settings } from '../platform/settings';
import { HELP, parseArgs, UsageError, type CheckCommand, type CliContextKind } from './args';
import { loadConfig } from './config';
import { formatGithub, formatJson, formatJsonlError, formatJsonlRecord, formatText, type FileResult } from './format';
import { contextFromText, decodeText, describeFsError, InputError, jsonlLines, parseJsonlLine, splitSubject } from './input';
import { NOT_SCORED_LABEL, notScoredReason, scoreOf, shiftReport, type CliReport } from './report';

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
  /** The folder the search for outward.config.json starts from. */
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_BELOW_MIN_SCORE = 1;
export const EXIT_BAD_INPUT = 2;

/** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(io: Pick<CliIO, 'stdoutIsTTY' | 'env'>): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

/**
 * The analysis options for one input: the command line wins over the settings file, and a
 * `--jsonl` record's own channel wins over both.
 */
export function optionsFor(
  command: CheckCommand,
  settings: Settings | null,
  recordChannel?: AnalyzeOptions['channel'],
  context?: { text: string; kind: CliContextKind },
): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  const configChannel = settings && settings.defaultChannel !== 'auto' ? settings.defaultChannel : undefined;
  const channel = recordChannel ?? command.channel ?? configChannel;
  if (channel) options.channel = channel;
  const sensitivity = command.sensitivity ?? settings?.sensitivity;
  if (sensitivity) options.sensitivity = sensitivity;
  if (settings && Object.keys(settings.rules).length > 0) options.rules = settings.rules;
  const ownNames = command.ownNames.length > 0 ? command.ownNames : (settings?.ownNames ?? []);
  if (ownNames.length > 0) options.ownNames = ownNames;
  if (settings && settings.ignoredPhrases.length > 0) options.ignoredPhrases = settings.ignoredPhrases;
  if (context) options.context = contextFromText(context.text, context.kind);
  return options;
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // One line, whatever the cause says.
  // An error message is a line or two, so this scan is bounded.
  // eslint-disable-next-line regexp/no-super-linear-move
  return `outward: ${message.replace(/\s*\n\s*/g, ' ')}\n`;
}

/** The analyser the command calls; tests pass a fake to pin scores and findings. */
export type AnalyzeFn = (text: string, options: AnalyzeOptions) => CliReport;

export async function run(argv: readonly string[], io: CliIO, analyze: AnalyzeFn = coreAnalyze): Promise<number> {
  let command;
  let settings: Settings | null;
  try {
    command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (command.kind === 'version') {
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    }
    const config = loadConfig(command.config, io.cwd, (path) => io.readFile(path));
    for (const warning of config?.warnings ?? []) io.stderr(errorLine(`${config?.path}: ${warning}`));
    settings = config?.settings ?? null;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(errorLine(error));
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  return command.jsonl ? checkJsonl(command, settings, io, analyze) : checkFiles(command, settings, io, analyze);
}

/** What the end of a run says about --min-score: who is below it and who was not scored. */
class Verdicts {
  private readonly below: string[] = [];
  private readonly notScored: string[] = [];
  constructor(private readonly minScore: number | undefined) {}

  add(name: string, report: CliReport, text: string): void {
    if (this.minScore === undefined) return;
    const reason = notScoredReason(report, text);
    const score = scoreOf(report, text);
    if (reason !== null || score === null) this.notScored.push(`${name} (${NOT_SCORED_LABEL[reason ?? 'empty']})`);
    else if (score < this.minScore) this.below.push(`${name} (${score})`);
  }

  /** Writes the summary lines to stderr; true when something scored below the minimum. */
  report(io: CliIO): boolean {
    if (this.notScored.length > 0) io.stderr(`outward: not scored, so not held to --min-score ${this.minScore}: ${this.notScored.join(', ')}\n`);
    if (this.below.length > 0) io.stderr(`outward: below --min-score ${this.minScore}: ${this.below.join(', ')}\n`);
    return this.below.length > 0;
  }
}

async function checkJsonl(command: CheckCommand, settings: Settings | null, io: CliIO, analyze: AnalyzeFn): Promise<number> {
  let input;
  try {
    input = decodeText(await io.readStdin(), 'stdin');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(errorLine(error));
    return EXIT_BAD_INPUT;
  }
  const verdicts = new Verdicts(command.minScore);
  const failed: number[] = [];
  // One line out per record, in order, written as it is ready; a bad record gets its error in its place.
  for (const { raw, lineNumber } of jsonlLines(input)) {
    const line = parseJsonlLine(raw, lineNumber);
    if (!line.ok) {
      failed.push(lineNumber);
      io.stdout(formatJsonlError(line.id, line.error) + '\n');
      continue;
    }
    const { id, text, channel, context } = line.record;
    let report;
    try {
      report = analyze(text, optionsFor(command, settings, channel, context));
    } catch (error) {
      failed.push(lineNumber);
      io.stdout(formatJsonlError(id, `line ${lineNumber}: could not be analysed (${error instanceof Error ? error.message : String(error)})`) + '\n');
      continue;
    }
    verdicts.add(`record ${JSON.stringify(id)}`, report, text);
    io.stdout(formatJsonlRecord(id, report, text) + '\n');
  }
  const anyBelow = verdicts.report(io);
  if (failed.length > 0) {
    const which = failed.length === 1 ? `1 record could not be checked (line ${failed[0]}); its "error" says why` : `${failed.length} records could not be checked (lines ${failed.join(', ')}); each "error" says why`;
    io.stderr(`outward: ${which}\n`);
    return EXIT_BAD_INPUT;
  }
  return anyBelow ? EXIT_BELOW_MIN_SCORE : EXIT_OK;
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

/** Analyses one file: the subject line (if any) apart from the body, every span into the whole file. */
export function analyzeFile(name: string, text: string, options: AnalyzeOptions, analyze: AnalyzeFn): FileResult {
  const { subject, body } = splitSubject(text);
  const report = shiftReport(analyze(body.text, options), body.start);
  if (!subject) return { name, text, report };
  let subjectResult: FileResult['subject'] = null;
  if (subject.text.trim() !== '') {
    // The context is the body's business too: a subject line has no greeting and answers nothing.
    const { context: _context, ...subjectOptions } = options;
    const judged = shiftReport(analyze(subject.text, subjectOptions), subject.start);
    // A subject is one line: what the draft-level rules weigh (balance, questions) is the body's business.
    subjectResult = { text: subject.text, report: { ...judged, findings: judged.findings.filter((f) => f.level !== 'draft') } };
  }
  return { name, text, report, subject: subjectResult, body: body.text };
}

async function checkFiles(command: CheckCommand, settings: Settings | null, io: CliIO, analyze: AnalyzeFn): Promise<number> {
  const stdin: { bytes?: Promise<Uint8Array> } = {};
  const color = useColor(io);
  const results: FileResult[] = [];
  const verdicts = new Verdicts(command.minScore);
  let failed = false;
  let context: { text: string; kind: CliContextKind } | undefined;
  if (command.context !== undefined) {
    try {
      const read = await readInput(command.context, io, stdin);
      if (read.text.trim() === '') throw new InputError(`${read.name}: the context is empty; give the message or post the drafts answer`);
      context = { text: read.text, kind: command.contextKind };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // Every input answers this context: none is checked without it.
      io.stderr(errorLine(`--context ${error.message}`));
      return EXIT_BAD_INPUT;
    }
  }
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
    const result = analyzeFile(input.name, input.text, optionsFor(command, settings, undefined, context), analyze);
    verdicts.add(result.name, result.report, result.body ?? result.text);
    if (command.format === 'text') io.stdout((results.length > 0 ? '\n' : '') + formatText(result, { color }));
    if (command.format === 'github') io.stdout(formatGithub(result, command.minScore));
    results.push(result);
  }
  if (command.format === 'json') io.stdout(formatJson(results));
  const anyBelow = verdicts.report(io);
  if (failed) return EXIT_BAD_INPUT;
  return anyBelow ? EXIT_BELOW_MIN_SCORE : EXIT_OK;
}
