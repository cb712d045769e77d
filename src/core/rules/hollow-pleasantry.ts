import { advice, coversSentence, deleteSentence, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  "(I|we) (hope|trust) (this|my|the) (email|e-mail|message|note|letter) finds you (well|in good health|doing well)",
  "(I|we) hope (that )?(you're|you are) (doing )?(well|great|good|fine|having a (great|good|wonderful|fantastic|productive) (day|week|weekend|month|quarter))",
  "(I|we) hope (all is|everything is|all's) well( with you)?",
  "hope (all is|everything is|all's) well",
  "hope (you're|you are) (doing )?(well|great)",
  "hope this finds you well",
  "(we|I) (truly |really |greatly )?value your (business|custom|loyalty|feedback|partnership)",
  "your (call|business|satisfaction|feedback) is (very |extremely )?important to us",
  "(customer|client) satisfaction is our (top |number one |#1 |highest )?priority",
  "we (take|are taking) (this|your (concerns|feedback|complaint)|these (matters|concerns)) (very )?seriously",
  "we (hope|look forward) to (continue|continuing) (serving|to serve|working with) you",
  "(we|I) appreciate your (business|patience|understanding|loyalty)",
  "thank you for (your )?(patience|understanding|loyalty)",
  "thank you for being a (valued|loyal) (customer|client)",
  "we are (always )?(here|happy) to help",
  "(we|I) (truly |really )?value you as a (customer|client|member|partner)",
  "(is|are) working (hard|around the clock|tirelessly|diligently|day and night)",
  "(these are|in these) (difficult|challenging|tough|uncertain|unprecedented) times( for everyone)?",
  "(it's|it is) (tough|hard|rough|crazy) out there",
  "I know (you're|you are) (busy|swamped|slammed)",
]);

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
      coversSentence(sentence, hit)
        ? [deleteSentence(sentence, 'Delete the stock line'), advice('Open with something specific to them instead')]
        : [advice('Replace it with something specific to them: what did you notice about their situation?')],
    );
  },
  examples: {
    bad: [
      { text: 'Hi Sam,\n\n[[I hope this email finds you well]].\n\nThe Q3 numbers are in.', output: 'Hi Sam,\n\nThe Q3 numbers are in.' },
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
