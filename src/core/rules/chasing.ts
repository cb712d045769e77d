import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  "(just )?following up( again| once more)?( on| regarding| about| with| re)?( my| our)?( (last|previous|prior|earlier|recent|original) (email|e-mail|message|note|proposal|outreach|voicemail|call|request))?",
  "(just )?(wanted|want|writing|reaching out) to follow up( again| once more)?( on| regarding| about| with| re)?( my| our)?( (last|previous|prior|earlier|recent|original) (email|e-mail|message|note|proposal|outreach|voicemail|call|request))?",
  "just (follow|followed) up",
  "(just )?checking in( again| once more)?( on (this|my (last |previous )?(email|message|note|proposal))| to see)?",
  "just (wanted to )?check in",
  "(wanted|want) to check in( on (this|my (last |previous )?(email|message|note|proposal)))?",
  "(just )?(circling|circle) back( on| to)?( this| my (last |previous )?(email|message|note))?",
  "(just )?(bumping|bump|resurfacing|floating) (this|my (last |previous )?(email|message|note))( up| to the top( of your inbox)?| back up)?",
  "(just )?(touching|touch) base",
  "(did|have) you (get|had|have) a (chance|moment|minute|second) to (look|read|review|see|check|consider|go through|think)",
  "(did|have) you (see|seen|get|got|receive|received) my (last |previous |earlier )?(email|e-mail|message|note|proposal|voicemail)",
  "any (update|updates|news|thoughts) on (this|my (last |previous )?(email|message|proposal))",
  "(I )?(haven't|have not|didn't|did not) (heard|hear) back from you",
  "(as per|per) my (last|previous) (email|e-mail|message)",
  "(a )?(friendly|gentle|quick) reminder",
  "in case (you missed|it got buried|this got buried|my (last )?(email|message) got buried)",
  "I've (reached out|written|emailed|tried to reach you|tried reaching you) (several|multiple|a few|three|many|a couple of) times",
  "(I )?(wanted|want) to make sure you (saw|see|got|received) (this|my (last |previous )?(email|message|note))",
]);

export default sentenceRule({
  id: 'chasing',
  category: 'pushy',
  level: 'phrase',
  priority: 1,
  description: 'Flags chasing lines such as “just following up”, “bumping this” and “did you get a chance to look”.',
  rationale:
    'Chasing lines carry the writer’s need for a reply and give the reader nothing new. A follow-up earns a reply when it brings something useful: an idea, a fact, a resource.',
  messages: {
    chase: '“{phrase}” tells them you are waiting, not why they should care. Bring something new instead.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'chase', (hit) => {
      const fix = advice('Replace the chase with something new and useful to them: a finding, a resource, an idea');
      return coversSentence(sentence, hit) ? [deleteSentence(sentence, 'Delete the chasing line'), fix] : [fix];
    });
  },
  examples: {
    bad: [
      { text: 'Hi Ana,\n\n[[Just following up on my last email]].\n\nYour team’s churn report had one odd number.', output: 'Hi Ana,\n\nYour team’s churn report had one odd number.' },
      { text: '[[Bumping this to the top of your inbox]].' },
      { text: '[[Did you get a chance to look]] at the proposal?' },
      { text: '[[Circling back]] — any thoughts?' },
    ],
    good: [
      { text: 'I’ll follow up with the signed copy tomorrow.' },
      { text: 'You asked me to check in after the audit, so here is what changed.' },
      { text: 'Did the contractor’s invoice match the approved quote?' },
    ],
  },
});
