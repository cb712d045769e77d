import { SUPERLATIVE_CLAIMS } from '../lexicon';
import { advice, phraseReports, readerOwns } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

// No mechanical rewrite exists for self-praise, so suggestions are advice.
const PHRASES = compilePhrases(SUPERLATIVE_CLAIMS.patterns);

/** One capitalised word: a rank word that may be part of a name ("the Premier Inn", "Elite Dental"). */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
const WORD_AFTER = /^\s+(\p{L}[\p{L}'’-]*)/u;

/**
 * A rank word that is part of a proper name is the name, not praise: it is one capitalised word and
 * a capitalised word follows it, or one that does not open the sentence comes before it. A phrase
 * in title case ("Award Winning Actor") is still praise.
 */
function inName(text: string, span: { start: number; end: number }): boolean {
  if (!CAPITALISED.test(text.slice(span.start, span.end))) return false;
  const capital = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
  if (capital(WORD_AFTER.exec(text.slice(span.end))?.[1])) return true;
  // A capital before it counts unless that word opens the sentence ("Our Premier plan…" is praise).
  const before = text.slice(0, span.start).trimEnd();
  const cut = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\t'));
  return capital(before.slice(cut + 1)) && /\p{L}/u.test(before.slice(0, Math.max(0, cut)));
}

export default sentenceRule({
  id: 'superlative-claim',
  category: 'bragging',
  level: 'phrase',
  priority: 2,
  description: 'Flags self-praise and superlatives about the writer or their product (“industry-leading”, “world-class”, “the best”).',
  rationale:
    'Superlatives are claims the reader cannot check, and insisting on them lowers belief rather than raising it. One specific, checkable fact that matters to the reader does more.',
  messages: {
    claim: '“{phrase}” is praise of yourself they cannot check. Replace it with one specific fact that matters to them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    // Praise whose clause is the reader's is not bragging: "your award-winning team", "…as I know you are the best", "the amazing results you got".
    return phraseReports(sentence, PHRASES, 'claim', () => [advice('Cut the superlative; give one checkable fact that matters to them')]).filter(
      (report) => !readerOwns(sentence, report) && !inName(sentence.text, report),
    );
  },
  examples: {
    bad: [
      { text: 'Northwind is [[revolutionizing the industry]].' },
      { text: 'We are the [[industry-leading]] provider of payroll software.' },
      { text: 'Our [[award-winning]] team builds [[world-class]] apps.' },
      { text: 'Brightline is [[the most powerful analytics platform on the market]].' },
      { text: 'As I said, ours is the [[industry-leading]] payroll tool.' },
      { text: 'I built a [[7-figure business]] before I turned thirty.' },
      { text: 'For your rollout we would bring our [[award-winning]] team.' },
      { text: 'We were named [[a top 10]] agency in London.' },
      { text: 'You know [[we are the best]] in the business.' },
      { text: 'Premier Staffing is the [[premier]] agency in Leeds.' },
      { text: 'We are the [[Premier]] provider in Leeds.' },
      { text: 'Our client, [[Award Winning]] Actor Sam Reed, is touring.' },
      { text: 'You will love our [[award-winning]] planner.' },
      { text: 'As an [[award-winning]] agency, you can trust us with the launch.' },
    ],
    good: [
      { text: 'Your award-winning checkout flow made me wonder how you test changes.' },
      { text: 'What is the best time of year for your team to change suppliers?' },
      { text: 'I told Dana about you, because I know you are the most careful editor in town.' },
      { text: 'I recommended you to her, as I know you are the best in the business.' },
      { text: 'When the site goes down at night, you do not want to be the only one who can fix it.' },
      { text: 'It cut invoice processing from four days to one at a 30-person firm like yours.' },
      { text: 'I loved your team’s groundbreaking work on battery recycling.' },
      { text: 'The amazing results you got last quarter made me curious how you did it.' },
      { text: 'I met the talented engineers on your team at the fair.' },
      { text: 'Here are the top 3 mistakes I see in checkout pages like yours.' },
      { text: 'As the region\'s leading hospital, you must get a lot of these emails.' },
      { text: 'We stayed at the Premier Inn near your office last week.' },
      { text: 'Our crews staff match days for three Premier League clubs.' },
    ],
  },
});
