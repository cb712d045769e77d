import { READER_PLANS, SCRIPTED_EMPATHY, SPECIFIC_THINGS, lexiconRegex } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(SCRIPTED_EMPATHY.patterns);

/**
 * "I hear you've opened a second office" reports news about the reader: the phrase is followed by
 * the rest of a clause whose subject is "you" (a contraction, an auxiliary or modal, a past
 * tense, or one of the lexicon's verbs of plans), not by a pause.
 */
const HEARD_NEWS = lexiconRegex(
  `^(?:['’‘\`](?:ve|re|d|ll)\\b|\\s+(?:are|were|have|had|has|just|recently|now|might|may|will|${READER_PLANS.alternation})\\b|\\s+\\p{L}+ed\\b)`,
  'iu',
);

/**
 * "If now is not the right time, I completely understand": understanding a reader's "no" given
 * before it is asked for is a way out, not a claim to share their feelings.
 */
const CONDITIONAL_BEFORE = /\b(?:if|whether|should you|in case)\b/iu;

/** Words after the phrase that make the acknowledgement specific rather than scripted: a number or a thing of theirs. */
const SPECIFIC = lexiconRegex(`\\d|\\b(?:${SPECIFIC_THINGS.alternation})\\b`, 'iu');

export default sentenceRule({
  id: 'scripted-empathy',
  category: 'fake-empathy',
  level: 'phrase',
  priority: 1,
  description: 'Flags claims to share the reader’s feelings (“I know how you feel”, “I understand your frustration”) that name nothing specific.',
  rationale:
    'Claiming a feeling is not the same as showing you grasp the problem. Naming the specific issue in their words earns trust; a scripted feeling claim spends it.',
  messages: {
    claim: '“{phrase}” claims a feeling without naming what went wrong. Name the specific issue instead.',
  },
  options: { minSpecificWords: 6 },
  scope: 'sentence',
  check(sentence, _settings, options) {
    return phraseReports(sentence, PHRASES, 'claim', () => [
      advice('Replace the feeling claim with the specific problem, in their words, and what happens next'),
    ]).filter((report) => {
      const rest = sentence.text.slice(report.end);
      if (/hear you$/iu.test(sentence.text.slice(report.start, report.end)) && HEARD_NEWS.test(rest)) return false;
      if (CONDITIONAL_BEFORE.test(sentence.text.slice(0, report.start))) return false;
      const restWords = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      return !(restWords >= options.minSpecificWords && SPECIFIC.test(rest));
    });
  },
  examples: {
    bad: [
      { text: '[[I completely understand your frustration]].' },
      { text: 'Hi Dana, [[I know how you feel]], and we want to make this right.' },
      { text: '[[I can only imagine]] how stressful this week has been.' },
      { text: '[[I hear you]], and we are on it.' },
    ],
    good: [
      { text: 'I understand your frustration that the March invoice charged you twice for the same 40 seats.' },
      { text: 'You were charged twice in March; the refund for the second charge went out this morning.' },
      { text: 'I know how the tool works, so let me check the logs.' },
      { text: 'I hear you’ve just opened a second clinic in Leeds.' },
      { text: 'If the timing is wrong for your team, I completely understand and will not chase.' },
    ],
  },
});
