import { GENERIC_LINES } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(GENERIC_LINES.patterns);

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
    ]);
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
    ],
  },
});
