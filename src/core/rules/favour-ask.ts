import { FAVOUR, PITCHED, givesSomething } from '../asks';
import { advice } from '../rule-kit';
import { draftRule } from '../rule';

export default draftRule({
  id: 'favour-ask',
  category: 'generic',
  level: 'sentence',
  priority: 2,
  description:
    'Flags a request that serves the writer (pass this on, add a link, publish or feature the writer, introduce them, advise them), or such a favour put as a suggestion (“my guide would make a great addition to your page”), made before the draft has given the reader anything.',
  rationale:
    'Asking a stranger for a favour makes them pay first. Whoever the grammar names, the writer is the one who gains; give something first (an answer, a fix, an idea for them) and the favour becomes a fair trade.',
  messages: {
    favour: 'This asks them a favour (“{ask}”) and the draft has given them nothing yet. Give first.',
  },
  options: {},
  scope: 'draft',
  check(draft) {
    for (const s of draft.sentences) {
      if (givesSomething(s)) return [];
      if (s.ask !== 'favour') continue;
      const match = FAVOUR.exec(s.text) ?? PITCHED.exec(s.text);
      return [
        {
          start: s.start,
          end: s.start + s.text.trimEnd().length,
          messageId: 'favour',
          data: { ask: match ? match[0] : s.text.slice(0, 40) },
          suggestions: [advice('Give something first: one finding, answer or idea for them; then ask, and make it easy to say no')],
        },
      ];
    }
    return [];
  },
  examples: {
    bad: [
      { text: 'Hi Jo,\n\nI run a small blog about gardening.\n\n[[Would you add a link to my blog on your resources page?]]' },
      { text: 'Hello,\n\n[[Could you please forward this to colleagues who might be interested?]]' },
      { text: 'Hi Ana, [[I was wondering if you would be interested in publishing my article as a guest post.]]' },
      { text: 'Hi Ana,\n\nMy guide to pruning roses is longer than the one you link to. [[I think it would make a great addition to your resources page.]]' },
      { text: 'Hi Ana, [[I have a background in retail design and would love to connect and learn more about your team.]]' },
      { text: 'Hi Ana, [[I am curious if you would be open to referring me for the analyst role.]]' },
    ],
    good: [
      { text: 'Hi Jo,\n\nTwo links on your resources page return 404; I attached a list of the fixed addresses.\n\nIf my pruning guide would help your readers, could you add a link to it?' },
      { text: 'Would you like me to send the full report?' },
      { text: 'Could you confirm the delivery address for your order?' },
      { text: 'Hi Ana, I saw your talk on store layouts in Leeds. I would love to connect.' },
      { text: 'I would love to connect you with Sam, who ran the same rollout last spring.' },
    ],
  },
});
