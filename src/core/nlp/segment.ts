/**
 * Splits a draft into lines and sentences with exact UTF-16 offsets. Hand-written rather than
 * compromise's splitter so offsets are exact, excluded spans are honoured, and the split of one
 * sentence never depends on its neighbours (which the incremental cache relies on).
 */
import { GREETING_LINES, GREETING_OPENERS, SIGNOFFS, lexiconRegex } from '../lexicon';
import type { Span } from '../types';
import { detached } from '../text/text';

export type LineKind = 'greeting' | 'signoff' | 'bullet' | 'subject' | 'body';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (blank-line separated block) in the draft. */
  paragraph: number;
  /** Index of the line in the draft. */
  line: number;
  /** What the line this sentence sits on looks like. */
  lineKind: LineKind;
  /** True for the first sentence on its line. */
  lineStart: boolean;
  /**
   * True when the words before it on the line end without closing a sentence, as after a
   * greeting ("Hi Jo, we…"): its first word is mid-sentence and keeps its small letter.
   */
  continues: boolean;
}

/**
 * Whether the previous piece on the line (raw[from, to)) leaves its sentence open ("Hi Jo," but not
 * "Thanks."). The scan stays inside that piece, so a line is read once in all, whatever it holds.
 */
function leavesOpen(raw: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && /[\s"'”’)\]]/u.test(raw[i] ?? '')) i -= 1;
  return i >= from && !/[.!?…:;]/u.test(raw[i] ?? '');
}

/**
 * Longer runs without a sentence end (no punctuation, all lower case) are cut at a space, so
 * re-parsing the one segment an edit touches stays cheap whatever the user's style.
 */
const MAX_SEGMENT = 400;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'jr', 'sr', 'no', 'approx', 'dept', 'est', 'u.s', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// The greeting and sign-off words are the lexicon's; a line is one of these when it holds
// nothing else but a few words of name and its punctuation.
const GREETING = lexiconRegex(
  `^\\s*(?:(?:${GREETING_OPENERS.alternation})(?:\\s+[\\p{L}\\p{N}.'’{}[\\]<>%|*/-]+){0,4}|${GREETING_LINES.alternation})\\s*(?:[,!:.—–-]\\s*)?$`,
  'iu',
);
const SIGNOFF = lexiconRegex(`^\\s*(?:${SIGNOFFS.alternation})\\s*(?:[,.!]\\s*)?$`, 'iu');
const BULLET = /^\s*(?:[-•*–·▪◦‣]|\d{1,2}[.)]|[a-z][.)])\s+/u;
const SUBJECT = /^\s*subject\s*:/iu;

/**
 * A salutation that opens a line the message then continues on ("Dear Mr. Ortiz: Your refund…",
 * "Hi Sam, quick one."): the salutation is a greeting, the rest is the message. Capitalised name
 * words or a name slot ("{{FirstName}}", "[Name]") only, so "Hi there, we…" or "Dear customers
 * like you" are not cut.
 */
const GREETING_LEAD = /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)(?:\s+(?:[Mm]rs?|[Mm]s|[Dd]r|[Pp]rof)\.?)?(?:\s+(?:[\p{Lu}\p{Lo}][\p{L}'’-]*|\{\{[^{}\n]{1,40}\}\}|\[[^[\]\n]{1,40}\]|<[^<>\n]{1,40}>|%[A-Z_]{1,30}%)){1,3}\s*[:,—–-]\s+/u;

function lineKind(line: string): LineKind {
  if (SUBJECT.test(line)) return 'subject';
  if (BULLET.test(line)) return 'bullet';
  if (line.length <= 80 && GREETING.test(line)) return 'greeting';
  if (line.length <= 40 && SIGNOFF.test(line)) return 'signoff';
  return 'body';
}

/** Remove the excluded spans from `[start, end)`, returning the ranges that remain. */
function subtract(start: number, end: number, excluded: readonly Span[]): Span[] {
  let ranges: Span[] = [{ start, end }];
  for (const ex of excluded) {
    if (ex.end <= start || ex.start >= end) continue;
    ranges = ranges.flatMap((r) => {
      if (ex.end <= r.start || ex.start >= r.end) return [r];
      const parts: Span[] = [];
      if (ex.start > r.start) parts.push({ start: r.start, end: ex.start });
      if (ex.end < r.end) parts.push({ start: ex.end, end: r.end });
      return parts;
    });
  }
  return ranges;
}

/** Whether a space follows `at` and something other than space follows the spaces. */
function spaceThenText(line: string, at: number): boolean {
  let i = at;
  while (i < line.length && /\s/u.test(line[i]!)) i += 1;
  return i > at && i < line.length;
}

/**
 * Where sentences end inside one line: after `.!?…` (plus closing quotes) followed by a space.
 * The pattern takes whole runs of punctuation and the check for what follows is done once per
 * run, outside the pattern: a lookahead inside it made the engine retry from every character of
 * a long run of dots (quadratic; a line of 64,000 dots took seconds).
 */
export function sentenceEnds(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  const line = text.slice(start, end);
  for (const match of line.matchAll(/[.!?…]+["'”’)\]]*/gu)) {
    const cut = match.index + match[0].length;
    if (!spaceThenText(line, cut)) continue;
    if (match[0] === '.') {
      const before = line.slice(Math.max(0, match.index - 6), match.index);
      // `before` is at most six characters, so this end-anchored search is bounded.
      // eslint-disable-next-line regexp/no-super-linear-move
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
      // A lower-case word after the dot is rarely a new sentence ("approx. three").
      if (/^\s+\p{Ll}/u.test(line.slice(cut, cut + 3))) continue;
    }
    cuts.push(start + cut);
  }
  return cuts;
}

function trimRange(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

function pushCapped(out: Span[], text: string, range: Span): void {
  let { start } = range;
  while (range.end - start > MAX_SEGMENT) {
    // The last space within this piece; searched only back to its start (lastIndexOf would scan
    // the whole line before it each time, quadratic on a long line without spaces).
    let cut = start + MAX_SEGMENT;
    // Compared by code: text[cut] makes a string of each character other than Latin-1 ones (“…”, emoji).
    while (cut > start && text.charCodeAt(cut) !== 32) cut -= 1;
    if (cut <= start) cut = start + MAX_SEGMENT;
    // Never cut between the halves of a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut += 1;
    const piece = trimRange(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const last = trimRange(text, start, range.end);
  if (last) out.push(last);
}

/** How one line splits: its kind and its sentences as offsets into the line. */
interface LineSplit {
  kind: LineKind;
  /** The first piece is a salutation the line goes on after (GREETING_LEAD). */
  greetingLead: boolean;
  pieces: readonly Span[];
}

/**
 * Lines split before, by their text: a line splits the same wherever it sits, and a pause in
 * typing changes one line, so the other lines of a long draft are not re-split on every pause.
 * Cleared when full; a pure cache, so it never changes a result.
 */
const LINE_CACHE = new Map<string, LineSplit>();
const LINE_CACHE_MAX = 5000;
/**
 * Longer lines are split again when met again: looking one up costs about what splitting it
 * does, and each kept would hold a copy of itself (a pasted megabyte line, every paste) until the
 * cache is next cleared.
 */
const LINE_CACHE_LONGEST = 10_000;

function splitLine(raw: string): LineSplit {
  const hit = raw.length <= LINE_CACHE_LONGEST ? LINE_CACHE.get(raw) : undefined;
  if (hit) return hit;
  const pieces: Span[] = [];
  const kind = lineKind(raw);
  const lead = kind === 'body' ? GREETING_LEAD.exec(raw)?.[0].length ?? 0 : 0;
  if (lead > 0) pushCapped(pieces, raw, { start: 0, end: lead });
  let from = lead;
  for (const cut of sentenceEnds(raw, lead, raw.length)) {
    pushCapped(pieces, raw, { start: from, end: cut });
    from = cut;
  }
  pushCapped(pieces, raw, { start: from, end: raw.length });
  const split = { kind, greetingLead: lead > 0, pieces };
  if (raw.length > LINE_CACHE_LONGEST) return split;
  if (LINE_CACHE.size >= LINE_CACHE_MAX) LINE_CACHE.clear();
  LINE_CACHE.set(detached(raw), split);
  return split;
}

/**
 * Hard-wrapped text: plain-text mail and template files break lines at a fixed width, so a line
 * break can fall inside a sentence ("…talked with Sam about\nthe rota you planned."). A break is
 * read as a space when the line before leaves its sentence open (no sentence end, no colon) and
 * ends on an article or possessive ("the", "your"), or when it is long enough to have been wrapped
 * and the next line of the same paragraph carries it on: it starts with a small letter, or the line
 * before ends on a word no sentence ends with ("about", "and"). Short lines are lists or addresses
 * and keep their breaks; so do greetings, sign-offs, bullets, and pieces the joined sentence would
 * make longer than MAX_SEGMENT.
 */
const WRAP_MIN = 40;
const OPEN_END = /(?:^|[^.!?…:;"”’)\]\s])\s*$/u;
const CARRIES_ON = /^[\s"“'‘(]*\p{Ll}/u;
/** Articles, prepositions, conjunctions and possessives: a line ending on one leaves its sentence unfinished ("that", "this" or "can" may end one). */
const UNFINISHED = /\b(?:a|an|the|to|of|and|or|but|nor|with|for|in|on|at|about|from|by|into|than|your|my|our|their|his|her|its)\s*$/iu;
/** Of those, the words that leave a noun to come: no sentence, list item or heading ends on them. */
const DANGLING = /\b(?:a|an|the|your|my|our|their|its)\s*$/iu;

/** Whether the sentence `a` ends its line open and `b`, on the next line of its paragraph, carries it on. */
export function wrapsInto(text: string, a: Segment, b: Segment): boolean {
  if (a.lineKind !== 'body' || b.lineKind !== 'body' || !b.lineStart) return false;
  if (b.end - a.start > MAX_SEGMENT) return false;
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  // One line break between them and nothing else: the next line of the same paragraph.
  const between = text.slice(a.end, b.start);
  if (!/^[^\S\n]*\n[^\S\n]*$/u.test(between)) return false;
  if (!OPEN_END.test(a.text)) return false;
  // An article or a possessive cannot end a sentence, so a line ending on one runs on however short it is.
  if (DANGLING.test(a.text)) return true;
  if (a.end - lineStart < WRAP_MIN) return false;
  return CARRIES_ON.test(b.text) || UNFINISHED.test(a.text);
}

/** A short line after the sign-off: the writer's name, title, company or phone — the signature, not the message. */
const SIGNATURE_MAX_WORDS = 6;
const signatureLine = (line: string): boolean => !line.includes('?') && line.trim().split(/\s+/u).length <= SIGNATURE_MAX_WORDS;
/** A name, a title, a company, an address or number: every word capitalised, or a web address, e-mail or phone. */
const NAME_WORD = /^(?:[\p{Lu}\p{N}&(+]|\S*(?:@|\.[a-z]{2,}\b|\d{3}))/u;
const nameLine = (line: string): boolean => signatureLine(line) && !line.includes('!') && line.trim().split(/\s+/u).every((w) => NAME_WORD.test(w));
/** Lines at the end of a message that read as a signature without a sign-off above them. */
const SIGNATURE_MAX_LINES = 4;

/** Marks the message's last lines as the signature when they are only names, titles and addresses. */
function markTrailingSignature(segments: Segment[]): void {
  // Only the last few lines are looked at, from the end: a long draft costs nothing more.
  let at = segments.length;
  let lines = 0;
  let cut = segments.length;
  while (at > 0 && lines < SIGNATURE_MAX_LINES) {
    const line = segments[at - 1]!.line;
    let from = at - 1;
    while (from > 0 && segments[from - 1]!.line === line) from -= 1;
    // Each piece is trimmed and not empty, so joined they hold at least a word apiece: a line of
    // more pieces than a signature line has words is none (and a long line is not joined to see it).
    if (at - from > SIGNATURE_MAX_WORDS) break;
    const pieces = segments.slice(from, at);
    if (pieces.some((p) => p.lineKind !== 'body') || !nameLine(pieces.map((p) => p.text).join(' '))) break;
    lines += 1;
    cut = from;
    at = from;
  }
  // The message must go on above the block: something else is a sentence of the body.
  if (cut === segments.length || !segments.slice(0, cut).some((s) => s.lineKind === 'body')) return;
  for (let i = cut; i < segments.length; i += 1) segments[i]!.lineKind = 'signoff';
}

/**
 * Quoted history in plain text: a line opened by ">" and the header a mail client writes above it
 * ("On Tue, 3 Mar 2026 at 10:02, Dana Ruiz <dana@example.com> wrote:"). Someone else's words, so
 * not the writer's sentences. The header is read from its own line, so an edit elsewhere never
 * changes what it is.
 */
const QUOTED_LINE = /^\s*>/u;
const REPLY_HEADER = /^\s*On\s.{4,200}\swrote:\s*$/u;

/** A line the message reads as blank: empty, or quoted history (someone else's words, not the writer's sentences). */
export function blankLine(line: string): boolean {
  return line.trim() === '' || QUOTED_LINE.test(line) || REPLY_HEADER.test(line);
}

/**
 * The line a mail client writes above a forwarded or replied-to message in plain text
 * ("---------- Forwarded message ---------", "-----Original Message-----"): everything after it is
 * the earlier message, read as blank lines.
 */
export const HISTORY_MARK = /^[ \t]*-{3,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{3,}[ \t]*$/imu;
/** The signature delimiter ("-- " on a line of its own): what follows it is the signature, however long its lines. */
const SIGNATURE_DASHES = /^--\s*$/u;

export function segment(text: string, excluded: readonly Span[] = []): Segment[] {
  const segments: Segment[] = [];
  // Pieces split from whole lines (not around excluded spans): only these may join across a break.
  const wrappable: boolean[] = [];
  let signedOff = false;
  let delimited = false;
  let history = false;
  let paragraph = 0;
  let line = 0;
  let blankRun = false;
  let lineStartAt = 0;
  const sorted = [...excluded].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  while (lineStartAt <= text.length) {
    let lineEnd = text.indexOf('\n', lineStartAt);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStartAt && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const raw = text.slice(lineStartAt, contentEnd);
    if (!history && HISTORY_MARK.test(raw)) history = true;
    if (history || blankLine(raw)) {
      if (!blankRun && line > 0) paragraph += 1;
      blankRun = true;
    } else if (!sorted.some((ex) => ex.start < contentEnd && ex.end > lineStartAt)) {
      blankRun = false;
      if (SIGNATURE_DASHES.test(raw)) delimited = true;
      const split = splitLine(raw);
      const { pieces } = split;
      const kind: LineKind = delimited || (signedOff && split.kind === 'body' && signatureLine(raw)) ? 'signoff' : split.kind;
      if (split.kind === 'signoff') signedOff = true;
      pieces.forEach((piece, index) => {
        const start = lineStartAt + piece.start;
        const end = lineStartAt + piece.end;
        segments.push({ start, end, text: text.slice(start, end), paragraph, line, lineKind: index === 0 && split.greetingLead ? 'greeting' : kind, lineStart: index === 0, continues: index > 0 && leavesOpen(raw, pieces[index - 1]?.start ?? 0, piece.start) });
        wrappable.push(true);
      });
      line += 1;
    } else {
      // A line with excluded text in it (a quote, a signature) is split around those spans.
      blankRun = false;
      const kind = lineKind(raw);
      let first = true;
      for (const range of subtract(lineStartAt, contentEnd, sorted)) {
        const pieces: Span[] = [];
        let from = range.start;
        for (const cut of sentenceEnds(text, range.start, range.end)) {
          pushCapped(pieces, text, { start: from, end: cut });
          from = cut;
        }
        pushCapped(pieces, text, { start: from, end: range.end });
        for (const piece of pieces) {
          segments.push({ start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end), paragraph, line, lineKind: kind, lineStart: first, continues: false });
          wrappable.push(false);
          first = false;
        }
      }
      line += 1;
    }
    if (lineEnd === text.length) break;
    lineStartAt = lineEnd + 1;
  }
  const joined = joinWrapped(text, segments, wrappable);
  markTrailingSignature(joined);
  return joined;
}

/** Merges each sentence a hard line break cut in two (wrapsInto), in one pass: a sentence wrapped over several lines becomes one. */
function joinWrapped(text: string, segments: Segment[], wrappable: readonly boolean[]): Segment[] {
  const out: Segment[] = [];
  let lastWrappable = false;
  segments.forEach((seg, i) => {
    const prev = out[out.length - 1];
    if (prev && lastWrappable && wrappable[i] && wrapsInto(text, prev, seg)) {
      out[out.length - 1] = { ...prev, end: seg.end, text: text.slice(prev.start, seg.end) };
      return;
    }
    out.push(seg);
    lastWrappable = wrappable[i] ?? false;
  });
  return out;
}
