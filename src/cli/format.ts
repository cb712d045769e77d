/**
 * Output formatters for `outward check`. Pure functions from a report to a string: no I/O, no
 * globals, colour passed in, so each format is unit-tested on its own.
 */
import type { ContextReport, Finding, Suggestion } from '../core/types';
import { NOT_SCORED_LABEL, notScoredReason, scoreOf, type CliReport } from './report';

/**
 * One analysed input: its display name ("drafts/a.txt", "<stdin>"), its whole text, the report
 * on its body and, when it starts with a `Subject:` line, the report on the subject. Every span
 * in both reports is an offset into `text`.
 */
export interface FileResult {
  name: string;
  text: string;
  report: CliReport;
  subject?: { text: string; report: CliReport } | null;
  /** The body's text, when a subject line was split off (what `report` is about). */
  body?: string;
}

/** The text the body report judged (the whole file when there is no subject line). */
const bodyText = (result: FileResult) => result.body ?? result.text;

// ---------------------------------------------------------------- JSON Lines (DESIGN.md §5)

/** The finding fields the `--jsonl` contract promises, in a stable key order. */
export function contractFinding(finding: Finding): {
  rule: string;
  category: string;
  start: number;
  end: number;
  message: string;
  suggestions: Suggestion[];
} {
  return {
    rule: finding.ruleId,
    category: finding.category,
    start: finding.start,
    end: finding.end,
    message: finding.message,
    suggestions: finding.suggestions.map((s) => ({ label: s.label, edits: s.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
  };
}

/** One `--jsonl` output line (without the newline). `id` is echoed back exactly as given. */
export function formatJsonlRecord(id: unknown, report: CliReport, text: string): string {
  const line = { id, score: scoreOf(report, text), findings: report.findings.map(contractFinding) };
  // What was read from the record's context, only when it had one: other records are as before.
  return JSON.stringify(report.context ? { ...line, context: report.context } : line);
}

/** One line on what was read from the context: "Context: a message from Dana Whitfield, 2 questions, 1 answered". */
export function contextLine(context: ContextReport): string {
  const from = context.names.length > 0 ? ` from ${context.names.join(', ')}` : '';
  if (context.kind === 'post') {
    const shared = context.shared.length === 0 ? 'the draft shares no topic word with it' : `shared words: ${context.shared.join(', ')}`;
    return `Context: a post${from}; ${shared}`;
  }
  if (context.kind === 'person') return `Context: writing to ${context.names.join(', ')}`;
  const asked = context.questions.length;
  const answered = context.questions.filter((q) => q.answered).length;
  const questions = asked === 0 ? 'no questions found' : `${asked} question${asked === 1 ? '' : 's'}, ${answered} answered`;
  return `Context: a message${from}; ${questions}`;
}

/** The `--jsonl` line for a record that could not be analysed. */
export function formatJsonlError(id: unknown, error: string): string {
  return JSON.stringify({ id, error });
}

// ---------------------------------------------------------------- positions

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in Unicode code points (what an editor shows as characters). */
  column: number;
}

/**
 * Line starts of a text, found once, so that locating every finding costs a binary search and
 * not a scan from the start of the text. A lone "\r" does not start a line; "\r\n" and "\n" do.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** `pairs[i]`: surrogate pairs that end before offset i; null when the text has none. */
  private readonly pairs: Uint32Array | null = null;

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    if (/[\ud800-\udbff][\udc00-\udfff]/.test(text)) {
      const pairs = new Uint32Array(text.length + 1);
      let count = 0;
      for (let i = 0; i < text.length; i++) {
        pairs[i] = count;
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
          const p = text.charCodeAt(i - 1);
          if (p >= 0xd800 && p <= 0xdbff) {
            // Offset i is inside the pair; the pair counts once i is past it.
            count++;
          }
        }
      }
      pairs[text.length] = count;
      this.pairs = pairs;
    }
  }

  /** 0-based number of the line `offset` is on. */
  private lineNumber(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Offset of the start of the line `offset` is on. */
  lineStart(offset: number): number {
    return this.starts[this.lineNumber(offset)] as number;
  }

  /** Offset of the end of the line `offset` is on, before its "\n" or "\r\n". */
  lineEnd(offset: number): number {
    const next = this.starts[this.lineNumber(offset) + 1];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === '\r' && next - 2 >= (this.starts[this.lineNumber(offset)] as number) ? next - 2 : next - 1;
  }

  /** Line and column of a UTF-16 offset (clamped into the text). */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineNumber(clamped);
    const start = this.starts[line] as number;
    // A pair counts as one column once the offset is past its second half.
    const pairs = this.pairs ? (this.pairs[clamped] as number) - (this.pairs[start] as number) : 0;
    return { line: line + 1, column: clamped - start - pairs + 1 };
  }
}

/** Line and column of one UTF-16 offset (for many offsets into one text, build a LineIndex once). */
export function positionOf(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
}

// ---------------------------------------------------------------- the underlined excerpt

/** Characters that must never reach a terminal raw: controls and bidi overrides (they reorder the display). */
function isUnsafe(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Combining marks, zero-width spaces and joiners, variation selectors: no cell of their own. */
function isZeroWidth(char: string, code: number): boolean {
  return /^\p{M}$/u.test(char) || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff;
}
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$/u;

/** How many terminal cells one code point takes (0, 1 or 2); a close approximation of wcwidth. */
export function cellWidth(char: string): number {
  if (isZeroWidth(char, char.codePointAt(0) ?? 0)) return 0;
  if (WIDE.test(char) || /^\p{Extended_Pictographic}$/u.test(char)) return 2;
  return 1;
}

/** Makes one code point safe to print: tabs and controls become one visible cell, lone surrogates U+FFFD. */
function displayChar(char: string): string {
  if (char === '\t') return ' ';
  const code = char.codePointAt(0) ?? 0;
  if (isUnsafe(code)) return '\u00b7';
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
  return char;
}

const SNIPPET_MAX = 120;
/**
 * How far from the span the sentence ends are looked for. Any sentence longer than this is cut to
 * a window of SNIPPET_MAX around the span anyway, so looking further would change nothing, and a
 * bound keeps a long line with many findings linear.
 */
const SENTENCE_REACH = 4 * SNIPPET_MAX;

/**
 * The sentence around `[start, end)` on the line where the span starts, trimmed to at most
 * ~120 characters around the span, with a caret line under the span. Spans that run past the
 * line end are underlined to the end of the line. Pass the text's LineIndex when underlining
 * many spans of one text.
 */
export function underline(text: string, start: number, end: number, index = new LineIndex(text)): { line: string; carets: string } {
  const lineStart = index.lineStart(start);
  const lineEnd = index.lineEnd(start);

  // Narrow to the sentence: the last sentence end before the span, the first one after it.
  const reachFrom = Math.max(lineStart, start - SENTENCE_REACH);
  let from = reachFrom;
  const before = text.slice(reachFrom, start);
  const boundary = /[.!?\u2026]['"\u2019\u201d)\]]*\s+/gu;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) from = reachFrom + m.index + m[0].length;
  const spanEndOnLine = Math.max(start, Math.min(end, lineEnd));
  const reachTo = Math.min(lineEnd, spanEndOnLine + SENTENCE_REACH);
  let to = reachTo;
  const after = text.slice(spanEndOnLine, reachTo);
  const next = /[.!?\u2026]['"\u2019\u201d)\]]*(?=\s|$)/u.exec(after);
  // A match cut by the reach (not by the line end) is not known to end a sentence.
  if (next && (next.index + next[0].length < after.length || reachTo === lineEnd)) to = spanEndOnLine + next.index + next[0].length;

  // Keep long sentences readable: a window around the span.
  let prefix = '';
  let suffix = '';
  if (to - from > SNIPPET_MAX) {
    const spanLength = spanEndOnLine - start;
    const context = Math.max(10, Math.floor((SNIPPET_MAX - Math.min(spanLength, SNIPPET_MAX)) / 2));
    const newFrom = Math.max(from, start - context);
    // A span longer than the window is cut off with it; the line and column still locate it.
    const newTo = Math.min(to, newFrom + SNIPPET_MAX);
    if (newFrom > from) prefix = '\u2026';
    if (newTo < to) suffix = '\u2026';
    from = avoidSplit(text, newFrom);
    to = avoidSplit(text, newTo);
  }

  let line = prefix;
  let carets = ' '.repeat(prefix ? 1 : 0);
  const underlineEnd = Math.min(spanEndOnLine, to);
  for (const char of codePoints(text, from, to)) {
    const shown = displayChar(char.value);
    const width = shown === char.value ? cellWidth(shown) : 1;
    line += shown;
    const inside = char.index >= start && char.index < underlineEnd;
    carets += (inside ? '^' : ' ').repeat(width);
  }
  line += suffix;
  carets = carets.trimEnd();
  // A zero-length or whitespace-only span still gets one caret where it starts.
  if (!carets.includes('^')) {
    const lead = codePoints(text, from, Math.max(from, Math.min(start, to))).reduce((n, c) => n + cellWidth(displayChar(c.value)), prefix ? 1 : 0);
    carets = ' '.repeat(lead) + '^';
  }
  return { line: line.trimEnd(), carets };
}

/** Moves an offset off the second half of a surrogate pair. */
function avoidSplit(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  const p = text.charCodeAt(offset - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? offset - 1 : offset;
}

function codePoints(text: string, from: number, to: number): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  for (let i = from; i < to; ) {
    const code = text.codePointAt(i) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    out.push({ value: text.slice(i, i + size), index: i });
    i += size;
  }
  return out;
}

// ---------------------------------------------------------------- text format

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOURS: Paint = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
const identity = (s: string) => s;
const PLAIN: Paint = { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };

/** Removes terminal-unsafe characters from one-line prose (messages come from rules that quote the draft). */
function safeLine(s: string): string {
  let out = '';
  for (const char of s) out += char === '\n' || char === '\r' ? ' ' : displayChar(char);
  return out;
}

const count = (n: number) => (n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`);

/** The file's closing line: its score and finding count, or that it was not scored and why. */
export function scoreSummary(result: FileResult, paint: Paint = PLAIN): string {
  const { report, subject } = result;
  const reason = notScoredReason(report, bodyText(result));
  const score = scoreOf(report, bodyText(result));
  const subjectNote = subject ? `; subject: ${count(subject.report.findings.length)}` : '';
  if (reason !== null || score === null) {
    return `${safeLine(result.name)}: ${paint.bold('not scored')} (${NOT_SCORED_LABEL[reason ?? 'empty']})${subjectNote}`;
  }
  const colour = score >= 80 ? paint.green : score >= 50 ? paint.yellow : paint.red;
  return `${safeLine(result.name)}: ${paint.bold('client-focus score')} ${colour(`${score}/100`)}, ${count(report.findings.length)}${subjectNote}`;
}

/** Human-readable report for one file: each finding located, underlined and explained, then the score. */
export function formatText(result: FileResult, options: { color: boolean }): string {
  const paint = options.color ? COLOURS : PLAIN;
  const index = new LineIndex(result.text);
  const blocks: string[] = [];
  const parts: Array<[string, readonly Finding[]]> = [
    ['subject  ', result.subject?.report.findings ?? []],
    ['', result.report.findings],
  ];
  for (const [where, findings] of parts) {
    for (const finding of findings) {
      const { line, column } = index.position(finding.start);
      const { line: sentence, carets } = underline(result.text, finding.start, finding.end, index);
      const lines = [
        `${paint.bold(`${safeLine(result.name)}:${line}:${column}`)}  ${where}${paint.cyan(finding.category)}  ${paint.dim(finding.ruleId)}`,
        `  ${sentence}`,
        `  ${paint.red(carets)}`,
        `  ${safeLine(finding.message)}`,
      ];
      const first = finding.suggestions[0];
      if (first) lines.push(`  ${paint.green('Suggestion:')} ${safeLine(first.label)}`);
      blocks.push(lines.join('\n'));
    }
  }
  if (result.report.context) blocks.push(safeLine(contextLine(result.report.context)));
  blocks.push(scoreSummary(result, paint));
  return blocks.join('\n\n') + '\n';
}

// ---------------------------------------------------------------- JSON format

function jsonFindings(findings: readonly Finding[], index: LineIndex) {
  return findings.map((f) => {
    const { line, column } = index.position(f.start);
    return {
      rule: f.ruleId,
      category: f.category,
      level: f.level,
      start: f.start,
      end: f.end,
      line,
      column,
      excerpt: f.excerpt,
      message: f.message,
      why: f.why,
      suggestions: f.suggestions,
      fingerprint: f.fingerprint,
    };
  });
}

/**
 * The `--format json` document: per file its score (null when not scored, with the reason),
 * every field of each finding plus its line and column, and the subject's findings apart.
 * Spans are offsets into the whole file's text.
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const { name, text, report, subject } = result;
    const index = new LineIndex(text);
    const reason = notScoredReason(report, bodyText(result));
    return {
      file: name,
      score: scoreOf(report, bodyText(result)),
      notScored: reason,
      language: report.language,
      stats: report.stats,
      findings: jsonFindings(report.findings, index),
      subject: subject ? { text: subject.text, findings: jsonFindings(subject.report.findings, index) } : null,
      warnings: (report.warnings ?? []).map((w) => ({ kind: w.kind, start: w.start, end: w.end, ...index.position(w.start), excerpt: w.excerpt, message: w.message })),
      // What was read from --context (questions found, which answered), only when one was given.
      ...(report.context ? { context: report.context } : {}),
    };
  });
  return JSON.stringify({ files }, null, 2) + '\n';
}

// ---------------------------------------------------------------- GitHub Actions annotations

/** Escapes a workflow command's message (GitHub's rules: %, CR and LF). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (the message rules plus ":" and ","). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'warning' | 'error' | 'notice', properties: Array<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${kind} ${props}::${escapeData(message)}\n`;
}

/**
 * GitHub Actions workflow commands for one file: a warning on the lines of each finding (columns
 * in characters, `endColumn` just past the span), an error when the file scores below
 * `minScore`, and a notice when it is not scored.
 */
export function formatGithub(result: FileResult, minScore: number | undefined): string {
  const index = new LineIndex(result.text);
  let out = '';
  const findings = [...(result.subject?.report.findings ?? []).map((f) => ['subject \u00b7 ', f] as const), ...result.report.findings.map((f) => ['', f] as const)];
  for (const [where, finding] of findings) {
    const start = index.position(finding.start);
    const end = index.position(finding.end);
    const properties: Array<[string, string | number]> = [
      ['file', result.name],
      ['line', start.line],
      ...(end.line !== start.line ? [['endLine', end.line] as [string, number]] : []),
      ['col', start.column],
      ['endColumn', end.column],
      ['title', `${where}${finding.category} (${finding.ruleId})`],
    ];
    out += command('warning', properties, finding.message);
  }
  const reason = notScoredReason(result.report, bodyText(result));
  const score = scoreOf(result.report, bodyText(result));
  if (reason !== null || score === null) {
    out += command('notice', [['file', result.name], ['title', 'Not scored']], `${result.name} is not scored (${NOT_SCORED_LABEL[reason ?? 'empty']}).`);
  } else if (minScore !== undefined && score < minScore) {
    out += command('error', [['file', result.name], ['title', `Client-focus score below ${minScore}`]], `${result.name} has a client-focus score of ${score}/100, below --min-score ${minScore}.`);
  }
  return out;
}
