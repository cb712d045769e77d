import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

/** Self-praise about the writer's side. No mechanical rewrite exists, so suggestions are advice. */
const CLAIMS: readonly string[] = [
  '(industry|market|category)-leading',
  '(a |the )?(global |recogni[sz]ed |industry )?leader in',
  'world-class',
  '(revolutioni[sz]|disrupt|transform|redefin)(e|es|ing) (the|this|our|an entire|the whole) (industry|space|market|game|category)',
  'best-in-class',
  'award-winning',
  'top-(rated|tier|notch)',
  '(unmatched|unrivall?ed|unparall?eled|second to none|like no other)',
  '(the )?best in the (business|industry|market|world)',
  '(we are|we\'re|I am|I\'m) the best',
  'the (very )?best (team|agency|solution|platform|product|service|provider|choice|partner|tool|software|option|firm|people)',
  '(the )?most (powerful|advanced|comprehensive|trusted|innovative|complete|reliable|intuitive|sophisticated|popular|experienced) (* )?(platform|solution|suite|tool|software|product|service|agency|firm|team|provider|app|system)( on the market| available| in the (industry|market|world))?',
  '(number one|#1|no\\. 1)( (provider|platform|choice|agency|tool|rated))?',
  'among the (best|lowest|highest|top|fastest|leading) in the (industry|market|business|world)',
  '(in the )?top /\\d+%/',
  '(the )?only (solution|platform|tool|product|company|agency|firm|one) (that|which|who) (can|does|offers|gives|truly)',
  '(revolutionary|game-changing|groundbreaking|ground-breaking|cutting-edge|state-of-the-art)',
  '(stunning|amazing|incredible|exceptional|outstanding|unbeatable) (new )?(results|team|product|platform|service|headquarters|office|track record|quality)',
  'rigorous (quality control|testing|standards)',
  '(super|extremely|incredibly|very) passionate about',
  'one of the (most|best|leading|largest|biggest|top|fastest-growing) (* )?(firms|companies|agencies|providers|teams|brands|names|experts|platforms|manufacturers|partners|consultancies)',
  '(a|the) leading (* )?(provider|company|firm|agency|platform|manufacturer|supplier|partner|expert|consultancy|nonprofit|organi[sz]ation|brand|name)',
  '(a )?proven track record( of (excellence|success|results))?',
  '(proven|tried-and-tested|award-winning) (methodology|approach|process|system|framework|results|formula)',
  '(ranked|rated|voted|named) (#1|no. 1|number one|first|/\\d+(?:st|nd|rd|th)/|the best|the top|among the)',
  '(named|crowned|awarded) * (of the year|award)',
  '(of|for) the year (award|three|two|five|/\\d+/) years running',
  '(an |our |unwavering )?(commitment|dedication) to excellence',
  '(strive|striving|strives) for excellence',
  '(outperform|outperforms|outperformed|beat|beats) (industry|market) (benchmarks|averages|standards)',
  '/\\d+/-figure (business|income|agency|company)',
  '(our|the) (biggest|best|most (ambitious|powerful)) (release|launch|update|year|product) (ever|yet)',
  "(couldn't|could not) be (prouder|more proud|more excited)",
  'white-glove',
  "(the )?(region's|city's|country's|nation's|world's|industry's) (premier|leading|top|best|largest|most (trusted|respected))",
  'premier',
  '(outstanding|exceptional|world-class|dedicated|talented|amazing) (* )?(team|engineers|experts|staff|people)',
  '(named|crowned|voted) (a |an |the )?** (of the year|startup|firm|agency|company|consultancy|workplace)',
  '/top[-‐–\\s]?\\d{1,3}/',
  '/\\d+(?:\\.\\d+)?%/ (fill|success|retention|satisfaction|win|renewal|approval) rate',
  'the (best|lowest|highest|fastest|cheapest) (rates|prices|pricing|service|quality|returns)( and (service|rates|prices|quality))?( in the (region|area|country|industry|market|business|world))?',
  '/\\d+/ years of (* )?excellence',
  '(most|highly) respected',
];

const PHRASES = compilePhrases(CLAIMS);

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
    // Praise of the reader ("your award-winning team") is not bragging.
    if (sentence.subject === 'reader') return [];
    return phraseReports(sentence, PHRASES, 'claim', (hit) => {
      const before = sentence.text.slice(Math.max(0, hit.start - 12), hit.start).toLowerCase();
      if (/\byour\s+$/.test(before)) return [];
      return [advice('Cut the superlative; give one checkable fact that matters to them')];
    }).filter((report) => (report.suggestions?.length ?? 0) > 0);
  },
  examples: {
    bad: [
      { text: 'Northwind is [[revolutionizing the industry]].' },
      { text: 'We are the [[industry-leading]] provider of payroll software.' },
      { text: 'Our [[award-winning]] team builds [[world-class]] apps.' },
      { text: 'Brightline is [[the most powerful analytics platform on the market]].' },
    ],
    good: [
      { text: 'Your award-winning checkout flow made me wonder how you test changes.' },
      { text: 'What is the best time of year for your team to change suppliers?' },
      { text: 'It cut invoice processing from four days to one at a 30-person firm like yours.' },
    ],
  },
});
