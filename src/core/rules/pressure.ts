import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const DAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|midnight|the end of (the )?(day|week|month|quarter|year)|this (week|month|quarter)|eod|eow|eom|eoq)';

const PHRASES = compilePhrases([
  'last chance',
  'act (now|fast|quickly|today)',
  `(this |the |our |my |that )?(offer|discount|deal|price|pricing|rate|promotion|promo|proposal|quote) (ends|expires|is only (good|valid)|is valid|won't last|will expire|goes away)( on| at| by| until| after)?( ${DAY})?`,
  `(only|just) (valid|good|available) (until|through|till) ${DAY}`,
  '(only|just) (/\\d+/|a few|a handful of|two|three|four|five) (spots|seats|slots|places|licenses|licences|openings) (left|remaining|available)',
  'limited-time( offer| only)?',
  "(don't|do not) miss (out|this)",
  "before (it's|it is) too late",
  '(hurry|today only|while (supplies|spots|stocks) last|now or never)',
  'lock in (this|the|your|our) (price|rate|discount|pricing)',
  `(sign|commit|decide|close) (by|before) ${DAY}`,
  '(my|our) (quota|target|numbers)',
  '(hit|make|reach|meet) (my|our) (quota|target|number|numbers)',
  "(i|we) (really )?need (to close|this deal|you to sign|an answer|a decision)",
  "(this|that) (won't|will not) last",
  '(prices|price) (go|goes|will go) up',
  `(expires|expiring|ends|ending) (on )?${DAY}( at midnight)?`,
  '(final|last) (notice|reminder|call|offer)',
  '(filling|booking|selling) (up )?(fast|quickly)',
  "(don't|do not) (get left behind|wait|delay)",
  '(miss|missing) out',
  "(your )?competitors (have|are) already",
  '(only|just) (have|got) (/\\d+/|one|two|three|a few|a couple of) (spots|slots|places|seats|openings|consulting slots) (left|remaining|open)',
  "(I'd|I would) hate for you to",
  '(please )?(confirm|sign|order|buy) (your * )?(today|now|right away|immediately)',
  '(change|changing) your mind',
  "(I'd|I would|please) (ask you to )?(reconsider|think again)",
  "(I|we) can't guarantee (availability|this price|the rate|a spot)",
  'before you go',
  '(I|we) put (a lot of|so much) (work|time|effort) into',
  '(which is|that is|it is|it\'s) (a little |a bit |quite |very )?(disappointing|frustrating for me)',
  'did you even',
  '(just|only) (/\\d+/|a few|two|three) (days|hours) (away|left|remain|remaining|to go)',
  "(don't|do not) let (* )?down",
  "I'll (assume|take it) (that )?(you're|you are) not interested",
  "(I've|I have) (left|sent) you (/\\d+/|two|three|four|a few|several|multiple|many) (voicemails|messages|emails|notes)( already| now)?",
  '(sign|register|book|buy|order|respond|reply|act) (up )?(immediately|right now|asap)',
  'when can (we|I) (get|put|book|schedule|lock in) (a |the |our )?(kickoff|kick-off|start date|contract|paperwork|signature)',
  '(set up|book|schedule) (an? )?(upgrade|upsell|renewal|sales) call',
  '(shall|should) I (pencil|put|book|lock) you in',
  '(shall|should) I (send|get) (over |you )?the (contract|engagement letter|paperwork|agreement|invoice|order form)',
]);

export default sentenceRule({
  id: 'pressure',
  category: 'pushy',
  level: 'phrase',
  priority: 1,
  description: 'Flags deadline and quota pressure such as “last chance”, “act now”, “offer ends Friday” and talk of the writer’s quota.',
  rationale:
    'Pressure puts the seller’s timetable ahead of the buyer’s, and readers feel it. If timing matters to them, explain why in terms of their situation.',
  messages: {
    pressure: '“{phrase}” pushes your timetable on them. If timing matters, say why it matters to them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'pressure', () => [
      advice('Drop the pressure; if there is a real deadline, explain what it means for them'),
    ]);
  },
  examples: {
    bad: [
      { text: '[[Last chance]] to get 20% off!' },
      { text: '[[This offer ends Friday]], so let me know.' },
      { text: 'I need to [[hit my quota]] this month.' },
      { text: '[[Act now]] and [[lock in this price]].' },
    ],
    good: [
      { text: 'Your current contract renews on 1 March, so any change needs to reach us by mid-February.' },
      { text: 'The grant application you mentioned closes on Friday; the template is attached.' },
      { text: 'No rush on this — whenever suits you.' },
    ],
  },
});
