/**
 * The engine: segment the draft, tag each sentence once (cached by its text), run the sentence
 * rules per sentence (cached too), then the draft rules over the sentence views; turn reports
 * into findings with absolute spans, safe edits and fingerprints; score.
 */
import { TIME_ASK, askOf, givesOf, type AskKind } from './asks';
import { countLanguage, languageOf, type LanguageCounts } from './language';
import { tagSentence, tagSentences, type Token } from './nlp/parse';
import { HISTORY_MARK, blankLine, segment, wrapsInto, type Segment } from './nlp/segment';
import { aboutReader, computeFeatures, type FeatureSentence } from './features';
import { readContext, summarise, type ReadContext } from './context';
import { detailsOf, namesOnlyVague, type Details } from './nlp/details';
import { phrasingOf, type Phrasing } from './learned/phrasing';
import { focusOf, writerCentred, type Focus } from './nlp/focus';
import { buildView, type SentenceView } from './nlp/views';
import type { AnyRule, DraftSentence, PriorFinding, RuleReport, RuleSettings } from './rule';
import { RULES } from './rules/index';
import { BASE, score } from './score';
import { findPlaceholders, type Placeholder } from './text/placeholders';
import { deletionSpan, detached, hash, isHighSurrogate, isLowSurrogate, normalise, overlaps, snapToCodePoint } from './text/text';
import type { AnalyzeOptions, CategoryId, DraftContextInput, Edit, Finding, IncrementalAnalyzer, NotScored, Report, Span, Suggestion, Warning } from './types';

interface ResolvedOptions {
  settings: RuleSettings;
  ownNameWords: string[][];
  enabled: (rule: AnyRule) => boolean;
  ignored: string[];
  excluded: Span[];
  /** What sentence results depend on. */
  key: string;
}

function resolve(options: AnalyzeOptions): ResolvedOptions {
  const ownNames = (options.ownNames ?? []).map((n) => n.trim()).filter(Boolean);
  const settings: RuleSettings = { channel: options.channel ?? 'cold-email', sensitivity: options.sensitivity ?? 'balanced', ownNames };
  const rules = options.rules ?? {};
  return {
    settings,
    ownNameWords: ownNames.map((n) => normalise(n).split(/\s+/).filter(Boolean)),
    enabled: (rule) => rules[rule.id] !== false,
    ignored: (options.ignoredPhrases ?? []).map(normalise).filter(Boolean),
    excluded: (options.excluded ?? []).filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start),
    key: JSON.stringify([settings.channel, settings.sensitivity, ownNames.map(normalise)]),
  };
}

/** A sentence rule's finding, relative to its sentence, before the draft's settings filter it. */
interface LocalFinding {
  rule: AnyRule;
  finding: Finding;
  normalised: string;
}

interface SentenceResult {
  view: SentenceView;
  local: LocalFinding[];
  /** Every report, for draft rules (relative offsets). */
  prior: Array<{ rule: AnyRule; start: number; end: number }>;
  asksForTime: boolean;
  gives: boolean;
  ask: AskKind | null;
  focus: Focus;
  details: Details;
  /** The learned phrase layer's reading of the sentence (learned/phrasing.ts). */
  phrasing: Phrasing;
  /** Placeholders in the sentence (relative offsets). */
  slots: Placeholder[];
}

/**
 * One sentence as the last analysis put it into its draft: everything derived from its result
 * and its place, kept so that the next analysis reuses it while the sentence sits where it did
 * (an edit then costs the edited sentence and what follows it, not every sentence of the draft).
 */
interface Placed {
  result: SentenceResult;
  /** The sentence's text (its result's), which later drafts are lined up by. */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  line: number;
  sentence: DraftSentence;
  feature: FeatureSentence;
  prior: PriorFinding[];
  findings: Finding[];
  /** Its findings charged once (chargeOnce) and in report order; made when first needed, moved with the sentence. */
  charged: Finding[] | null;
  /** The same without its me-focus sentence findings, for a sentence after the draft has turned to the reader (inSequence). */
  chargedAfterReader: Finding[] | null;
  warnings: Warning[];
}

/** Characters compared at once by the two functions below (a native comparison), before the last block is walked. */
const BLOCK = 256;

/** Length of the text two strings start with. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/** Length of the text two strings end with, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i += 1;
  return i;
}

/** The text two drafts start with, and the text they end with after that. */
type Ends = (a: string, b: string) => { prefix: number; suffix: number };

/** ends() that remembers its last pair: read() and resegment() compare the same two texts. */
function endsOnce(): Ends {
  let last = { a: '', b: '', prefix: 0, suffix: 0 };
  return (a, b) => {
    if (last.a !== a || last.b !== b) {
      const prefix = commonPrefix(a, b);
      last = { a, b, prefix, suffix: commonSuffix(a, b, Math.min(a.length, b.length) - prefix) };
    }
    return last;
  };
}

/** Pieces looked at on either side of a mismatch for where the two drafts agree again. */
const RESYNC = 8;

/**
 * How the sentences of a draft line up with those of the last one: for each new sentence, the
 * index of the old sentence with the same text it lines up with, else -1. Matched from the end,
 * then from the start; past an edit, the match resumes at the nearest pair of equal texts within
 * RESYNC sentences on either side, so any number of separate edits (a sentence changed here, one
 * restored there) leaves the sentences between them matched. Cost: one comparison of each
 * sentence's text with its partner's. A pair only says the texts are equal: what may be reused
 * of the old sentence is for the caller to check around it.
 */
function align(old: ReadonlyArray<{ text: string }>, now: ReadonlyArray<{ text: string }>): Int32Array {
  const from = new Int32Array(now.length).fill(-1);
  let endNow = now.length;
  let endOld = old.length;
  while (endNow > 0 && endOld > 0 && now[endNow - 1]!.text === old[endOld - 1]!.text) {
    endNow -= 1;
    endOld -= 1;
    from[endNow] = endOld;
  }
  let i = 0;
  let k = 0;
  while (i < endNow && k < endOld) {
    if (now[i]!.text === old[k]!.text) {
      from[i] = k;
      i += 1;
      k += 1;
      continue;
    }
    let found = false;
    for (let d = 1; d <= 2 * RESYNC && !found; d += 1) {
      for (let a = Math.max(0, d - RESYNC); a <= Math.min(d, RESYNC); a += 1) {
        if (i + a < endNow && k + d - a < endOld && now[i + a]!.text === old[k + d - a]!.text) {
          i += a;
          k += d - a;
          found = true;
          break;
        }
      }
    }
    if (!found) break;
  }
  return from;
}

/** Whether `a[aFrom, aTo)` and `b[bFrom, bTo)` hold the same characters (no strings made). */
function sameText(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i += 1) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/** Categories whose phrase findings mark a line that would fit any reader (a stock line, scripted feeling): features.ts does not count it as turning to this one. */
const STOCK_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>(['generic', 'fake-empathy']);
/** Whether a sentence ends on "!" (before any closing quote or bracket; "?!" counts). */
function exclaims(text: string): boolean {
  let end = text.length;
  while (end > 0 && /[\s"'”’)\]?]/u.test(text[end - 1]!)) end -= 1;
  return text[end - 1] === '!';
}

/**
 * segment(), with each sentence's text in storage of its own: sentences outlive their draft in the
 * caches (and in the next resegment()), and a text cut from the draft would keep all of it alive.
 */
function segmentOwn(input: string, excluded: readonly Span[]): Segment[] {
  const segments = segment(input, excluded);
  // Equal texts share one copy: a long run of one mark is cut into thousands of equal pieces.
  const own = new Map<string, string>();
  for (const seg of segments) {
    let text = own.get(seg.text);
    if (text === undefined) {
      text = detached(seg.text);
      own.set(text, text);
    }
    seg.text = text;
  }
  return segments;
}

/** The line a sentence ends on: a sentence hard-wrapped over lines (wrapsInto) counts from its first. */
function lastLineOf(seg: Segment): number {
  let line = seg.line;
  for (let at = seg.text.indexOf('\n'); at !== -1; at = seg.text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * The sentences of `input`, given those of the draft read before it (`last`): the lines an edit
 * touched are split again and the rest taken as they were (those after the edit moved by it),
 * which is what segment() would return. Where the split of a line could depend on lines an edit
 * changed (a sign-off above it, the signature at the end, excluded spans, an edit in the last
 * lines), the whole draft is split again.
 */
export function resegment(last: Pick<Read, 'input' | 'excluded' | 'segments'> | null, input: string, excluded: readonly Span[], ends: Ends = endsOnce()): Segment[] {
  if (!last || excluded.length > 0 || last.excluded !== '[]' || last.segments.length === 0) return segmentOwn(input, excluded);
  // A forwarded or replied-to message below a mark makes every line after the mark blank: split the whole draft.
  if (HISTORY_MARK.test(input) || HISTORY_MARK.test(last.input)) return segmentOwn(input, excluded);
  const old = last.input;
  const segs = last.segments;
  const { prefix, suffix } = ends(old, input);
  const delta = input.length - old.length;
  // The edited lines: from the start of the line the edit begins on to a line break in the text both end with.
  const from = prefix === 0 ? 0 : input.lastIndexOf('\n', prefix - 1) + 1;
  const to = input.indexOf('\n', input.length - suffix);
  if (to === -1) return segmentOwn(input, excluded);
  const lastLine = (text: string, end: number): string => text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  // A blank last edited line would leave the paragraph count after it to the lines before.
  if (blankLine(lastLine(input, to)) || blankLine(lastLine(old, to - delta))) return segmentOwn(input, excluded);
  // Old sentences before the edited lines (k), and from the first line after them (m).
  let k = 0;
  while (k < segs.length && segs[k]!.start < from) k += 1;
  let m = k;
  while (m < segs.length && segs[m]!.start < to - delta) m += 1;
  // A sign-off before or among the edited lines makes the short lines after it signature.
  for (let i = 0; i < m; i += 1) if (segs[i]!.lineKind === 'signoff') return segmentOwn(input, excluded);
  const tail = segs.slice(m);
  const end = segs[segs.length - 1]!;
  // The signature at the end is read from the last four lines and needs a line of message above
  // them: both must lie in the unchanged lines after the edit.
  if (!tail.some((t) => t.line <= end.line - 4 && t.lineKind === 'body')) return segmentOwn(input, excluded);
  const window = segment(input.slice(from, to));
  if (window.length === 0 || window.some((w) => w.lineKind === 'signoff')) return segmentOwn(input, excluded);
  // The sentences just before and just after the edited lines, as they were.
  const before = segs[k - 1];
  const oldLast = segs[m - 1];
  const after = tail[0];
  // A sentence hard-wrapped over lines (wrapsInto) across the edge of the edited lines: split the whole draft.
  const shift = (w: Segment, by: number): Segment => ({ ...w, start: w.start + by, end: w.end + by });
  if (
    (before && (before.end > from || wrapsInto(input, before, shift(window[0]!, from)))) ||
    (oldLast && oldLast.end > to - delta) ||
    (after && wrapsInto(input, shift(window[window.length - 1]!, from), shift(after, delta)))
  ) {
    return segmentOwn(input, excluded);
  }
  // Where the edited lines start counting lines and paragraphs, from the sentence before them.
  let line = 0;
  let paragraph = 0;
  if (before) {
    line = lastLineOf(before) + 1;
    const lineEnd = input.indexOf('\n', before.end);
    const blankBetween = lineEnd + 1 < from;
    const firstBlank = blankLine(input.slice(from, input.indexOf('\n', from) === -1 ? to : Math.min(to, input.indexOf('\n', from))));
    // A blank line closes the paragraph once; segment() alone does not count one at its start.
    paragraph = before.paragraph + (blankBetween ? 1 : 0) + (firstBlank && !blankBetween ? 1 : 0);
  }
  if (m === k) return segmentOwn(input, excluded);
  const out = segs.slice(0, k);
  // A sentence of the edited lines that was there before keeps its text's string (its own
  // storage already); only new texts are copied out of the draft.
  const was = segs.slice(k, m);
  const same = align(was, window);
  window.forEach((w, i) => {
    const text = same[i]! >= 0 ? was[same[i]!]!.text : detached(w.text);
    out.push({ start: w.start + from, end: w.end + from, text, paragraph: w.paragraph + paragraph, line: w.line + line, lineKind: w.lineKind, lineStart: w.lineStart, continues: w.continues });
  });
  const newLast = out[out.length - 1]!;
  if (!oldLast) return segmentOwn(input, excluded);
  const dParagraph = newLast.paragraph - oldLast.paragraph;
  const dLine = lastLineOf(newLast) - lastLineOf(oldLast);
  for (const t of tail) {
    out.push(delta === 0 && dParagraph === 0 && dLine === 0 ? t : { start: t.start + delta, end: t.end + delta, text: t.text, paragraph: t.paragraph + dParagraph, line: t.line + dLine, lineKind: t.lineKind, lineStart: t.lineStart, continues: t.continues });
  }
  return out;
}

/** The same finding `offset` characters further on, each edit of its suggestions placed by `edit`. */
function offsetBy(finding: Finding, offset: number, edit: (e: Edit) => Edit): Finding {
  return {
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
    evidence: finding.evidence.length === 0 ? finding.evidence : finding.evidence.map((e) => ({ start: e.start + offset, end: e.end + offset })),
    // Suggestions without edits hold no offsets: shared with the finding moved (reports never change).
    suggestions: finding.suggestions.some((s) => s.edits.length > 0) ? finding.suggestions.map((s) => (s.edits.length === 0 ? s : { label: s.label, edits: s.edits.map(edit) })) : finding.suggestions,
  };
}

/** The same finding `delta` characters further on. */
function moved(finding: Finding, delta: number): Finding {
  return offsetBy(finding, delta, (e) => ({ start: e.start + delta, end: e.end + delta, text: e.text }));
}

/**
 * An array refilled from the start on every call, by index: it keeps its storage between calls,
 * where pushing into a new (or emptied) array would grow it anew on every pause of a long draft.
 */
class Refill<T> {
  private n = 0;
  constructor(private readonly items: T[]) {}
  push(item: T): void {
    this.items[this.n++] = item;
  }
  /** What was put in since the start (the same array, cut to that length). */
  done(): T[] {
    if (this.items.length !== this.n) this.items.length = this.n;
    return this.items;
  }
}

/** What an analysis assembles from its sentences: internal, never part of a report. */
interface Assembly {
  placed: Placed[];
  sentences: DraftSentence[];
  features: FeatureSentence[];
  prior: PriorFinding[];
}

const assembly = (): Assembly => ({ placed: [], sentences: [], features: [], prior: [] });

/** Sentences met beyond the draft's before a cache starts a new generation (memory: two generations of about the draft). */
const GENERATION_SLACK = 64;

const NOT_SCORED: Readonly<Record<NotScored['reason'], string>> = {
  empty: 'Not scored: there are no words to check yet.',
  'not-english': 'Not scored: this draft is mostly not in English, and Outward checks English only.',
};

/** Sentences tagged together in one step of prepare(): a few milliseconds of work on a warm tagger. */
const PREPARE_BATCH = 4;
/** …and no more characters than this in one step, so a batch of long sentences stays a short step. */
const PREPARE_CHARS = 480;
/** Steps of prepare() that tag a single sentence before batching starts (the JIT is cold then). */
const COLD_STEPS = 12;

/** Where one warm prepare() step ends: after `from`, at most PREPARE_BATCH sentences and PREPARE_CHARS characters. */
function batchEnd(pending: readonly Segment[], from: number): number {
  const last = Math.min(pending.length, from + PREPARE_BATCH);
  let end = from + 1;
  let chars = pending[from]!.text.length;
  while (end < last && chars + pending[end]!.text.length <= PREPARE_CHARS) {
    chars += pending[end]!.text.length;
    end += 1;
  }
  return end;
}
const SENTENCE_RULES = RULES.filter((r) => r.scope === 'sentence');
const DRAFT_RULES = RULES.filter((r) => r.scope === 'draft');

/** Rule crashes throw under the test runner and are skipped (the rule only) in production. */
const STRICT = Boolean((globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VITEST);

function runSafely<T>(rule: AnyRule, run: () => T[]): T[] {
  try {
    return run();
  } catch (error) {
    return crashed(rule, error);
  }
}

/** What a rule that threw reports: nothing, or (under the test runner) the crash. */
function crashed(rule: AnyRule, error: unknown): never[] {
  if (STRICT) throw new Error(`rule ${rule.id} crashed: ${error instanceof Error ? error.message : String(error)}`);
  return [];
}

function render(template: string, data: Readonly<Record<string, string>> | undefined): string {
  // Most messages name the phrase: a template without a brace is its own message.
  return template.includes('{') ? template.replace(/\{(\w+)\}/g, (whole, name: string) => data?.[name] ?? whole) : template;
}

function splitsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
}

function validSpan(text: string, span: Span): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start <= span.end && !splitsPair(text, span.start) && !splitsPair(text, span.end);
}

/** Make a suggestion's edits absolute; removals also take the whitespace they would leave. */
function absoluteSuggestion(text: string, offset: number, suggestion: Suggestion): Suggestion | null {
  const edits: Edit[] = [];
  for (const edit of suggestion.edits) {
    let span: Span = { start: edit.start + offset, end: edit.end + offset };
    if (edit.text === '' && span.end > span.start) span = deletionSpan(text, span.start, span.end);
    const absolute = { ...span, text: edit.text };
    if (!validSpan(text, absolute) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(edit.text)) return null;
    edits.push(absolute);
  }
  edits.sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i += 1) {
    const prev = edits[i - 1];
    const cur = edits[i];
    if (prev && cur && cur.start < prev.end) return null;
  }
  // An edit that changes nothing is not a suggestion.
  if (edits.length > 0 && edits.every((e) => text.slice(e.start, e.end) === e.text)) return null;
  return { label: suggestion.label, edits };
}

/** Move a sentence-relative finding to its place in the draft; removals take their whitespace there. */
function shift(text: string, finding: Finding, offset: number, excluded: readonly Span[]): Finding {
  if (offset === 0 && !finding.suggestions.some((s) => s.edits.some((e) => e.text === ''))) return finding;
  /** A removal takes the whitespace around it, but never excluded text (quotes, signatures). */
  const removal = (start: number, end: number): Edit => {
    const wide = deletionSpan(text, start, end);
    return excluded.some((x) => x.start < wide.end && wide.start < x.end) ? { start, end, text: '' } : { ...wide, text: '' };
  };
  // Edits were validated against the sentence; moving them keeps them valid.
  return offsetBy(finding, offset, (e) => (e.text === '' ? removal(e.start + offset, e.end + offset) : { start: e.start + offset, end: e.end + offset, text: e.text }));
}

/**
 * Placeholders are slots, not words of the writer: a pronoun inside one ("[Your Name]") refers to
 * nobody in the draft, and a slot for the reader's details is a reference to the reader.
 */
function withSlots(view: SentenceView, slots: readonly Placeholder[]): SentenceView {
  if (slots.length === 0) return view;
  const outside = (r: Span): boolean => !slots.some((s) => r.start >= s.start && r.end <= s.end);
  const readerRefs = view.readerRefs.filter(outside);
  for (const s of slots) if (s.owner === 'reader') readerRefs.push({ start: s.start, end: s.end, weight: 1 });
  readerRefs.sort((a, b) => a.start - b.start);
  return { ...view, writerRefs: view.writerRefs.filter(outside), readerRefs };
}

/** The order of a report's findings: by start, then priority, then rule. */
function reportOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.priority - b.priority || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Findings charged once (chargeOnce) and in report order. */
function chargeSorted(findings: Finding[]): Finding[] {
  return findings.length <= 1 ? findings : chargeOnce(findings).sort(reportOrder);
}

/** A me-focus finding about one sentence, which the draft's sequence can lift (inSequence below). */
const liftable = (f: Finding): boolean => f.category === 'me-focus' && f.level === 'sentence';

/**
 * The draft as a sequence: a sentence about the writer that comes after the draft has spoken
 * about the reader (social proof after their problem, what the writer built for someone like
 * them) is how good messages are written, so its me-focus finding stands only while the draft
 * as a whole is more about the writer than about the reader. Where the reader's sentences
 * outnumber the writer's, self-orientation is not what the draft does, and no sentence's
 * me-focus finding stands, the opening's included ("We're a month away from the workshop" before
 * three sentences of what the reader needs to bring). Returns where the findings lifted start
 * (after this offset; -1 for all of them), or Infinity when none is.
 */
function inSequence(placed: readonly Placed[]): number {
  let writer = 0;
  let reader = 0;
  let firstReader = Infinity;
  for (const p of placed) {
    if (writerCentred(p.feature.focus)) writer += 1;
    // As the score's shares read it (features.ts).
    if (aboutReader(p.feature)) {
      reader += 1;
      firstReader = Math.min(firstReader, p.start);
    }
  }
  if (writer < reader) return -1;
  return writer > reader ? Infinity : firstReader;
}

/**
 * The report's findings: each sentence's findings charged once among themselves (kept with the
 * sentence, so an edit charges only the sentences it touched), and the draft rules' findings, in
 * report order. The same list as charging every finding of the draft at once and sorting it: a
 * sentence's findings lie inside it, so only a draft rule's finding can overlap findings of two
 * sentences, and when one is about a span (not the whole draft) everything is charged at once.
 */
function assembleFindings(placed: readonly Placed[], fromDraft: readonly Finding[]): Finding[] {
  const lifted = inSequence(placed);
  const kept = (f: Finding): boolean => !(liftable(f) && f.start > lifted);
  const out: Finding[] = [];
  if (fromDraft.some((f) => f.level !== 'draft')) {
    for (const p of placed) for (const f of p.findings) if (kept(f)) out.push(f);
    for (const f of fromDraft) if (kept(f)) out.push(f);
    return chargeOnce(out).sort(reportOrder);
  }
  // Whole-draft findings first, as chargeOnce() puts them (the sort below is stable).
  out.push(...firstOfEach(fromDraft));
  for (const p of placed) {
    let list = (p.charged ??= chargeSorted(p.findings));
    if (p.end > lifted && p.findings.some(liftable)) list = p.start > lifted ? (p.chargedAfterReader ??= chargeSorted(p.findings.filter((f) => !liftable(f)))) : chargeSorted(p.findings.filter(kept));
    for (const f of list) out.push(f);
  }
  return fromDraft.length === 0 ? out : out.sort(reportOrder);
}

/**
 * One span is charged once: where findings overlap, the strongest (the most precise level, then the
 * lowest priority number, then the longer span) stays and names the others in `alsoFlagged`.
 * Draft-level findings speak of the whole draft and are kept as they are. A rule that reports the
 * same span twice is kept once.
 *
 * Runs on every keystroke over every finding, so it is linear in practice: findings arrive nearly
 * in text order, and only a run of overlapping ones (rare) is ranked.
 */
function chargeOnce(findings: readonly Finding[]): Finding[] {
  // One pass, and runs as ranges of the sorted list: this runs on every pause, so it allocates little.
  const whole: Finding[] = [];
  const spanned: Finding[] = [];
  for (const f of findings) (f.level === 'draft' ? whole : spanned).push(f);
  const kept = firstOfEach(whole);
  spanned.sort((a, b) => a.start - b.start || b.end - a.end);
  let from = 0;
  let runEnd = -Infinity;
  for (let i = 0; i < spanned.length; i += 1) {
    const f = spanned[i]!;
    if (i > from && f.start >= runEnd) {
      settleRun(spanned, from, i, kept);
      from = i;
    }
    runEnd = i === from ? f.end : Math.max(runEnd, f.end);
  }
  if (spanned.length > from) settleRun(spanned, from, spanned.length, kept);
  return kept;
}

const LEVEL_RANK: Readonly<Record<Finding['level'], number>> = { phrase: 0, sentence: 1, draft: 2 };

/** One finding per rule and span: a rule that reported a span twice counts once (the first report). */
function firstOfEach(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.start}|${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Findings whose spans chain by overlap (list[from, to)): the strongest of each overlapping group stays. */
function settleRun(list: readonly Finding[], from: number, to: number, kept: Finding[]): void {
  if (to - from === 1) {
    kept.push(list[from]!);
    return;
  }
  const run = list.slice(from, to);
  const ranked = firstOfEach(run).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const won: Finding[] = [];
  for (const f of ranked) {
    const at = won.findIndex((k) => overlaps(k, f));
    if (at === -1) {
      won.push(f);
      continue;
    }
    const winner = won[at]!;
    // Copied before it changes: a finding may be the cached object of an unchanged sentence.
    const copy = winner.alsoFlagged ? winner : { ...winner, alsoFlagged: [] };
    copy.alsoFlagged!.push({ ruleId: f.ruleId, category: f.category, message: f.message });
    won[at] = copy;
  }
  kept.push(...won);
}

/** A sentence's results depend on its text and on where it sits on its line; this is the second part. */
function sameLineContext(result: SentenceResult, seg: Segment): boolean {
  return result.view.lineKind === seg.lineKind && result.view.lineStart === seg.lineStart && result.view.continues === seg.continues;
}

/** A draft as read(): its sentences, their language counts (by index) and the draft's language. */
interface Read {
  input: string;
  excluded: string;
  segments: Segment[];
  counts: LanguageCounts[];
  language: Report['language'];
  words: number;
}

export class Engine implements IncrementalAnalyzer {
  /** Parses kept across an options change (results are then recomputed from them). */
  private tokens = new Map<string, readonly Token[]>();
  /** Sentence text → its results, one per line context it appeared in (last call; the call before). */
  private sentences = new Map<string, SentenceResult[]>();
  private older = new Map<string, SentenceResult[]>();
  private languages = new Map<string, LanguageCounts>();
  /** Where the last two drafts compared differ (kept with this analyser, as its caches are). */
  private readonly ends = endsOnce();
  private resultsKey = '';
  /** The last draft read, with its sentences and language (see read()). */
  private lastRead: Read | null = null;
  /** Tagging steps prepare() has taken, to keep the first ones small. */
  private steps = 0;
  /** The last analysis's sentences as placed in its draft (by index), its text, and what else they depend on. */
  private placed: { input: string; key: string; sentences: Placed[] } = { input: '', key: '', sentences: [] };
  /** Two sets of arrays, used in turn: the last call's placement is read while this call's is written. */
  private readonly assemblies: [Assembly, Assembly] = [assembly(), assembly()];
  private turn = 0;

  // ---- Context (issue 23): read once per context, kept for this draft only, never stored.
  private lastContext: { key: string; read: ReadContext | null } | null = null;

  /** The context read, reused while the caller passes the same one (it changes far less than the draft). */
  private contextOf(input: DraftContextInput | undefined): ReadContext | null {
    if (!input) return null;
    const key = JSON.stringify([input.kind, input.text, input.names]);
    if (this.lastContext?.key !== key) this.lastContext = { key, read: readContext(input) };
    return this.lastContext.read;
  }

  /** The report with what was read from the context; the report itself when there is none. */
  private withContext(report: Report, context: ReadContext | null, sentences: readonly DraftSentence[]): Report {
    return context ? { ...report, context: summarise(context, sentences) } : report;
  }
  // ---- end of context

  /** Options resolved for `input`, with the caches reset if the options changed since the last call. */
  private begin(input: string, options: AnalyzeOptions): ResolvedOptions {
    const resolved = resolve(options);
    // A caller's excluded span may cut a surrogate pair in half: widen it to whole characters.
    resolved.excluded = resolved.excluded.map((span) => {
      const start = Math.max(0, Math.min(input.length, Math.floor(span.start)));
      const end = Math.max(start, Math.min(input.length, Math.ceil(span.end)));
      return { start: snapToCodePoint(input, start), end: splitsPair(input, end) ? end + 1 : end };
    });
    if (resolved.key !== this.resultsKey) {
      // Rule results depend on the options; the parse does not, so keep the tokens.
      for (const [text, results] of this.sentences) if (results[0]) this.tokens.set(text, results[0].view.tokens);
      this.sentences = new Map();
      this.older = new Map();
      this.resultsKey = resolved.key;
    }
    return resolved;
  }

  /**
   * The draft's options, sentences and language. A sliced analysis reads the same text once per
   * prepare() step and once more in analyze(), so the last draft's sentences and language are
   * kept and reused while the text and the excluded spans are unchanged.
   */
  private read(text: string, options: AnalyzeOptions) {
    const input = typeof text === 'string' ? text : '';
    const resolved = this.begin(input, options);
    const excluded = JSON.stringify(resolved.excluded);
    let last = this.lastRead;
    if (!last || last.input !== input || last.excluded !== excluded) {
      const segments = resegment(last, input, resolved.excluded, this.ends);
      last = { input, excluded, segments, ...this.languageOf(input, segments, last) };
      this.lastRead = last;
    }
    return { input, resolved, segments: last.segments, language: last.language, words: last.words };
  }

  /**
   * Language of the whole draft from per-sentence counts: a sentence the edit left in place keeps
   * its counts from the last read, others are looked up by their text or counted.
   */
  private languageOf(input: string, segments: readonly Segment[], last: Read | null): { language: Report['language']; words: number; counts: LanguageCounts[] } {
    const lined = last ? align(last.segments, segments) : null;
    const totals: LanguageCounts = { words: 0, english: 0, other: 0, nonLatin: 0 };
    const counts: LanguageCounts[] = [];
    segments.forEach((s, i) => {
      const at = lined ? lined[i]! : -1;
      let c = at >= 0 ? last!.counts[at] : undefined;
      if (!c) {
        c = this.languages.get(s.text);
        if (!c) {
          c = countLanguage(s.text);
          this.languages.set(s.text, c);
        }
      }
      counts.push(c);
      totals.words += c.words;
      totals.english += c.english;
      totals.other += c.other;
      totals.nonLatin += c.nonLatin;
    });
    // Texts met since the last start, kept while they are few next to the draft's.
    if (this.languages.size > segments.length + GENERATION_SLACK) {
      this.languages = new Map();
      segments.forEach((s, i) => this.languages.set(s.text, counts[i]!));
    }
    return { language: languageOf(totals), words: totals.words, counts };
  }

  /** A cached result for this sentence in this line context, from the last two calls or a prepare(). */
  private cached(seg: Segment): SentenceResult | undefined {
    const fits = (r: SentenceResult): boolean => sameLineContext(r, seg);
    return this.sentences.get(seg.text)?.find(fits) ?? this.older.get(seg.text)?.find(fits);
  }

  /**
   * Does the costly part of the next `analyze(text, options)` ahead of it: tags the sentences not
   * seen before and runs the sentence rules on them, one sentence at a time, while `more()`
   * says there is time. Returns true when nothing is left, so that `analyze` will only assemble
   * cached results. Lets a caller spread the first analysis of a long draft over several short
   * tasks instead of one long one.
   */
  prepare(text: string, options: AnalyzeOptions, more: () => boolean): boolean {
    const { resolved, segments, language } = this.read(text, options);
    if (!language.supported) return true;
    const pending = segments.filter((seg) => !this.cached(seg));
    for (let i = 0; i < pending.length; i += 1) {
      if (!more()) return false;
      const seg = pending[i]!;
      if (this.cached(seg)) continue;
      // Tag this sentence together with the next few untagged ones, up to PREPARE_CHARS (one at a
      // time while the tagger is cold, when a single sentence can take tens of milliseconds); rules
      // run one per step.
      if (!this.tokens.has(seg.text)) {
        this.tagAhead(pending.slice(i, this.steps < COLD_STEPS ? i + 1 : batchEnd(pending, i)));
        this.steps += 1;
      }
      const result = this.analyseSentence(seg, this.tokensFor(seg.text), resolved);
      const variants = this.sentences.get(seg.text);
      if (variants) variants.push(result);
      else this.sentences.set(seg.text, [result]);
    }
    return true;
  }

  /** Tokens of a sentence from any cache, or from the tagger. */
  private tokensFor(text: string): readonly Token[] {
    return (this.sentences.get(text) ?? this.older.get(text))?.[0]?.view.tokens ?? this.tokens.get(text) ?? tagSentence(text);
  }

  /** Tags, in one run of the tagger, the segments whose text has no tokens in any cache yet. */
  private tagAhead(segments: readonly Segment[]): void {
    // A text with any cached result has its tokens there (whatever the line context), so map
    // lookups are enough here.
    const texts = [...new Set(segments.map((seg) => seg.text))].filter((text) => !this.tokens.has(text) && !this.sentences.has(text) && !this.older.has(text));
    if (texts.length < 2) return;
    tagSentences(texts).forEach((tokens, i) => this.tokens.set(texts[i]!, tokens));
  }

  analyze(text: string, options: AnalyzeOptions = {}): Report {
    // Language first, so a non-English draft is never tagged.
    const { input, resolved, segments, language, words: totalWords } = this.read(text, options);
    const notScored: NotScored | null = !language.supported ? { reason: 'not-english', message: NOT_SCORED['not-english'] } : totalWords === 0 ? { reason: 'empty', message: NOT_SCORED.empty } : null;
    const context = this.contextOf(options.context);
    if (notScored) {
      return this.withContext({
        score: null,
        notScored,
        findings: [],
        warnings: [],
        stats: { words: totalWords, sentences: segments.length, questions: 0, writerReferences: 0, readerReferences: 0, base: 0, contributions: [], features: null },
        language,
      }, context, []);
    }

    // A first analysis tags all its sentences in one run of the tagger; later ones meet few new
    // sentences (and prepare() batches a long paste), so they skip the scan.
    if (this.sentences.size === 0 && this.older.size === 0) this.tagAhead(segments);
    this.turn ^= 1;
    const into = this.assemblies[this.turn]!;
    const sentencesInto = new Refill(into.sentences);
    const priorInto = new Refill(into.prior);
    const featuresInto = new Refill(into.features);
    const warnings: Warning[] = [];
    // The draft is kept as the last analysis placed it, and lined up with this one by the
    // sentences' texts: a sentence found again, on the same kind of line and with the same text
    // around it, is taken as it was (moved, if the edit moved it); only the sentences an edit
    // touched are looked up (and, if new, analysed) and placed anew.
    const placedKey = `${resolved.key}\u0000${JSON.stringify(resolved.excluded)}\u0000${JSON.stringify(options.rules ?? {})}\u0000${resolved.ignored.join('\u0000')}`;
    const last = this.placed.key === placedKey ? this.placed : null;
    const from = last ? align(last.sentences, segments) : null;
    const reused = last && from ? this.reusable(last, from, input, segments, resolved.excluded.length > 0) : null;
    const placedInto = new Refill(into.placed);
    // Sentences of the last placement are moved in place below: should this call not finish, the
    // next one must not line up with them.
    this.placed = { input: '', key: '', sentences: [] };

    segments.forEach((seg: Segment, index) => {
      const before = reused && reused[index] ? last!.sentences[from![index]!] : undefined;
      if (before) {
        const still = before.start === seg.start && before.paragraph === seg.paragraph && before.line === seg.line && before.sentence.index === index;
        this.keep(still ? before : this.move(before, seg, index, seg.start - before.start), placedInto, sentencesInto, featuresInto, priorInto, warnings);
        return;
      }
      let result = this.cached(seg);
      if (!result) {
        result = this.analyseSentence(seg, this.tokensFor(seg.text), resolved);
        const variants = this.sentences.get(seg.text);
        if (variants) variants.push(result);
        else this.sentences.set(seg.text, [result]);
      }
      const here: Placed = { result, text: seg.text, start: seg.start, end: seg.end, paragraph: seg.paragraph, line: seg.line, sentence: undefined as unknown as DraftSentence, feature: undefined as unknown as FeatureSentence, prior: [], findings: [], charged: null, chargedAfterReader: null, warnings: [] };
      placedInto.push(here);
      const v = result.view;
      // Built field by field: spreading the view makes a slow dictionary-mode object per sentence.
      here.sentence = {
        text: v.text,
        tokens: v.tokens,
        lineKind: v.lineKind,
        lineStart: v.lineStart,
        continues: v.continues,
        isQuestion: v.isQuestion,
        negated: v.negated,
        subject: v.subject,
        verb: v.verb,
        subjectSpan: v.subjectSpan,
        writerRefs: v.writerRefs,
        readerRefs: v.readerRefs,
        words: v.words,
        start: seg.start,
        end: seg.end,
        paragraph: seg.paragraph,
        line: seg.line,
        index,
        asksForTime: result.asksForTime,
        gives: result.gives,
        ask: result.ask,
        focus: result.focus,
      };
      sentencesInto.push(here.sentence);
      for (const slot of result.slots) {
        const start = seg.start + slot.start;
        const end = seg.start + slot.end;
        if (resolved.excluded.some((x) => x.start < end && start < x.end)) continue;
        const excerpt = detached(input.slice(start, end));
        here.warnings.push({ kind: 'placeholder', start, end, excerpt, message: `${excerpt} is an unfilled placeholder: fill it in before you send.` });
      }
      here.feature = {
        focus: result.focus,
        isQuestion: v.isQuestion,
        asksForTime: result.asksForTime,
        gives: result.gives,
        writerWeight: v.writerRefs.length,
        readerWeight: v.readerRefs.length,
        readerSlot: result.slots.some((s) => s.owner === 'reader'),
        // A slot for the reader's details will hold a name or a number: as specific as what fills it.
        concrete: result.details.concrete || result.slots.some((slot) => slot.owner === 'reader'),
        readerThings: result.details.readerThings,
        vaguePraise: result.details.vaguePraise,
        ask: result.ask,
        phrasing: result.phrasing,
        stock: false,
        exclaims: exclaims(seg.text),
        vagueOnly: namesOnlyVague(result.details),
      };
      featuresInto.push(here.feature);
      for (const p of result.prior) here.prior.push({ ruleId: p.rule.id, category: p.rule.category, start: seg.start + p.start, end: seg.start + p.end });
      for (const local of result.local) {
        if (!resolved.enabled(local.rule) || resolved.ignored.some((phrase) => local.normalised.includes(phrase))) continue;
        here.findings.push(shift(input, local.finding, seg.start, resolved.excluded));
        if (local.finding.level === 'phrase' && STOCK_CATEGORIES.has(local.finding.category)) here.feature.stock = true;
      }
      for (const p of here.prior) priorInto.push(p);
      for (const w of here.warnings) warnings.push(w);
    });
    const placed = placedInto.done();
    const draftSentences = sentencesInto.done();
    const featureSentences = featuresInto.done();
    const prior = priorInto.done();
    this.placed = { input, key: placedKey, sentences: placed };
    this.tokens = new Map();
    this.rotate(placed);

    const draft = { text: input, sentences: draftSentences, settings: resolved.settings, findings: prior, ...(context ? { context } : {}) };
    const fromDraft: Finding[] = [];
    for (const rule of DRAFT_RULES) {
      if (rule.scope !== 'draft' || !resolved.enabled(rule)) continue;
      for (const report of runSafely(rule, () => rule.check(draft, rule.options))) {
        const finding = this.toFinding(input, 0, rule, report, resolved);
        if (finding) fromDraft.push(finding);
      }
    }

    const charged = assembleFindings(placed, fromDraft);

    // Whole mentions, for people ("You mention yourself 4 times"); greetings and sign-offs aside.
    let writer = 0;
    let reader = 0;
    let questions = 0;
    let words = 0;
    for (const s of draftSentences) {
      words += s.words;
      if (s.isQuestion) questions += 1;
      if (s.lineKind === 'greeting' || s.lineKind === 'signoff') continue;
      writer += s.writerRefs.length;
      reader += s.readerRefs.length;
    }
    const findingCounts: Partial<Record<CategoryId, number>> = {};
    for (const f of charged) findingCounts[f.category] = (findingCounts[f.category] ?? 0) + 1;
    const { features, counts } = computeFeatures(featureSentences, findingCounts);
    const scored = score({ features, counts, findingCounts });
    return this.withContext({
      score: scored.score,
      notScored: null,
      findings: charged,
      warnings,
      stats: {
        words,
        sentences: draftSentences.length,
        questions,
        writerReferences: writer,
        readerReferences: reader,
        base: BASE,
        contributions: scored.contributions,
        features,
      },
      language,
    }, context, draftSentences);
  }

  /**
   * Which sentences of the last placement this analysis takes as they were (by the index of the
   * new sentence; `from` pairs it with an old one of the same text): those on the same kind of
   * line with the same text between them and their neighbours, which is all a sentence's
   * findings read of the draft around it (a removal takes the spaces and line breaks next to it).
   * With excluded spans, only a sentence that did not move (what it may reach depends on them).
   */
  private reusable(last: { input: string; sentences: Placed[] }, from: Int32Array, input: string, segments: readonly Segment[], excluded: boolean): Uint8Array {
    const old = last.sentences;
    const reuse = new Uint8Array(segments.length);
    for (let i = 0; i < segments.length; i += 1) {
      const at = from[i]!;
      if (at < 0) continue;
      const before = old[at]!;
      const seg = segments[i]!;
      if (!sameLineContext(before.result, seg) || (excluded && before.start !== seg.start)) continue;
      if ((i === 0) !== (at === 0) || (i === segments.length - 1) !== (at === old.length - 1)) continue;
      const gapBefore = sameText(input, i === 0 ? 0 : segments[i - 1]!.end, seg.start, last.input, at === 0 ? 0 : old[at - 1]!.end, before.start);
      if (!gapBefore) continue;
      const nextNew = i === segments.length - 1 ? input.length : segments[i + 1]!.start;
      const nextOld = at === old.length - 1 ? last.input.length : old[at + 1]!.start;
      if (sameText(input, seg.end, nextNew, last.input, before.end, nextOld)) reuse[i] = 1;
    }
    return reuse;
  }

  /** Puts a placed sentence, and what it adds to the draft, into this analysis. */
  private keep(here: Placed, placed: Refill<Placed>, sentences: Refill<DraftSentence>, features: Refill<FeatureSentence>, prior: Refill<PriorFinding>, warnings: Warning[]): void {
    placed.push(here);
    sentences.push(here.sentence);
    features.push(here.feature);
    for (const p of here.prior) prior.push(p);
    for (const w of here.warnings) warnings.push(w);
  }

  /**
   * A sentence after the edit: as it was placed, `delta` characters further on and at its new
   * index, paragraph and line. The last analysis's placement is dropped with this one, so its
   * sentence and the sentence rules' reports for the draft rules are moved in place; its findings
   * and warnings belong to the last report, which the caller may still hold, and are copied.
   */
  private move(before: Placed, seg: Segment, index: number, delta: number): Placed {
    const s = before.sentence;
    before.start = s.start = seg.start;
    before.end = s.end = seg.end;
    before.paragraph = s.paragraph = seg.paragraph;
    before.line = s.line = seg.line;
    s.index = index;
    if (delta !== 0) {
      for (const p of before.prior) {
        p.start += delta;
        p.end += delta;
      }
      const old = before.findings;
      const now = old.length === 0 ? old : old.map((f) => moved(f, delta));
      // A charged finding is one of the sentence's findings or a copy of one naming the others.
      const remap = (list: Finding[] | null): Finding[] | null => {
        if (list === old || !list) return list && now;
        return list.map((f) => {
          const at = old.indexOf(f);
          return at >= 0 ? now[at]! : moved(f, delta);
        });
      };
      before.charged = remap(before.charged);
      before.chargedAfterReader = remap(before.chargedAfterReader);
      before.findings = now;
      if (before.warnings.length > 0) before.warnings = before.warnings.map((w) => ({ ...w, start: w.start + delta, end: w.end + delta }));
    }
    return before;
  }

  /**
   * The sentence cache holds every sentence of the last draft and those met since; once it holds
   * GENERATION_SLACK more than the draft it becomes the older generation (a sentence edited away
   * and then restored, by undo or a retyped word, is still found) and a new one starts from the
   * draft's sentences, so memory stays at about two drafts, as it was with a generation per call.
   */
  private rotate(placed: readonly Placed[]): void {
    if (this.sentences.size <= placed.length + GENERATION_SLACK) return;
    this.older = this.sentences;
    this.sentences = new Map();
    for (const { result } of placed) {
      const variants = this.sentences.get(result.view.text);
      if (!variants) this.sentences.set(result.view.text, [result]);
      else if (!variants.includes(result)) variants.push(result);
    }
  }

  /** Everything about one sentence that does not depend on its neighbours; cached by its text. */
  private analyseSentence(seg: Segment, tokens: readonly Token[], resolved: ResolvedOptions): SentenceResult {
    const slots = findPlaceholders(seg.text);
    const view = withSlots(buildView({ text: seg.text, tokens, lineKind: seg.lineKind, lineStart: seg.lineStart, continues: seg.continues, ownNames: resolved.ownNameWords }), slots);
    // The sentence's focus with its placeholders, before any rule asks for it.
    const focus = focusOf(view, slots);
    const local: LocalFinding[] = [];
    const prior: SentenceResult['prior'] = [];
    // Relative to the sentence; no ignore list yet (that is applied per call).
    let relative: ResolvedOptions | null = null;
    for (const rule of SENTENCE_RULES) {
      if (rule.scope !== 'sentence') continue;
      // runSafely() without a closure per rule and sentence.
      let reports: readonly RuleReport[];
      try {
        reports = rule.check(view, resolved.settings, rule.options);
      } catch (error) {
        reports = crashed(rule, error);
      }
      for (const report of reports) {
        prior.push({ rule, start: report.start, end: report.end });
        relative ??= { ...resolved, ignored: [], excluded: [] };
        const finding = this.toFinding(seg.text, 0, rule, report, relative);
        if (finding) local.push({ rule, finding, normalised: normalise(finding.excerpt) });
      }
    }
    // A signature line neither asks nor gives: "Book a demo: …" under the name is the writer's boilerplate.
    const signature = seg.lineKind === 'signoff';
    const asksForTime = !signature && TIME_ASK.test(seg.text);
    const ask = focus.skip ? null : askOf(seg.text, focus.act === 'request', asksForTime);
    const details = detailsOf(tokens, seg.text);
    // Every sentence, greetings and sign-offs too: the layer was learned on whole messages.
    const phrasing = phrasingOf(seg.text);
    return { view, local, prior, asksForTime, gives: !signature && givesOf(seg.text), ask, focus, details, phrasing, slots };
  }

  private toFinding(text: string, offset: number, rule: AnyRule, report: RuleReport, options: ResolvedOptions): Finding | null {
    let start = report.start + offset;
    let end = report.end + offset;
    if (!validSpan(text, { start, end }) || end <= start) return null;
    // Never reach into excluded text: stop at the first excluded span after the start.
    for (const ex of options.excluded) {
      if (ex.start <= start && ex.end > start) return null;
      if (ex.start > start && ex.start < end) end = ex.start;
    }
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
    if (end <= start || splitsPair(text, end)) return null;
    const excerpt = text.slice(start, end);
    // A draft-level finding is about the whole draft: its span can be most of the text, so it is
    // neither matched against ignored phrases nor fingerprinted by its words (a dismissal of
    // "too long" must survive the next edit, and hashing the draft on every pause costs time).
    const whole = rule.level === 'draft';
    const normalised = whole ? '' : normalise(excerpt);
    if (!whole && options.ignored.some((phrase) => normalised.includes(phrase))) return null;
    const template = rule.messages[report.messageId];
    if (template === undefined) return null;
    const suggestions = (report.suggestions ?? [])
      .map((s) => absoluteSuggestion(text, offset, s))
      .filter((s): s is Suggestion => s !== null)
      .slice(0, 3);
    const evidence = (report.evidence ?? [])
      .map((e) => ({ start: e.start + offset, end: e.end + offset }))
      .filter((e) => validSpan(text, e) && e.end > e.start);
    start = Math.max(0, start);
    return {
      ruleId: rule.id,
      category: rule.category,
      level: rule.level,
      priority: rule.priority,
      start,
      end,
      excerpt,
      evidence,
      messageId: report.messageId,
      message: render(template, report.data),
      why: rule.rationale,
      suggestions,
      fingerprint: hash(whole ? `${rule.id}\u0000${report.messageId}` : `${rule.id}\u0000${report.messageId}\u0000${normalised}`),
    };
  }
}
