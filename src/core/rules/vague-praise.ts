import { detailsOf } from '../nlp/details';
import { advice } from '../rule-kit';
import { sentenceRule } from '../rule';

export default sentenceRule({
  id: 'vague-praise',
  category: 'generic',
  level: 'phrase',
  priority: 2,
  description:
    'Flags praise of things every reader has (“love your website”, “your impressive background”) in a sentence that names nothing only this reader has: no post, no topic, no number, no name.',
  rationale:
    'Praise that fits anyone reads as a template, and usually as the warm-up to a favour. One specific thing you noticed, something that could not be pasted into the next message, shows attention; a compliment does not.',
  messages: {
    vague: 'Praise that fits anyone: “{phrase}”. Name the one thing you noticed.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    const { praiseSpan } = detailsOf(sentence.tokens, sentence.text);
    if (!praiseSpan) return [];
    return [
      {
        start: praiseSpan.start,
        end: praiseSpan.end,
        messageId: 'vague',
        data: { phrase: sentence.text.slice(praiseSpan.start, praiseSpan.end) },
        suggestions: [advice('Replace it with one thing only they have: the post and what it argued, the number, the project by name')],
      },
    ];
  },
  examples: {
    bad: [
      { text: 'Hi Sam, I [[love your website]] and wanted to ask a quick favour.' },
      { text: '[[Your impressive background]] caught my eye.' },
      { text: '[[Your posts are always so inspiring]]!' },
      { text: 'I am a [[big fan of your work]].' },
    ],
    good: [
      { text: 'Your post on churn in dental clinics changed how I price check-ups.' },
      { text: 'I loved your talk at the Leeds meetup on 3 March.' },
      { text: 'Your website loads in 9 seconds on a phone; the hero image is 4 MB.' },
      { text: 'Thank you for your order.' },
    ],
  },
});
