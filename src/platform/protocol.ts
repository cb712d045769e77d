/**
 * The message protocol between extension contexts, as plain types (no polyfill import here, so
 * the UI and tests can use the types). `messages.ts` holds the typed send/handle helpers.
 *
 * Directions:
 * - popup → content script of the active tab (`tabs.sendMessage`): `TabRequest`
 * - content script / popup / options → background (`runtime.sendMessage`): `BackgroundRequest`
 */
import type { CategoryId, Channel, ScoreContribution, Suggestion } from '../core/types';

export type SiteId = 'gmail' | 'linkedin';

/** A finding as the popup shows it (derived from a core Finding; never stored). */
export interface FindingView {
  /** Unique within the current report of this composer. */
  id: string;
  ruleId: string;
  category: CategoryId;
  level: 'phrase' | 'sentence' | 'draft';
  excerpt: string;
  message: string;
  why: string;
  suggestions: Suggestion[];
  fingerprint: string;
}

export interface WarningView {
  kind: 'placeholder';
  excerpt: string;
  message: string;
}

export interface ReportView {
  score: number;
  findings: FindingView[];
  /** Before-you-send warnings (unfilled placeholders), shown apart from the findings. */
  warnings: WarningView[];
  contributions: ScoreContribution[];
  writerReferences: number;
  readerReferences: number;
  words: number;
}

/**
 * Set on a composer's state when the site adapter could not place the editor (not a known Gmail
 * or LinkedIn surface) and analyses it as a generic composer; the popup says so.
 */
export interface ComposerPlacement {
  generic?: true;
}

/**
 * What Outward read beside the draft (the message it answers, the post, the person), as the popup
 * says it: counts and a name only, never the context's text.
 */
export interface ContextView {
  kind: 'message' | 'post' | 'person';
  /** The person written to, as the page names them; null when the page does not say. */
  name: string | null;
  /** Questions and requests found in a message, and how many the draft answers. */
  questions: number;
  answered: number;
  /**
   * The popup's line, worded by ui/report-text.ts `contextLine` in the content script (the popup
   * stays within its 15 KB budget by only showing it).
   */
  line: string;
}

/** Set on a composer's state when Outward read context beside the draft. */
export interface ComposerContext {
  context?: ContextView;
}

/** What the content script of a tab says about its active (last focused) composer. */
export type TabState =
  | { status: 'no-composer'; site: SiteId }
  | { status: 'paused'; site: SiteId }
  | { status: 'degraded'; site: SiteId }
  | ({ status: 'analysing'; site: SiteId; channel: Channel } & ComposerPlacement & ComposerContext)
  // `current` is false while the draft has changed since this analysis (the next one runs after the pause).
  // An empty or mostly non-English draft: no score, no findings, and the reason in words.
  | ({ status: 'not-scored'; site: SiteId; channel: Channel; reason: 'empty' | 'not-english' | 'too-long'; message: string; current: boolean } & ComposerPlacement & ComposerContext)
  | ({ status: 'results'; site: SiteId; channel: Channel; report: ReportView; current: boolean } & ComposerPlacement & ComposerContext);

/** Outcome of an apply request. `stale` = the draft changed since the analysis; nothing applied. */
export type ApplyOutcome = { ok: true } | { ok: false; reason: 'stale' | 'failed' | 'not-found' };

export type TabRequest =
  | { type: 'tab/state' }
  | { type: 'tab/apply'; findingId: string; suggestionIndex: number }
  | { type: 'tab/show'; findingId: string }
  | { type: 'tab/dismiss'; findingId: string };

export interface TabResponses {
  'tab/state': TabState;
  'tab/apply': ApplyOutcome;
  'tab/show': { ok: boolean };
  'tab/dismiss': { ok: boolean };
}

export type BackgroundRequest = { type: 'options/open' } | { type: 'firstrun/open' };

export interface BackgroundResponses {
  'options/open': { ok: boolean };
  'firstrun/open': { ok: boolean };
}
