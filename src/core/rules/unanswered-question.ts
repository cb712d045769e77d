import { draftTopic, isAnswered } from '../context';
import { advice } from '../rule-kit';
import { draftRule } from '../rule';

const DANA = ['Dana Whitfield'];

export default draftRule({
  id: 'unanswered-question',
  category: 'generic',
  level: 'draft',
  priority: 2,
  description: 'Flags replies that leave a question or request of the message they answer unanswered (needs the message as context).',
  rationale:
    'A reply that skips what the reader asked tells them their message was not read. Answering their question first is the plainest proof that the reply is about them.',
  messages: {
    one: 'They asked “{question}” Answer that first.',
    many: 'They asked {count} things this reply does not answer, first “{question}” Answer them first.',
  },
  options: {},
  scope: 'draft',
  check(draft) {
    const context = draft.context;
    if (!context || context.kind !== 'message' || context.questions.length === 0) return [];
    const topic = draftTopic(draft.sentences, context);
    const open = context.questions.filter((q) => !isAnswered(q, topic));
    const first = open[0];
    if (!first) return [];
    // Where the answer belongs: the first sentence after the greeting.
    const body = draft.sentences.find((s) => s.lineKind !== 'greeting' && s.lineKind !== 'subject') ?? draft.sentences[0];
    if (!body) return [];
    return [
      {
        start: body.start,
        end: body.end,
        messageId: open.length === 1 ? 'one' : 'many',
        data: { question: first.text, count: String(open.length) },
        suggestions: open.slice(0, 3).map((q) => advice(`Answer: “${q.text}”`)),
      },
    ];
  },
  examples: {
    bad: [
      {
        text: 'Hi Dana,\n\n[[Thanks for getting back to me.]] Our platform saves finance teams hours every week.\n\nBest,\nMo',
        context: { kind: 'message', text: 'Hi Mo,\n\nDoes it work with Xero? We close the month in Xero and nothing else.\n\nDana', names: DANA },
      },
      {
        text: '[[Great to hear from you, Dana.]] I am free on Tuesday for a call.',
        messageId: 'many',
        context: { kind: 'message', text: 'Could you send the price list for ten seats? Also, let me know whether the onboarding is included.', names: DANA },
      },
      {
        text: 'Hi Dana,\n[[Happy to help.]] We can start next month.',
        context: { kind: 'message', text: 'Please confirm the hosting region before we sign.', names: DANA },
      },
    ],
    good: [
      {
        text: 'Hi Dana,\n\nYes, it works with Xero: invoices sync both ways every hour.\n\nBest,\nMo',
        context: { kind: 'message', text: 'Hi Mo,\n\nDoes it work with Xero? We close the month in Xero and nothing else.\n\nDana', names: DANA },
      },
      {
        text: 'Hi Dana, the price list for ten seats is attached, and onboarding is included at no cost.',
        context: { kind: 'message', text: 'Could you send the price list for ten seats? Also, let me know whether the onboarding is included.', names: DANA },
      },
      {
        text: 'Hi Dana, the files are attached.',
        context: { kind: 'message', text: 'Could you send over the signed forms?', names: DANA },
      },
      {
        text: 'Thanks, Dana, see you Tuesday.',
        context: { kind: 'message', text: 'How are you? See you on Tuesday.', names: DANA },
      },
      { text: 'Hi Dana, thanks for your note. We can start next month.' },
    ],
  },
});
