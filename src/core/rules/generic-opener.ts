import { GENERIC_LINES } from '../lexicon';
import { vagueMentionPinned } from '../nlp/details';
import type { SentenceView } from '../nlp/views';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(GENERIC_LINES.patterns);

/**
 * A stock line about the reader's thing that goes on to pin the thing down ("I came across your
 * post on returns fraud", "…your post: https://…") names something only true of them: the words
 * around it are stock, the sentence is not.
 */
function pinnedInside(sentence: SentenceView, report: { start: number; end: number }): boolean {
  const k = sentence.tokens.findIndex((t) => t.normal === 'your' && t.start >= report.start && t.end <= report.end);
  return k !== -1 && vagueMentionPinned(sentence.tokens, sentence.text, k);
}

export default sentenceRule({
  id: 'generic-opener',
  category: 'generic',
  level: 'phrase',
  priority: 2,
  description: 'Flags flattery and phrases that could be sent to anyone (“I came across your profile”, “companies like yours”, “let me know if you need anything”).',
  rationale:
    'Lines that fit every recipient prove you know nothing in particular about this one. A single specific observation about them is worth more than any amount of generic praise.',
  messages: {
    generic: '“{phrase}” could be sent to anyone. Replace it with something only true of them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'generic', () => [
      advice('Replace it with one specific thing you noticed about them or their work'),
    ]).filter((report) => !pinnedInside(sentence, report));
  },
  examples: {
    bad: [
      { text: 'Hi Jo, [[our platform could be a great fit]] for your team.' },
      { text: '[[I wanted to reach out]] about your hiring plans.' },
      { text: 'I [[came across your profile]] and was [[impressed by your background]].' },
      { text: 'We help [[businesses like yours]] save time.' },
      { text: '[[This is to inform you]] that the June workshop is full.' },
      { text: 'I listened to your show and thought [[this would be the perfect fit]]!' },
      { text: '[[Let me know if you need anything]]!' },
    ],
    good: [
      { text: 'Your talk on returns fraud at the Leeds meetup changed how I think about refunds.' },
      { text: 'Let me know if the Tuesday slot stops working.' },
      { text: 'Businesses in your street lost power twice last week.' },
      { text: 'I came across your post on returns fraud and tried the refund check it describes.' },
      { text: 'I came across your post (https://example.com/refund-checks) while fixing our own refunds.' },
    ],
  },
});
