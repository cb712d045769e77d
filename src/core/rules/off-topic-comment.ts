import { draftTopic } from '../context';
import { advice } from '../rule-kit';
import { draftRule } from '../rule';

const POST = 'Our clinic cut patient wait times from 40 minutes to 12 by letting nurses triage by text before the visit. The hard part was the rota, not the software.';

export default draftRule({
  id: 'off-topic-comment',
  category: 'me-focus',
  level: 'draft',
  priority: 3,
  description: 'Flags a comment that shares nothing specific with the post it answers and talks about the commenter or their offer (needs the post as context).',
  rationale:
    'A comment that could sit under any post shows the author you did not read theirs, and a pitch in their comments borrows their audience. One specific point from the post earns the attention the pitch wants.',
  messages: {
    comment: 'Nothing here is about {whose}; it is about you. Pick up one point the post makes first.',
  },
  options: { minWords: 8 },
  scope: 'draft',
  check(draft, options) {
    const context = draft.context;
    if (!context || context.kind !== 'post' || context.stems.size === 0) return [];
    const body = draft.sentences.filter((s) => s.lineKind !== 'greeting' && s.lineKind !== 'signoff' && s.lineKind !== 'subject');
    const first = body[0];
    const last = body[body.length - 1];
    if (!first || !last || body.reduce((n, s) => n + s.words, 0) < options.minWords) return [];
    if (draftTopic(draft.sentences, context).stems.some((s) => context.stems.has(s))) return [];
    // Off topic is not enough ("Congratulations to the whole team" is kind): it must be about the commenter or their offer.
    let writer = 0;
    let reader = 0;
    for (const s of body) {
      writer += s.writerRefs.reduce((n, r) => n + r.weight, 0);
      reader += s.readerRefs.reduce((n, r) => n + r.weight, 0);
    }
    const pitches = body.some((s) => s.asksForTime || /https?:\/\/|www\.|\b(?:dm me|message me|check out|link in)\b/iu.test(s.text));
    if (!(writer > 0 && writer >= reader) && !pitches) return [];
    const author = context.people[0]?.first;
    return [{ start: first.start, end: last.end, messageId: 'comment', data: { whose: author ? `${author}’s post` : 'the post' }, suggestions: [advice('Answer one point the post makes')] }];
  },
  examples: {
    bad: [
      {
        text: '[[Great post, Maria! We help companies like yours grow revenue with our AI sales platform. DM me to learn more.]]',
        context: { kind: 'post', text: POST, names: ['Maria Santos'] },
      },
      {
        text: '[[Love this. I run a growth agency and we have helped over 200 brands scale their ads. Happy to chat anytime.]]',
        context: { kind: 'post', text: POST },
      },
    ],
    good: [
      {
        text: 'Triage by text before the visit is clever. Did the nurses need extra hours on the rota to cover it?',
        context: { kind: 'post', text: POST, names: ['Maria Santos'] },
      },
      {
        text: 'We saw the same at our practice: wait times fell once the rota changed, not the software.',
        context: { kind: 'post', text: POST, names: ['Maria Santos'] },
      },
      { text: 'Congratulations to the whole team, what a milestone for everyone involved!', context: { kind: 'post', text: POST } },
      { text: 'Great post! We help companies like yours grow revenue with our AI sales platform. DM me to learn more.' },
    ],
  },
});
