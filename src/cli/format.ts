/**
 * Output formatters for `outward check`. Pure functions from a report to a string: no I/O, no
 * globals, colour passed in, so each format is unit-tested on its own.
 */
import type { Finding, Report, Suggestion } from '../core/types';

/** One analysed input: its display name ("drafts/a.txt", "<stdin>"), its text and the report. */
export interface FileResult {
  name: string;
  text: string;
  report: Report;
}

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
export function formatJsonlRecord(id: unknown, report: Report): string {
  return JSON.stringify({ id, score: report.score, findings: report.findings.map(contractFinding) });
}

// ---------------------------------------------------------------- positions

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in Unicode code points (what an editor shows as characters). */
  column: number;
}

/** Line and column of a UTF-16 offset. A lone "\r" does not start a line; "\r\n" and "\n" do. */
export function positionOf(text: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: codePointLength(text.slice(lineStart, clamped)) + 1 };
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
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
 * The sentence around `[start, end)` on the line where the span starts, trimmed to at most
 * ~120 characters around the span, with a caret line under the span. Spans that run past the
 * line end are underlined to the end of the line.
 */
export function underline(text: string, start: number, end: number): { line: string; carets: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;

  // Narrow to the sentence: the last sentence end before the span, the first one after it.
  let from = lineStart;
  const before = text.slice(lineStart, start);
  const boundary = /[.!?\u2026]['"\u2019\u201d)\]]*\s+/gu;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) from = lineStart + m.index + m[0].length;
  let to = lineEnd;
  const spanEndOnLine = Math.max(start, Math.min(end, lineEnd));
  const after = text.slice(spanEndOnLine, lineEnd);
  const next = /[.!?\u2026]['"\u2019\u201d)\]]*(?=\s|$)/u.exec(after);
  if (next) to = spanEndOnLine + next.index + next[0].length;

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

export function scoreSummary(result: FileResult, paint: Paint = PLAIN): string {
  const { score, findings, language } = result.report;
  const colour = score >= 80 ? paint.green : score >= 50 ? paint.yellow : paint.red;
  const count = findings.length === 0 ? 'no findings' : findings.length === 1 ? '1 finding' : `${findings.length} findings`;
  const note = language.supported ? count : 'not checked: the text is mostly not English';
  return `${safeLine(result.name)}: ${paint.bold('client-focus score')} ${colour(`${score}/100`)}, ${note}`;
}

/** Human-readable report for one file: each finding located, underlined and explained, then the score. */
export function formatText(result: FileResult, options: { color: boolean }): string {
  const paint = options.color ? COLOURS : PLAIN;
  const blocks: string[] = [];
  for (const finding of result.report.findings) {
    const { line, column } = positionOf(result.text, finding.start);
    const { line: sentence, carets } = underline(result.text, finding.start, finding.end);
    const lines = [
      `${paint.bold(`${safeLine(result.name)}:${line}:${column}`)}  ${paint.cyan(finding.category)}  ${paint.dim(finding.ruleId)}`,
      `  ${sentence}`,
      `  ${paint.red(carets)}`,
      `  ${safeLine(finding.message)}`,
    ];
    const first = finding.suggestions[0];
    if (first) lines.push(`  ${paint.green('Suggestion:')} ${safeLine(first.label)}`);
    blocks.push(lines.join('\n'));
  }
  blocks.push(scoreSummary(result, paint));
  return blocks.join('\n\n') + '\n';
}

// ---------------------------------------------------------------- JSON format

/** The `--format json` document: every field of each finding plus its line and column. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map(({ name, text, report }) => ({
    file: name,
    score: report.score,
    language: report.language,
    stats: report.stats,
    findings: report.findings.map((f) => {
      const { line, column } = positionOf(text, f.start);
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
    }),
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
