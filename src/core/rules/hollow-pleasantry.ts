import { HOLLOW_PLEASANTRIES } from '../lexicon';
import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases(HOLLOW_PLEASANTRIES.patterns);
/** Emoji (with their modifiers and joiners) at the start of the sentence, before the stock line. */
const LEADING_EMOJI = /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+/u;

/** The stock line is the whole sentence, emoji before it aside (they go with it). */
const covers = (sentence: Parameters<typeof coversSentence>[0], hit: { start: number; end: number }): boolean => {
  const emoji = LEADING_EMOJI.exec(sentence.text.slice(0, hit.start))?.[0].length ?? 0;
  return coversSentence(emoji > 0 ? { ...sentence, text: sentence.text.slice(emoji) } : sentence, { start: hit.start - emoji, end: hit.end - emoji });
};

export default sentenceRule({
  id: 'hollow-pleasantry',
  category: 'fake-empathy',
  level: 'phrase',
  priority: 2,
  description: 'Flags stock pleasantries such as “I hope this email finds you well” and “We value your business”.',
  rationale:
    'Readers recognise these lines from thousands of templates, so they read as filler, not warmth. Warmth shows in attention to their situation, which a script cannot fake.',
  messages: {
    pleasantry: '“{phrase}” is a stock line; it reads as a template. Say something only they would get.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'pleasantry', (hit) =>
      covers(sentence, hit)
        ? [deleteSentence(sentence, 'Delete the stock line'), advice('Open with something specific to them instead')]
        : [advice('Replace it with something specific to them: what did you notice about their situation?')],
    );
  },
  examples: {
    bad: [
      { text: 'Hi Sam,\n\n[[I hope this email finds you well]].\n\nThe Q3 numbers are in.', output: 'Hi Sam,\n\nThe Q3 numbers are in.' },
      // Whatever script the name before it is in, or an emoji before it: the same edit.
      { text: 'Hi 李明, [[I hope this email finds you well]]. The Q3 numbers are in.', output: 'Hi 李明, The Q3 numbers are in.' },
      { text: 'Hi Sam,\n\n👋 [[I hope this email finds you well]].\n\nThe Q3 numbers are in.', output: 'Hi Sam,\n\nThe Q3 numbers are in.' },
      { text: '[[Hope you’re doing well]]! Quick one about the renewal.' },
      { text: 'Thanks for writing in. [[We value your business]] and will look into it.' },
      { text: '[[Customer satisfaction is our top priority]].' },
    ],
    good: [
      { text: 'I hope the move to the new warehouse went smoothly; your last email said it was set for Monday.' },
      { text: 'Hope the launch went well for you.' },
      { text: 'Thanks for the quick reply on Tuesday.' },
    ],
  },
});
