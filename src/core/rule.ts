/**
 * What a rule is (STYLE.md, "How a rule is defined"): metadata, messages, options, detection
 * and examples in one object. Sentence rules see one sentence at a time, so the engine can cache
 * their results per sentence; draft rules see the whole draft's sentence views (never the raw
 * parse), so they stay linear.
 */
import type { AskKind } from './asks';
import type { ReadContext } from './context';
import type { Focus } from './nlp/focus';
import type { SentenceView } from './nlp/views';
import type { CategoryId, Channel, DraftContextInput, Level, Sensitivity, Span, Suggestion } from './types';

export interface RuleSettings {
  channel: Channel;
  sensitivity: Sensitivity;
  /** The writer's own names, as written in settings. */
  ownNames: readonly string[];
}

/** A problem a rule reports; offsets are relative to the sentence (sentence rules) or the draft. */
export interface RuleReport {
  start: number;
  end: number;
  messageId: string;
  /** Values for the message template's `{name}` placeholders. */
  data?: Readonly<Record<string, string>>;
  suggestions?: Suggestion[];
  evidence?: Span[];
}

/** A sentence in the draft, with its absolute offsets. */
export interface DraftSentence extends SentenceView {
  start: number;
  end: number;
  paragraph: number;
  line: number;
  index: number;
  /** The sentence asks for the reader's time (a call, a demo, a meeting). */
  asksForTime: boolean;
  /** The sentence gives something: a link, an attachment, a finding. */
  gives: boolean;
  /** What the sentence asks of the reader, by who gains (asks.ts), or null. */
  ask: AskKind | null;
  /** Who the sentence is about and what the writer does in it (nlp/focus.ts). */
  focus: Focus;
}

/** What a sentence rule produced, visible to draft rules. */
export interface PriorFinding {
  ruleId: string;
  category: CategoryId;
  start: number;
  end: number;
}

export interface DraftContext {
  text: string;
  sentences: readonly DraftSentence[];
  settings: RuleSettings;
  /** What the sentence rules found, in draft order (whether or not those rules are switched on). */
  findings: readonly PriorFinding[];
  /** What the draft answers, when the caller gave it (context rules only run then). */
  context?: ReadContext;
}

export interface BadExample {
  /** The draft, with each expected span wrapped in `[[` and `]]`. */
  text: string;
  /** The message id every expected finding carries (default: the rule's first message). */
  messageId?: string;
  /** The whole draft after applying the first finding's first suggestion. */
  output?: string;
  channel?: Channel;
  ownNames?: string[];
  /** What the draft answers (context rules). */
  context?: DraftContextInput;
}

export interface GoodExample {
  text: string;
  channel?: Channel;
  ownNames?: string[];
  context?: DraftContextInput;
}

interface RuleBase<O> {
  id: string;
  category: CategoryId;
  level: Level;
  /** Lower is more important. */
  priority: number;
  description: string;
  rationale: string;
  messages: Readonly<Record<string, string>>;
  options: O;
  examples: { bad: readonly BadExample[]; good: readonly GoodExample[] };
}

export interface SentenceRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'sentence';
  check(sentence: SentenceView, settings: RuleSettings, options: O): RuleReport[];
}

export interface DraftRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'draft';
  check(draft: DraftContext, options: O): RuleReport[];
}

export type Rule<O = never> = SentenceRule<O> | DraftRule<O>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = SentenceRule<any> | DraftRule<any>;

/** Pick a threshold for the current sensitivity. */
export function bySensitivity<T>(sensitivity: Sensitivity, values: { relaxed: T; balanced: T; strict: T }): T {
  return values[sensitivity];
}

/** Typed identity helpers so each rule file gets its options type inferred. */
export function sentenceRule<O>(rule: SentenceRule<O>): SentenceRule<O> {
  return rule;
}

export function draftRule<O>(rule: DraftRule<O>): DraftRule<O> {
  return rule;
}
