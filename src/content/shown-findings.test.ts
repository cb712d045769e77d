// The findings a session shows, on real reports: a report waits for the stored dismissals, a
// dismissed finding stays hidden in the next reports (edits elsewhere keep its fingerprint), a
// view's id finds its finding, and a point finds the phrase or sentence whose words are there,
// never the whole-draft finding.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/index';
import type { Span } from '../core/types';
import { ShownFindings } from './shown-findings';

const SELF = 'Just following up on my last email. We are the industry-leading provider. I think our platform is the best and we have 40 integrations, SSO and analytics.';
const analyzer = createAnalyzer();
const report = analyzer.analyze(SELF);
const rules = (shown: ShownFindings) => shown.findings.map((f) => f.ruleId);

/** Lays each span out as one line 20px high: x from its start to its end, 1px a character. */
const line = (span: Span): DOMRect[] => [{ left: span.start, right: span.end, top: 0, bottom: 20, width: span.end - span.start, height: 20 } as DOMRect];

describe('ShownFindings', () => {
  it('is ready once the stored dismissals are in, and then hides the dismissed', () => {
    const shown = new ShownFindings();
    expect(shown.ready).toBe(false);
    const chasing = report.findings.find((f) => f.ruleId === 'chasing')!;
    shown.load([chasing.fingerprint]);
    expect(shown.ready).toBe(true);
    shown.show(report);
    expect(rules(shown)).toEqual(['superlative-claim', 'no-reader-question']);
  });

  it('keeps each view beside its finding, so an id from the card or the popup finds the finding', () => {
    const shown = new ShownFindings();
    shown.load([]);
    shown.show(report);
    expect(rules(shown)).toEqual(['chasing', 'superlative-claim', 'no-reader-question']);
    expect(shown.views.map((v) => v.ruleId)).toEqual(rules(shown));
    for (const [index, view] of shown.views.entries()) expect(shown.byId(view.id)).toBe(shown.findings[index]);
    expect(shown.byId('nope')).toBeUndefined();
  });

  it('a dismissed finding stays hidden in the next reports, also after an edit elsewhere in the draft', () => {
    const shown = new ShownFindings();
    shown.load([]);
    shown.show(report);
    const id = shown.views[1]!.id;
    expect(shown.dismiss(id)?.ruleId).toBe('superlative-claim');
    shown.show(analyzer.analyze(`Hi Sam, ${SELF}`));
    expect(rules(shown)).toEqual(['chasing', 'no-reader-question']);
    // An unknown id dismisses nothing.
    expect(shown.dismiss('nope')).toBeUndefined();
    shown.show(report);
    expect(rules(shown)).toEqual(['chasing', 'no-reader-question']);
  });

  it('shows nothing without a report (a draft too long to analyse)', () => {
    const shown = new ShownFindings();
    shown.load([]);
    shown.show(report);
    shown.show(null);
    expect(shown.findings).toEqual([]);
    expect(shown.views).toEqual([]);
  });

  it('finds the phrase under a point, never the whole-draft finding, and null off the words', () => {
    const shown = new ShownFindings();
    shown.load([]);
    shown.show(report);
    const [chasing, superlative, draft] = shown.views;
    expect(shown.at({ x: 10, y: 10 }, line)).toBe(chasing!.id);
    expect(shown.at({ x: 50, y: 10 }, line)).toBe(superlative!.id);
    // The draft-level finding spans 74–154: the point is inside it, yet it is not hit.
    expect(draft!.level).toBe('draft');
    expect(shown.at({ x: 100, y: 10 }, line)).toBeNull();
    expect(shown.at({ x: 10, y: 30 }, line)).toBeNull();
    // Nothing laid out (the draft changed since): nothing is hit.
    expect(shown.at({ x: 10, y: 10 }, () => [])).toBeNull();
  });
});
