import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const DAY = '(monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week)';
const TIME = '(at )? /\\d{1,2}(?:[:.]\\d{2})?(?:\\s?(?:am|pm))?/';

const PHRASES = compilePhrases([
  '(when|how soon) can (we|I|you) (close|sign|get (this|the contract|it) signed|finali[sz]e|get started|move forward|start|kick off|onboard you)',
  '(are|is) you (the )?(right|best|correct) (person|contact|one|people)( to (talk|speak|chat) (to|with))?',
  'who (is|would be) (the )?(right|best|correct|appropriate) (person|contact|one)',
  'who (handles|is in charge of|is responsible for|makes decisions (on|about)|owns)',
  'could you (point me|direct me|connect me|introduce me) to',
  `(does|would|will) ${DAY} ${TIME} or ${DAY}( ${TIME})? (work|suit)`,
  `${DAY} ${TIME} or ${DAY} ${TIME}`,
  '(are|is) you ready to (move forward|sign|get started|buy|commit)',
  'shall (we|I) (get started|send (over )?the contract|move forward|book (it|you) in)',
  'what time works (best )?for (you|a (quick )?call)',
  'when (would be|is) a good time (to|for) (chat|talk|connect|a (quick )?call|us to)',
  'when are you free',
  'if not, (who is|who should I (talk|speak) to|could you point me|can you point me|who would be)',
  '(point|direct) me (in|to) the right (direction|person)',
  'let me know (a good time|when (you are|you’re|you\'re) free|what time works)',
]);

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
