import { SUPERLATIVE_CLAIMS } from '../lexicon';
import { advice, phraseReports, readerOwns } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

// No mechanical rewrite exists for self-praise, so suggestions are advice.
const PHRASES = compilePhrases(SUPERLATIVE_CLAIMS.patterns);

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
      (report) => !readerOwns(sentence, report),
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
    ],
  },
});
