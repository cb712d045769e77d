import { CHASING_LINES } from '../lexicon';
import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(CHASING_LINES.patterns);

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
      { text: 'Hi again! Just [[wanted to make sure you saw the above message]] from last week.' },
      { text: '[[I don’t want to be a pest]], but is Thursday still on?' },
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
