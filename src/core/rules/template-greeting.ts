import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  'dear (sir|madam|sir or madam|sir/madam|sirs)',
  'dear sir /\\/\\s*/madam',
  'to whom it may concern',
  'dear (valued |loyal )?(customer|client|friend|partner|colleague|member|user|team|hiring manager|business owner|homeowner)s?',
  '(hi|hello|hey|greetings|good (morning|afternoon)) (there|friend|all|everyone|team|sir|madam)',
  '(hi|hello|hey) (valued )?(customer|client|business owner)',
  'dear (sponsor|supporter|donor|parent|member|reader|subscriber|applicant|candidate|recruiter|founder|ceo|owner|manager|vendor|supplier|shopper|patient|guest|resident|neighbo(u)?r|prospect|decision maker|policyholder|policy holder|account holder|cardholder|homeowner|business owner|marketing (team|manager)|sales (team|manager))s?',
]);

export default sentenceRule({
  id: 'template-greeting',
  category: 'generic',
  level: 'phrase',
  priority: 1,
  description: 'Flags greetings that could go to anyone: “Dear Sir/Madam”, “To whom it may concern”, “Hi there”.',
  rationale:
    'The greeting is the first proof that you know who you are writing to. A form greeting tells the reader this is a mass mailing before they read a word.',
  messages: {
    greeting: '“{phrase}” could go to anyone. Use their name.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    if (sentence.lineKind !== 'greeting' && !sentence.lineStart) return [];
    return phraseReports(sentence, PHRASES, 'greeting', () => [advice('Greet them by name')]).filter((r) => r.start <= 2);
  },
  examples: {
    bad: [
      { text: '[[Dear Sir/Madam]],\n\nPlease find our brochure attached.' },
      { text: '[[To whom it may concern]]:' },
      { text: '[[Hi there]]! Quick question.' },
    ],
    good: [
      { text: 'Dear Ms Okafor,\n\nThank you for the floor plans.' },
      { text: 'Hi Tom, is there still a place on the course?' },
      { text: 'The letter began “Dear Sir” and went downhill.' },
    ],
  },
});
