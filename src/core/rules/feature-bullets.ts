import { advice, looksLikeFeature } from '../rule-kit';
import { bySensitivity, draftRule } from '../rule';
import type { RuleReport } from '../rule';

export default draftRule({
  id: 'feature-bullets',
  category: 'feature-dump',
  level: 'sentence',
  priority: 2,
  description: 'Flags bullet lists of capabilities where no bullet mentions the reader or what changes for them.',
  rationale:
    'A bulleted spec sheet hands the reader the job of finding what matters to them. One bullet tied to their situation beats five that are not.',
  messages: {
    bullets: '{count} bullets about the product and none about them. Keep the one that fits their situation and say what it changes.',
  },
  options: { minBullets: { relaxed: 4, balanced: 3, strict: 3 } },
  scope: 'draft',
  check(draft, options) {
    const reports: RuleReport[] = [];
    const min = bySensitivity(draft.settings.sensitivity, options.minBullets);
    let run: typeof draft.sentences[number][] = [];
    const flush = (): void => {
      // Called at every line of the draft: nothing to judge (or allocate) without a list.
      if (run.length === 0) return;
      const lines = new Set(run.map((s) => s.line));
      const aboutThem = run.some((s) => s.readerRefs.some((r) => r.weight >= 1) || s.isQuestion || s.words > 8 || !looksLikeFeature(s, { start: 0, end: s.text.length }));
      const first = run[0];
      const last = run[run.length - 1];
      if (lines.size >= min && !aboutThem && first && last) {
        reports.push({
          start: first.start,
          end: last.end,
          messageId: 'bullets',
          data: { count: String(lines.size) },
          suggestions: [advice('Cut the list to the item that fits them and add what it changes for them')],
        });
      }
      run = [];
    };
    let previousLine = -2;
    for (const s of draft.sentences) {
      if (s.lineKind === 'bullet') {
        if (s.line !== previousLine && s.line !== previousLine + 1) flush();
        run.push(s);
        previousLine = s.line;
      } else if (s.line !== previousLine) {
        flush();
      }
    }
    flush();
    return reports;
  },
  examples: {
    bad: [
      { text: 'What you get:\n[[- Unlimited dashboards\n- 40 integrations\n- SSO and audit logs]]\nLet me know.' },
      { text: 'Our plan includes:\n[[• Daily backups\n• Priority support\n• A dedicated manager\n• Custom reports]]' },
    ],
    good: [
      { text: 'Three things from your audit:\n- Your backup job skipped March 3\n- Two of your admins share a login\n- Your SSL certificate expires in May' },
      { text: 'Agenda:\n- Budget\n\nSee you then.' },
    ],
  },
});
