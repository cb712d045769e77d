import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  '(over |more than |nearly |almost )? /\\d+\\+?/ years (of|in) (experience|the (industry|business|field|game|market))',
  '(decades|years) of (experience|expertise)',
  '(a )?combined /\\d+/ years( of (experience|expertise))?',
  '(over |more than |nearly |almost )? /\\d+/ years (of|in) (protecting|serving|helping|building|business|operation)',
  '(in business|operating|serving * ) since /\\d{4}/',
  '(over |more than )(one|two|a|/\\d+/) (million|thousand|hundred) (policies|clients|customers|users|downloads|members|families|businesses)',
  '(certified|accredited) (by|in|as)',
  "(I've|I have|we've|we have) (coached|trained|mentored|advised|placed|hired|recruited) /\\d[\\d,.]*[kKmM]?\\+?/",
  "(spoken|spoke|speaking|presented) (on|at|in) (/\\d+/|two|three|four|five|six|seven|multiple|several|many) (continents|countries|conferences|events|stages)",
  "(featured|quoted|published) in (several|many|numerous|multiple|leading|top|major) (* )?(publications|outlets|magazines|podcasts|media)",
  '(a |our )?(database|network|pool|community) of (over |more than )? /\\d[\\d,.]*[kKmM]?\\+?/ (million |thousand )?(candidates|members|experts|professionals|contacts|users|freelancers)',
  'ISO /\\d{4,5}(?::\\d{4})?/ ( certified)?',
  '(trusted|used|relied on) by (the )?fortune /\\d+/ ( companies| clients| brands| customers)?',
  '(trusted|used|loved|chosen|relied on) by (over |more than )? (/\\d[\\d,.]*[kKmM]?\\+?/ )?(the )?(world\'s )?(leading|top|biggest|largest|global|major|brands|companies|teams|businesses|clients|customers|enterprises|organi[sz]ations|/\\d[\\d,.]*[kKmM]?\\+?/)',
  'fortune /\\d+/ ( companies| clients| brands| customers)?',
  'big (four|4)( leaders| firms)?',
  '(our )?(clients|customers|partners) (include|including|like|such as)',
  '(we\'ve|we have|I\'ve|I have) (worked|partnered) with (brands|companies|clients|leaders|some of the) (like|such as|including|biggest|largest|top)',
  '(we\'ve|we have|I\'ve|I have) (helped|served|worked with|built|delivered|launched|completed|shipped) (over |more than )? /\\d[\\d,.]*[kKmM]?\\+?/ (* )?(clients|customers|companies|businesses|brands|apps|projects|websites|sites|campaigns|teams|startups|organi[sz]ations)',
  '(featured|mentioned|recogni[sz]ed) (in|by) (forbes|techcrunch|the (new york times|wall street journal|financial times)|inc|fast company|gartner|g2|leading|major|top)',
  'as seen (in|on)',
  '(won|winner of|received|earned) (/\\d+/ |several |multiple |numerous |many )?(awards|an award|the award)',
  '(bestseller|best-seller|best-selling|bestselling)( lists?| author| book)?',
  '(delivered|gave|giving|deliver) (keynotes|keynote talks|a keynote)',
  '(rated|with a rating of) /\\d(?:\\.\\d)?/ (stars|out of)',
  '(/\\d[\\d,.]*[kKmM]?\\+/) (happy |satisfied )?(clients|customers|users|companies|businesses|apps|projects|downloads)',
]);

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
    if (sentence.subject === 'reader') return [];
    return phraseReports(sentence, PHRASES, 'credential', () => [
      advice('Swap the credential for one result that matches their situation, or cut it'),
    ]).filter((report) => !/\byour\s+$/i.test(sentence.text.slice(Math.max(0, report.start - 6), report.start)));
  },
  examples: {
    bad: [
      { text: 'With [[20 years of experience]], we know payroll.' },
      { text: 'We are [[trusted by Fortune 500 companies]].' },
      { text: '[[I’ve built 50+ apps]] for startups.' },
    ],
    good: [
      { text: 'You have 12 years of experience in logistics, so you will spot the gap in this plan faster than I did.' },
      { text: 'A clinic your size cut no-shows by a third with this; the write-up is attached.' },
      { text: 'How many years has your team used the current system?' },
    ],
  },
});
