/**
 * The analyser's public API (TEMPORARY STUB until the engine lands: returns an empty report).
 * Every caller outside core imports from here.
 */
import type { AnalyzeOptions, IncrementalAnalyzer, Report } from './types';

export type * from './types';
export { CATEGORIES, CATEGORY_IDS } from './categories';

export function analyze(text: string, _options: AnalyzeOptions = {}): Report {
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    score: 100,
    findings: [],
    stats: { words, sentences: 0, questions: 0, writerReferences: 0, readerReferences: 0, base: 100, contributions: [] },
    language: { supported: true, englishRatio: 1 },
  };
}

export function createAnalyzer(): IncrementalAnalyzer {
  return { analyze: (text, options) => analyze(text, options) };
}

/** Metadata of every rule, sorted by id, for the options page and the docs. */
export function listRules(): import('./types').RuleInfo[] {
  return [];
}
