/**
 * The analyser's public API. Every caller outside core imports from here.
 */
import { Engine } from './analyze';
import { taggerWarm } from './nlp/parse';
import { RULES } from './rules/index';
import type { AnalyzeOptions, IncrementalAnalyzer, Report, RuleInfo } from './types';

export type * from './types';
export { CATEGORIES, CATEGORY_IDS } from './categories';

/** Analyse one draft from scratch. Deterministic; never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return new Engine().analyze(text, options);
}

/** An analyser that re-parses only the sentences that changed since its last call. */
export function createAnalyzer(): IncrementalAnalyzer {
  return new Engine();
}

const strip = (text: string): string => text.replace(/\[\[|\]\]/g, '');

const WARM_UP_TEXT = 'Hi Sam, I wanted to reach out because we are the leading provider of payroll tools. Can we book a call?';

/**
 * Runs the rules once, on a short sample, with a throwaway engine: compromise
 * builds its tagger's match nets and the phrase patterns compile now, in a task the caller picks
 * (the content script: right after a composer is focused), instead of inside the first analysis
 * after a pause in typing. Does nothing once the tagger has run on a real draft.
 */
export function warmUp(): void {
  if (!taggerWarm()) new Engine().analyze(WARM_UP_TEXT);
}

/** Metadata of every rule, sorted by id, for the options page and the docs. */
export function listRules(): RuleInfo[] {
  return RULES.map((rule) => ({
    id: rule.id,
    category: rule.category,
    level: rule.level,
    description: rule.description,
    rationale: rule.rationale,
    examples: { bad: rule.examples.bad.map((e) => strip(e.text)), good: rule.examples.good.map((e) => e.text) },
  })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
