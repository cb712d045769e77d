import { TIME_ASK, offers } from '../asks';
import { advice } from '../rule-kit';
import { draftRule } from '../rule';
import type { RuleReport } from '../rule';

export default draftRule({
  id: 'empty-meeting-ask',
  category: 'generic',
  level: 'sentence',
  priority: 2,
  description: 'Flags requests for a call or meeting in drafts that give the reader nothing first: no insight, no resource, no reason it helps them.',
  rationale:
    'Asking for time while offering nothing makes the reader pay for the conversation. Give something first, such as an idea, a finding or a resource aimed at them, and the meeting becomes their choice.',
  messages: {
    ask: '“{ask}” asks for their time but the draft gives them nothing yet. Offer something useful first.',
  },
  options: {},
  scope: 'draft',
  check(draft) {
    if (draft.settings.channel === 'reply' || draft.settings.channel === 'service-reply') return [];
    const gives = draft.sentences.some((s) => s.gives);
    if (gives) return [];
    const reports: RuleReport[] = [];
    for (const [i, s] of draft.sentences.entries()) {
      const match = s.asksForTime ? TIME_ASK.exec(s.text) : null;
      if (!match) continue;
      // A call offered for the reader's own need ("Have questions? Book a call") asks nothing of them.
      const before = draft.sentences[i - 1];
      if (s.ask === 'offer' || (before?.isQuestion && offers(`${before.text} ${s.text}`))) continue;
      reports.push({
        start: s.start,
        end: s.start + s.text.trimEnd().length,
        messageId: 'ask',
        data: { ask: match[0] },
        suggestions: [advice('Give first: share one finding, idea or resource for them, then let them decide whether to talk')],
      });
      break;
    }
    return reports;
  },
  examples: {
    bad: [
      { text: 'Hi Lou,\n\nWe build payroll software.\n\n[[Would you be open to a quick call this week?]]' },
      { text: '[[Can I grab 15 minutes on your calendar?]] We have helped many firms.' },
    ],
    good: [
      { text: 'Hi Lou,\n\nI ran your pricing page through a speed test; the report is attached. Happy to walk through it on a quick call if useful.' },
      { text: 'Thursday at 3 works for the call you suggested.', channel: 'reply' },
      { text: 'Your workspace is ready.\n\nStuck on the import? Have questions? Book a quick call and we will walk you through it.' },
      { text: 'Your workspace is ready. If you need help with the import, book a call with me.' },
    ],
  },
});
