import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

/** The writer's own needs, feelings and milestones offered as reasons for the reader to act. */
const PHRASES = compilePhrases([
  'my (manager|boss|team lead|director|vp) (is asking|asked|wants|needs|is pushing)',
  "(I|we) (really |desperately |urgently )?need (to (get|hit|close|make|book|land|fill) (a |the |this |my |our |another |a few |two |three |more |two more |a few more )?(deal|deals|number|numbers|quota|target|sale|sales|placements|signature|contract|order)|your (support|business)|you to (sign|commit)|this (deal|one) (signed|closed))",
  '(can|could|would) you help me (out|hit|reach|get|close)',
  'can you help me out',
  '(would|will|could) (get|put|take) me (there|over the line|to (my|our) (target|quota|number))',
  "(I|we) (would|'d) love to (get|have) (this|it|the (deal|contract|agreement|order)) (signed|closed|done|wrapped up|over the line)",
  "(I|we) (really )?(want|hope) to (close|sign|finali[sz]e) (this|it|the deal)",
  'I was (once )?(exactly )?where you are',
  '(we|I) (just )?(hit|crossed|passed|reached|surpassed) (a |one |our |my |another )?(huge |big |major )?(milestone|record|/\\d[\\d,.]*[kKmM]?\\+?/)',
  "I'm (sure|confident|certain) (that )?you('ll| will| would|'d) (want|love|agree|be impressed|see)",
  "(I|we) think you('d| would) be impressed",
  "I am (a )?(hardworking|hard-working|creative|detail-oriented|a hard worker|a team player|highly motivated|motivated|reliable|results-driven|self-starter)",
  "I'm (a )?(hardworking|hard-working|creative|detail-oriented|a team player|highly motivated|results-driven|self-starter)",
  '(I|we) have (an? )?(amazing|incredible|exciting|exclusive|unique|great) (opportunity|offer|deal)',
  '(we are|we\'re|I am|I\'m) (desperately|urgently|badly) (short|in need|looking)',
  "(I'm|I am|we're|we are) (looking to|trying to) (grow|build|expand) (my|our) (portfolio|client list|client base|business)",
]);

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
