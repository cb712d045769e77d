import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  "my name is /[\\p{L}'’-]+/",
  "(I'm|I am|this is) /[\\p{L}'’-]+/ (from|at) /[\\p{L}'’&-]+/",
  "(I'm|I am|we're|we are) (reaching out|writing|contacting you|getting in touch) (from|on behalf of)",
  "(I'm|I am) (a|an|the) ** (at|from) /[\\p{L}'’&-]+/",
  '(allow|let) me (to )?introduce (myself|ourselves|us|my (company|team|agency|firm)|our (company|team|agency|firm|services|product))',
  "(I|we) (wanted|want|would like|'d like) to (quickly |briefly )?introduce (myself|ourselves|us|my (company|team|agency|firm|services)|our (company|team|agency|firm|services|product|platform))",
  "(I'm|I am) writing to introduce",
  'a (quick|brief|little) (bit )?about (me|us|myself|ourselves|our company)',
  "(I'm|I am) (a|an) (/[\\p{L}-]+/ ){0,3}(developer|designer|consultant|freelancer|founder|marketer|copywriter|specialist|expert|strategist|coach|engineer|photographer|recruiter|agency owner|sales rep|account executive|representative) (with|who|and|specializing|specialising|based)",
]);

export default sentenceRule({
  id: 'self-introduction',
  category: 'me-focus',
  level: 'phrase',
  priority: 1,
  description: 'Flags openings that introduce the writer (“My name is…”, “I’m reaching out from…”, “Allow me to introduce…”).',
  rationale:
    'The reader’s first question is “why is this for me?”, and an introduction answers a question they did not ask. Your name is in the signature; spend the opening on them.',
  messages: {
    intro: '“{phrase}” opens with you. Open with them: what did you notice about their situation?',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'intro', (hit) => {
      const fix = advice('Move who you are to the signature and open with something about them');
      return coversSentence(sentence, hit) ? [fix, deleteSentence(sentence, 'Delete the introduction')] : [fix];
    });
  },
  examples: {
    bad: [
      { text: 'Hi Priya,\n\n[[My name is Jordan]], and I run sales at Fieldline.' },
      { text: '[[I’m reaching out from]] Tallyworks about your invoicing.' },
      { text: '[[Allow me to introduce our company]].' },
    ],
    good: [
      { text: 'Your post on warehouse returns made a point I had not seen before.' },
      { text: 'Could you tell me your name for the booking?' },
      { text: 'I introduced you to Sam last week; she has the figures you asked for.' },
    ],
  },
});
