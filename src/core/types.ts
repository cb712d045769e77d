/**
 * The public data model of the analyser. Every layer that talks about findings imports these
 * types from here; nothing in this file may depend on the DOM or on extension APIs.
 */

/** The six fixed category ids (DESIGN.md §2). They are stored in settings and printed by the CLI. */
export type CategoryId = 'me-focus' | 'feature-dump' | 'fake-empathy' | 'pushy' | 'bragging' | 'generic';

/** Where a draft will be sent; rules use it for channel norms. */
export type Channel =
  | 'cold-email'
  | 'follow-up'
  | 'linkedin-note'
  | 'linkedin-message'
  | 'reply'
  | 'service-reply'
  | 'newsletter';

/** How eager the analyser is to flag borderline copy. */
export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

/** Whether a finding is about a phrase, one sentence or the whole draft. */
export type Level = 'phrase' | 'sentence' | 'draft';

/** A half-open range of UTF-16 code units into the analysed text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Replace the text in `[start, end)` with `text`; an insert has `start === end`, a removal has `text === ''`. */
export interface Edit extends Span {
  text: string;
}

/** A proposed change: an imperative label plus zero or more edits (zero edits = advice only). */
export interface Suggestion {
  label: string;
  edits: Edit[];
}

/** One problem the analyser found in a draft. */
export interface Finding {
  /** Rule id, e.g. `hollow-opener`. */
  ruleId: string;
  category: CategoryId;
  level: Level;
  /** Lower is more important; breaks ties between overlapping findings. */
  priority: number;
  /** The primary span. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  excerpt: string;
  /** Other spans that support the finding (e.g. each "I"/"we" behind a draft-level me-focus finding). */
  evidence: Span[];
  messageId: string;
  /** Rendered message: what is wrong here, naming the words, pointing to the fix. */
  message: string;
  /** One or two sentences on why this costs trust (the rule's rationale). */
  why: string;
  /** Up to three, best first. */
  suggestions: Suggestion[];
  /** Other rules that matched the same words: one span is charged once, to the strongest finding. */
  alsoFlagged?: Array<{ ruleId: string; category: CategoryId; message: string }>;
  /**
   * Settings-independent hash of rule id, message id and normalised matched text (no position);
   * for a draft-level finding, of rule id and message id alone, so a dismissal survives edits.
   */
  fingerprint: string;
}

/** One documented contribution to the score (positive raises it, negative pulls it down). */
export interface ScoreContribution {
  /** Stable key, e.g. `category:pushy` or `balance:writer-vs-reader`. */
  key: string;
  /** The category this contribution belongs to, or null for balance measures. */
  category: CategoryId | null;
  /** Short human label for the popup breakdown, e.g. "Pushy phrasing (2)". */
  label: string;
  points: number;
}

/** Figures behind the score, exposed so the popup can explain it. */
export interface Stats {
  words: number;
  sentences: number;
  questions: number;
  /** Mentions of the writer (I, we, our, own company names), greetings and sign-offs aside. */
  writerReferences: number;
  /** Mentions of the reader (you, your, a slot for their details). */
  readerReferences: number;
  /** score ≈ base + Σ contributions.points, exactly so between 10 and 90 (see core/score.ts; contributions under half a point are left out). */
  base: number;
  contributions: ScoreContribution[];
  /** The raw feature values the score is a function of (docs/score.md); null when not scored. */
  features: Readonly<Record<string, number>> | null;
}

/** Language detection outcome: when `supported` is false there are no findings. */
export interface LanguageInfo {
  supported: boolean;
  /** Share of words that look English, 0..1. */
  englishRatio: number;
}

/** Why a draft has no score: it is empty (or only whitespace and punctuation), or mostly not English. */
export interface NotScored {
  reason: 'empty' | 'not-english';
  /** One sentence for people, e.g. "Not scored: the draft is mostly not in English." */
  message: string;
}

/**
 * A "before you send" warning: a mistake to fix before sending (an unfilled placeholder), shown
 * apart from the client-focus findings. Warnings never change the score.
 */
export interface Warning extends Span {
  kind: 'placeholder';
  /** `text.slice(start, end)`. */
  excerpt: string;
  message: string;
}

/** The result of analysing one draft. */
export interface Report {
  /** 0–100, higher = more client-focused; null when the draft is not scored (see `notScored`). */
  score: number | null;
  /** Set exactly when `score` is null: empty, whitespace-only and mostly non-English drafts. */
  notScored: NotScored | null;
  findings: Finding[];
  /** Before-you-send warnings (unfilled placeholders); never part of the score. */
  warnings: Warning[];
  stats: Stats;
  language: LanguageInfo;
  /** Set only when the analysis was given a context: what was read from it. */
  context?: ContextReport;
}

/** Options for one analysis; every field is optional and has a documented default. */
export interface AnalyzeOptions {
  /** @default 'cold-email' */
  channel?: Channel;
  /** @default 'balanced' */
  sensitivity?: Sensitivity;
  /** Rule id → enabled. Rules not listed keep their default (on). */
  rules?: Readonly<Record<string, boolean>>;
  /** The writer's own company and product names; they count as self-references. */
  ownNames?: readonly string[];
  /** Phrases never to flag (matched case-insensitively against a finding's excerpt). */
  ignoredPhrases?: readonly string[];
  /** Spans the caller excludes (quoted history, signatures): never flagged, not counted. */
  excluded?: readonly Span[];
  /**
   * What the draft answers, read beside it (DESIGN.md §7: kept in memory for this draft only).
   * Without it the report is exactly what it was; with it the context rules run and the report
   * says what was read (`Report.context`).
   */
  context?: DraftContextInput;
}

/**
 * What a draft is written to: the message a reply answers, the post a comment answers, or only
 * the person a note or a new message goes to.
 */
export type ContextKind = 'message' | 'post' | 'person';

export interface DraftContextInput {
  kind: ContextKind;
  /** The message's or post's text as the page shows it ('' for a person only). */
  text?: string;
  /** The people the draft is written to: the message's sender, the post's author, the invitee, the recipients. */
  names?: readonly string[];
}

/** What the analyser read from the context (for the popup and the CLI's JSON report). */
export interface ContextReport {
  kind: ContextKind;
  /** The people the draft is written to, as read. */
  names: string[];
  /** Questions and requests found in a message, and whether the draft answers each. */
  questions: Array<{ text: string; answered: boolean }>;
  /** For a post: the words the draft shares with it (stems), in the draft's order. */
  shared: string[];
}

/** An analyser that remembers per-sentence work between calls (for the content script). */
export interface IncrementalAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  /**
   * Optional head start on the next `analyze(text, options)`: does the per-sentence work not
   * cached yet while `more()` returns true, and returns true once nothing is left (see Engine).
   */
  prepare?(text: string, options: AnalyzeOptions, more: () => boolean): boolean;
}

/** What the settings screen and the docs need to know about a rule (no detection code). */
export interface RuleInfo {
  id: string;
  category: CategoryId;
  level: Level;
  /** One sentence, third person, what the rule checks. */
  description: string;
  /** Two or three sentences on why the pattern costs trust. */
  rationale: string;
  /** Plain-text examples with markers stripped: first bad and good examples are shown in options. */
  examples: { bad: string[]; good: string[] };
}
