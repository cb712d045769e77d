import { CREDENTIALS } from '../lexicon';
import { advice, phraseReports, readerOwns } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(CREDENTIALS.patterns);

export default sentenceRule({
  id: 'credential-dump',
  category: 'bragging',
  level: 'phrase',
  priority: 3,
  description: 'Flags credentials, client logos and track-record boasts (“20 years of experience”, “trusted by Fortune 500”) offered as reasons to listen.',
  rationale:
    'Credentials put the writer at the centre and ask the reader to be impressed. Used before any sign you understand their situation, they read as bragging; one relevant result tied to their problem persuades more.',
  messages: {
    credential: '“{phrase}” is about your track record. Tie one relevant result to their situation instead.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'credential', () => [
      advice('Swap the credential for one result that matches their situation, or cut it'),
    ]).filter((report) => !readerOwns(sentence, report));
  },
  examples: {
    bad: [
      { text: 'With [[20 years of experience]], we know payroll.' },
      { text: 'We are [[trusted by Fortune 500 companies]].' },
      { text: '[[I’ve built 50+ apps]] for startups.' },
      { text: 'For your rollout we would bring [[20 years of experience]].' },
      { text: 'You can rely on [[20 years of experience]] from our team.' },
    ],
    good: [
      { text: 'You have 12 years of experience in logistics, so you will spot the gap in this plan faster than I did.' },
      { text: 'A clinic your size cut no-shows by a third with this; the write-up is attached.' },
      { text: 'How many years has your team used the current system?' },
      { text: 'Congrats on 10 years in business!' },
      { text: 'The firm you mentioned has 30 years of experience in pensions.' },
      { text: 'Congratulations on your team’s 20 years of experience in logistics.' },
    ],
  },
});
