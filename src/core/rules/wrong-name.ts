import { foldName, greetsGroup, nameFits } from '../context';
import { GREETING_OPENERS, lexiconRegex } from '../lexicon';
import { draftRule } from '../rule';
import type { Suggestion } from '../types';

/** "Hi Tom", "Dear Ms Okafor", "Thanks Sam": the opener, an optional title, then the name greeted. */
const GREETED = lexiconRegex(`^[\\s"'“‘(]*(?:${GREETING_OPENERS.alternation}|thanks|thank you)[\\s,]+(?:(mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+)?(\\p{L}[\\p{L}'’-]*)`, 'iu');

export default draftRule({
  id: 'wrong-name',
  category: 'generic',
  level: 'phrase',
  priority: 0,
  description: 'Flags a greeting that names someone other than the person the draft is written to (needs their name as context).',
  rationale:
    'The wrong name in the greeting tells the reader this was pasted from a message to someone else. Nothing undoes the impression that they are one more name on a list.',
  messages: {
    name: '“{greeted}” is not who you are writing to: this goes to {right}.',
  },
  options: {},
  scope: 'draft',
  check(draft) {
    const context = draft.context;
    if (!context || context.people.length === 0) return [];
    // The greeting is on the first line: a greeting line, or the salutation a first sentence opens with.
    const first = draft.sentences.find((s) => s.lineKind !== 'subject');
    if (!first) return [];
    const match = GREETED.exec(first.text);
    const greeted = match?.[2];
    if (!match || !greeted) return [];
    // Silent when unsure: a lower-case word may be no name, a group is nobody in particular, a
    // short form or a nickname may be theirs, and a name the context mentions may be the right one.
    if (!/^\p{Lu}/u.test(greeted) || greetsGroup(greeted)) return [];
    if (context.people.some((p) => nameFits(greeted, p))) return [];
    if (context.words.has(foldName(greeted))) return [];
    if (draft.settings.ownNames.some((n) => foldName(n) === foldName(greeted))) return [];
    const titled = match[1] !== undefined;
    const right = [...new Set(context.people.map((p) => (titled ? p.last : p.first)).filter((n): n is string => n !== null))];
    if (right.length === 0) return [];
    const start = first.start + match[0].length - greeted.length;
    const end = start + greeted.length;
    const suggestions: Suggestion[] = right.slice(0, 3).map((name) => ({ label: `Replace with “${name}”`, edits: [{ start, end, text: name }] }));
    return [{ start, end, messageId: 'name', data: { greeted, right: context.people.map((p) => p.full).join(' or ') }, suggestions }];
  },
  examples: {
    bad: [
      {
        text: 'Hi [[Tom]],\n\nThanks for the floor plans; the quote is attached.',
        output: 'Hi Dana,\n\nThanks for the floor plans; the quote is attached.',
        context: { kind: 'message', text: 'Here are the floor plans. Can you quote for the second floor?', names: ['Dana Whitfield'] },
      },
      {
        text: 'Subject: Your invitation\nHi [[Sam]], thank you for the invitation.',
        output: 'Subject: Your invitation\nHi Dana, thank you for the invitation.',
        context: { kind: 'person', names: ['Dana Whitfield'] },
      },
      {
        text: 'Dear Ms [[Okafor]], thank you for the invitation.',
        output: 'Dear Ms Whitfield, thank you for the invitation.',
        context: { kind: 'person', names: ['Dana Whitfield, PhD'] },
      },
      {
        text: 'Hey [[Priya]], congratulations on the launch of the new clinic.',
        output: 'Hey Marcus, congratulations on the launch of the new clinic.',
        context: { kind: 'post', text: 'We opened our second clinic today.', names: ['Marcus Lee (he/him)'] },
      },
    ],
    good: [
      { text: 'Hi Dan, thanks for the floor plans.', context: { kind: 'message', text: 'Plans attached.', names: ['Daniel Okafor'] } },
      { text: 'Hi Bill, the quote is attached.', context: { kind: 'message', text: 'Quote please.', names: ['William Hart'] } },
      { text: 'Hi team, the quote is attached.', context: { kind: 'message', text: 'Quote please.', names: ['Dana Whitfield'] } },
      { text: 'Thanks for the quote.\nHi Tom is my colleague.', context: { kind: 'message', text: 'Quote please.', names: ['Dana Whitfield'] } },
      { text: 'Hi Sam, Dana asked me to send you the quote.', context: { kind: 'message', text: 'Please send Sam the quote; he owns the budget.', names: ['Dana Whitfield'] } },
      { text: 'Hi Tom, the quote is attached.', context: { kind: 'message', text: 'Quote please.' } },
      { text: 'Hi Tom, here is the quote you asked for.' },
    ],
  },
});
