import { TEMPLATE_GREETINGS } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(TEMPLATE_GREETINGS.patterns);
/** A capitalised word straight after the greeting, on the same line: the reader's name. */
const NAME_NEXT = /^[ \t]+\p{Lu}\p{Ll}/u;

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
  check(sentence, settings) {
    if (sentence.lineKind !== 'greeting' && !sentence.lineStart) return [];
    // "Hi there" opens a newsletter or a notice to every customer well enough; to one prospect, or in
    // a reply to someone who wrote in, it says the name was not looked up.
    const listMail = settings.channel === 'newsletter';
    return phraseReports(sentence, PHRASES, 'greeting', () => [advice('Greet them by name')]).filter(
      (r) =>
        r.start <= 2 &&
        !(listMail && /^\W*(?:hi|hey|hello)\s+there\W*$/iu.test(sentence.text.slice(r.start, r.end))) &&
        // "Hey there Dave", "Dear Sir Alan": the name follows, so the greeting is to someone.
        !NAME_NEXT.test(sentence.text.slice(r.end)),
    );
  },
  examples: {
    bad: [
      { text: '[[Dear Sir/Madam]],\n\nPlease find our brochure attached.' },
      { text: '[[Dear Sir / Madam]],\n\nPlease find our price list attached.' },
      { text: '[[To whom it may concern]]:' },
      { text: '[[Hi there]]! Quick question.' },
      { text: '[[Dear Webmaster]],\n\nI found your site while researching garden tools.' },
    ],
    good: [
      { text: 'Dear Ms Okafor,\n\nThank you for the floor plans.' },
      { text: 'Hi Tom, is there still a place on the course?' },
      { text: 'The letter began “Dear Sir” and went downhill.' },
      { text: 'Hi there,\n\nYour workspace is ready: sign in with the link below.', channel: 'newsletter' },
      { text: 'Hi all,\n\nThe agenda for Thursday is below.' },
      { text: 'Hey there Priya! Your sketches from the workshop are attached.' },
    ],
  },
});
