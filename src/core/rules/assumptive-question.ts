import { ASSUMPTIVE_QUESTIONS } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(ASSUMPTIVE_QUESTIONS.patterns);

export default sentenceRule({
  id: 'assumptive-question',
  category: 'pushy',
  level: 'phrase',
  priority: 2,
  description: 'Flags assumptive and routing questions: “When can we close?”, “Are you the right person?”, “Tuesday at 2 or Wednesday at 10?”.',
  rationale:
    'These questions serve the seller’s process, not the reader’s problem: they assume the sale or ask the reader to do the routing. A real question about their situation starts a conversation instead.',
  messages: {
    question: '“{phrase}” asks them to move your process along. Ask about their situation instead.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'question', () => [
      advice('Ask a real question about their goal or problem instead'),
    ]);
  },
  examples: {
    bad: [
      { text: '[[When can we close]] this?' },
      { text: 'Hi Jo, [[are you the right person to talk to]] about payroll?' },
      { text: '[[Does Tuesday at 2 or Wednesday at 10 work]]?' },
    ],
    good: [
      { text: 'When your team closes the books each month, which step takes longest?' },
      { text: 'Is the right answer here to wait until your audit is done?' },
      { text: 'Thursday at 3 works for me.' },
    ],
  },
});
