import { PRESSURE_LINES } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(PRESSURE_LINES.patterns);
/** A refusal to press, just before the phrase: "not going to try", "won't", "no need to". */
const DISCLAIMED = /\b(?:not|never|no need to|won['’]t|don['’]t want to)(?:\s+(?:going|trying|want|about))?(?:\s+to)?(?:\s+(?:try|attempt|push|pressure|rush)(?:\s+you)?)?(?:\s+to)?\s+$/iu;

/** A bare date that ends something ("ends tomorrow"), as the phrase list matches it without an offer named. */
const READERS_DATE = /^(?:expires|expiring|ends|ending)\b/iu;
/**
 * The reader's own thing just before it: "your trial ends tomorrow", "your 14-day trial expires
 * Friday". A date on the reader's trial, contract or card is news they need; the pressure is a
 * date on the seller's offer ("this offer ends Friday"), which the phrase list names itself.
 */
const READERS_OWN = /\byour\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

export default sentenceRule({
  id: 'pressure',
  category: 'pushy',
  level: 'phrase',
  priority: 1,
  description: 'Flags deadline and quota pressure such as “last chance”, “act now”, “offer ends Friday” and talk of the writer’s quota.',
  rationale:
    'Pressure puts the seller’s timetable ahead of the buyer’s, and readers feel it. If timing matters to them, explain why in terms of their situation.',
  messages: {
    pressure: '“{phrase}” pushes your timetable on them. If timing matters, say why it matters to them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    // Pressure disclaimed is not pressure: "I'm not going to try to change your mind".
    return phraseReports(sentence, PHRASES, 'pressure', () => [
      advice('Drop the pressure; if there is a real deadline, explain what it means for them'),
    ]).filter((report) => {
      const before = sentence.text.slice(Math.max(0, report.start - 40), report.start);
      return !DISCLAIMED.test(before) && !(READERS_DATE.test(sentence.text.slice(report.start, report.end)) && READERS_OWN.test(before));
    });
  },
  examples: {
    bad: [
      { text: '[[Last chance]] to get 20% off!' },
      { text: '[[This offer ends Friday]], so let me know.' },
      { text: 'I need to [[hit my quota]] this month.' },
      { text: '[[Act now]] and [[lock in this price]].' },
      { text: 'Is there anything I could send [[to change your mind]]?' },
      { text: 'Your trial ends soon. [[Don\'t lose access]] to your reports: [[upgrade today]].' },
    ],
    good: [
      { text: 'Your current contract renews on 1 March, so any change needs to reach us by mid-February.' },
      { text: 'The grant application you mentioned closes on Friday; the template is attached.' },
      { text: 'No rush on this — whenever suits you.' },
      { text: 'Just a heads-up: your 30-day trial ends tomorrow, and nothing is charged unless you choose a plan.' },
      { text: 'If you change your mind later, you can cancel from your account page.' },
      { text: 'I noticed you cancelled. I’m not going to try to change your mind, but what made you leave?' },
    ],
  },
});
