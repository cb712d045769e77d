import { advice } from '../rule-kit';
import { bySensitivity, draftRule } from '../rule';
import type { RuleReport } from '../rule';

export default draftRule({
  id: 'channel-fit',
  category: 'generic',
  level: 'draft',
  priority: 4,
  description: 'Flags drafts that break their channel’s norms: a LinkedIn connection note over 300 characters, or a cold email far longer than it needs to be.',
  rationale:
    'Length is a cost you ask the reader to pay before they know why they should. A connection note is cut off at 300 characters, and a long cold email signals a template about you rather than a note about them.',
  messages: {
    note: 'A connection note holds 300 characters; this one has {length}. Keep one line about them and one question.',
    long: 'This cold email runs {words} words. Cut it to what matters to them; aim for under {limit}.',
  },
  options: { noteLimit: 300, coldEmailWords: { relaxed: 320, balanced: 250, strict: 180 } },
  scope: 'draft',
  check(draft, options) {
    const reports: RuleReport[] = [];
    const sentences = draft.sentences;
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (!first || !last) return reports;
    if (draft.settings.channel === 'linkedin-note') {
      const length = last.end - first.start;
      if (length > options.noteLimit) {
        // Highlight from the first sentence that runs past the limit.
        const over = sentences.find((s) => s.end - first.start > options.noteLimit) ?? last;
        reports.push({
          start: over.start,
          end: last.end,
          messageId: 'note',
          data: { length: String(length) },
          suggestions: [advice('Cut it to one line about them and one question')],
        });
      }
    }
    if (draft.settings.channel === 'cold-email') {
      const limit = bySensitivity(draft.settings.sensitivity, options.coldEmailWords);
      let words = 0;
      let over: (typeof sentences)[number] | null = null;
      for (const s of sentences) {
        words += s.words;
        if (!over && words > limit) over = s;
      }
      if (over) {
        reports.push({
          start: over.start,
          end: last.end,
          messageId: 'long',
          data: { words: String(words), limit: String(limit) },
          suggestions: [advice('Cut everything that is about you; keep the part about them and one question')],
        });
      }
    }
    return reports;
  },
  examples: {
    bad: [
      {
        text: `Hi Ada, ${'I saw the post about the new depot and the routing changes. '.repeat(4)}[[We also run routing software for fleets of every size across the region. Would you like to connect?]]`,
        channel: 'linkedin-note',
        messageId: 'note',
      },
      {
        text: `${'Your team ships every Tuesday and the release notes go out on Wednesday. '.repeat(19)}[[${'The notes could go out the same day with a small change. '.repeat(5).trim()}]]`,
        channel: 'cold-email',
        messageId: 'long',
      },
    ],
    good: [
      { text: 'Hi Ada, your post on the new depot made me curious: how are you handling the longer routes?', channel: 'linkedin-note' },
      { text: 'Your release notes go out a day after each release. Is that on purpose?', channel: 'cold-email' },
    ],
  },
});
