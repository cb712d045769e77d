import { SELF_INTRODUCTIONS } from '../lexicon';
import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(SELF_INTRODUCTIONS.patterns);

export default sentenceRule({
  id: 'self-introduction',
  category: 'me-focus',
  level: 'phrase',
  priority: 1,
  description: 'Flags openings that introduce the writer (“My name is…”, “I’m reaching out from…”, “Allow me to introduce…”).',
  rationale:
    'The reader’s first question is “why is this for me?”, and an introduction answers a question they did not ask. Your name is in the signature; spend the opening on them.',
  messages: {
    intro: '“{phrase}” opens with you. Open with them: what did you notice about their situation?',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'intro', (hit) => {
      const fix = advice('Move who you are to the signature and open with something about them');
      return coversSentence(sentence, hit) ? [fix, deleteSentence(sentence, 'Delete the introduction')] : [fix];
    });
  },
  examples: {
    bad: [
      { text: 'Hi Priya,\n\n[[My name is Jordan]], and I run sales at Fieldline.' },
      { text: '[[I’m reaching out from]] Tallyworks about your invoicing.' },
      { text: '[[Allow me to introduce our company]].' },
    ],
    good: [
      { text: 'Your post on warehouse returns made a point I had not seen before.' },
      { text: 'Could you tell me your name for the booking?' },
      { text: 'I introduced you to Sam last week; she has the figures you asked for.' },
    ],
  },
});
