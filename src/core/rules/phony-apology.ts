import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  "(we|I) (sincerely |deeply |truly )?(apologise|apologize|are sorry|am sorry|regret) (for )?(any|the) (inconvenience|confusion|frustration|trouble|disruption|issues)( (this|that|it) (may|might) have caused( you)?| caused)?",
  "(we|I) (sincerely |deeply |truly )?(apologise|apologize) (if|that) you (feel|felt|were|are|have been)",
  "(our |my )?(sincere |deepest )?apologies for any (inconvenience|confusion|frustration|trouble)( (this|that|it) (may|might) have caused( you)?)?",
  "sorry for any (inconvenience|confusion|frustration|trouble)( (this|that|it) (may|might) (have )?caused( you)?)?",
  "(we're|we are|I'm|I am) sorry (that |if )?you feel",
  "sorry (that |if )?you feel",
  "sorry if (this|that|it) (caused|has caused|may have caused|came across|was)",
  "sorry you (were|are|have been) (disappointed|unhappy|upset|dissatisfied)",
  "(we|I) regret (that )?you (feel|felt|were|are)",
  "(we|I) (apologise|apologize) for the (inconvenience|confusion)",
  "(so |very |really )?sorry (that )?(you're|you are) (having|experiencing|facing) (trouble|issues|problems|difficulty|difficulties)",
  "(due to )?unforeseen circumstances",
  "(so |really )?sorry (to|for) (bother|bothering|disturb|disturbing|interrupt|interrupting) you( again)?",
  "(I|we) (apologise|apologize) for (bothering|disturbing|interrupting) you( again)?",
  "(circumstances|factors|events) (beyond|outside) (our|my) control",
  "mistakes (were|have been) made",
  "sorry for the (inconvenience|trouble|hassle)",
  "(we|I) (apologise|apologize) if (this|that|it) (causes|caused|has caused|may cause)",
  "(sorry|apologi[sz]e) for the (challenges|disruption|delays|situation|issues) caused by (the )?(global|industry|market|current|ongoing|recent|supply chain|pandemic|weather)",
  "(we|I) (hope|trust) you (can |will )?understand",
  "(we|I) regret (any|the) (inconvenience|confusion|disappointment)",
]);

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
