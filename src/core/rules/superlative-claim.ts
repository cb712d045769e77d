import { SUPERLATIVE_CLAIMS } from '../lexicon';
import { namesWriter } from '../nlp/focus';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

// No mechanical rewrite exists for self-praise, so suggestions are advice.
const PHRASES = compilePhrases(SUPERLATIVE_CLAIMS.patterns);

/** Marks and words that open a clause; the last one before a phrase starts the phrase's clause. */
const CLAUSE_MARK = /[,;:—–(]|\b(?:that|as|because|since|and|but|so|if|when|where|who)\b/giu;

/**
 * Whether the reader is the last party the phrase's clause names before it ("…as I know you are the
 * best", "I loved your team's groundbreaking work"; not "you know we are the best", "your rivals use
 * our award-winning tool").
 */
function readerClause(before: string): boolean {
  let from = 0;
  for (const mark of before.matchAll(CLAUSE_MARK)) from = mark.index + mark[0].length;
  const clause = before.slice(from);
  let you = -1;
  for (const m of clause.matchAll(/\byou(?:r|['’]re|['’]ll)?\b/giu)) you = m.index;
  return you !== -1 && !namesWriter(clause.slice(you));
}

/** The reader owning what is praised, just after it: "the amazing results you got", "the talented engineers on your team". */
const READER_AFTER = /^\s*(?:(?:that|which|who)\s+)?you\b|^(?:\s+[\p{L}-]+){0,2}?\s+(?:on|at|in|of|from|behind|across)\s+your\b/iu;

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
      // Nor is a superlative whose own clause is about the reader: "…as I know you are the best".
      if (readerClause(sentence.text.slice(0, hit.start)) || READER_AFTER.test(sentence.text.slice(hit.end))) return [];
      return [advice('Cut the superlative; give one checkable fact that matters to them')];
    }).filter((report) => (report.suggestions?.length ?? 0) > 0);
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
    ],
  },
});
