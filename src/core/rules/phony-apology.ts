import { PHONY_APOLOGIES } from '../lexicon';
import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(PHONY_APOLOGIES.patterns);

export default sentenceRule({
  id: 'phony-apology',
  category: 'fake-empathy',
  level: 'phrase',
  priority: 1,
  description: 'Flags generic or deflecting apologies (“we apologize for any inconvenience”, “sorry you feel that way”).',
  rationale:
    'An apology for “any inconvenience” or for how the reader feels admits nothing and reads as a script. A sincere apology names the specific mistake you made and what you are doing about it.',
  messages: {
    apology: '“{phrase}” apologises for nothing in particular. Name what went wrong and what you will do about it.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'apology', (hit) => {
      const fix = advice('Name the specific problem and what you are doing to fix it');
      return coversSentence(sentence, hit) ? [fix, deleteSentence(sentence, 'Delete the generic apology')] : [fix];
    });
  },
  examples: {
    bad: [
      { text: '[[Sorry to bother you again]], but did you see my note?' },
      { text: '[[We apologize for any inconvenience this may have caused]].' },
      { text: '[[We’re sorry you feel]] the product did not meet your needs.' },
      { text: 'Hi Lee, [[sorry for any confusion]] about the dates.' },
    ],
    good: [
      { text: 'I sent you the wrong contract on Monday; I’m sorry. The right one is attached, and I checked every figure against your order.' },
      { text: 'Sorry for the slow reply — I was waiting on the freight quote, which is below.' },
      { text: 'We apologised to the venue for the late change.' },
    ],
  },
});
