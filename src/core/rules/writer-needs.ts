import { WRITER_NEEDS } from '../lexicon';
import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(WRITER_NEEDS.patterns);

export default sentenceRule({
  id: 'writer-needs',
  category: 'me-focus',
  level: 'phrase',
  priority: 2,
  description: 'Flags the writer’s own needs, targets and milestones offered as a reason to reply (“my manager is asking”, “I really need to close this”).',
  rationale:
    'Your targets, your manager and your milestones are your story, not theirs, and bringing your neediness to a prospect lowers trust. Give them a reason that lives in their situation.',
  messages: {
    need: '“{phrase}” is about what you need. Give them a reason that is about them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'need', () => [advice('Replace your need with what changes for them if they act')]);
  },
  examples: {
    bad: [
      { text: 'My mentor suggested I write to you to [[grow my professional network]].' },
      { text: '[[My manager is asking]] whether this will close in May.' },
      { text: '[[I really need to close this deal]] before June.' },
      { text: 'Good news: [[we just hit 10,000]] customers!' },
    ],
    good: [
      { text: 'You mentioned your manager is asking for a forecast by May; the model below covers it.' },
      { text: 'Do you need to get sign-off from finance first?' },
      { text: 'Your team just hit 10,000 customers, which usually strains onboarding.' },
    ],
  },
});
