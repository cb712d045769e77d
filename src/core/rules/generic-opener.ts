import { advice, phraseReports } from '../rule-kit';
import { sentenceRule } from '../rule';
import { compilePhrases } from '../text/phrases';

const PHRASES = compilePhrases([
  "(came|come|stumbled) across your (profile|company|website|site|page|business|work|post|brand|shop)",
  "(really |so |very |truly )?(impressed|inspired|amazed) (by|with) (what you're doing|what you are doing|your (work|company|profile|background|business|brand|team|journey|experience|website|growth|success))",
  "(I |we )?(love|loved|admire|like) what (you're|you are|your team is|your team's) (doing|building|up to)",
  '(businesses|companies|teams|brands|firms|people|leaders|founders|organi[sz]ations|professionals|enterprises|agencies|startups) (like yours|like you|in your (space|industry|position))',
  "(I|we) (just )?(wanted|want) to (reach out|touch base|introduce (myself|ourselves|us))",
  "(I'm|I am|we're|we are|just) reaching out",
  "(our|my) (tool|platform|product|solution|service|software|app|team|company) (could|would|might|may|can) be a (great|good|perfect|strong|natural) fit",
  "someone (like you|with your (background|experience|profile))",
  "(I'd|I would|I) (love|like) to (add you to my network|pick your brain|learn more about your (business|company))",
  "let me know if you (need anything|are interested|'re interested|want to (chat|learn more))",
  "(I|we) (think|believe|feel) (we|I) (could|can|would) be a (great|good|perfect) fit",
  'I see (that )?you (are|work|run|lead)',
  '(your|the) (impressive|amazing|great) (background|profile|experience)',
  '(are you|would you be|if you are|if you\'re) interested in (learning|hearing) more',
  'interested in learning more',
  '(please )?(contact|call|email) (us|me) (today )?(for|to (get|request|learn)) (a|more|your)',
  '(call|contact us|email us) today',
  '(get|request|for) a free (quote|consultation|trial|assessment|audit)',
  '(can|could|may|shall) (I|we) send (you )?(over )?(a|our|some) (quote|brochure|deck|proposal|information|info|pricing)',
  "(let me know|reach out|get in touch) if (you're|you are|you'd be|you would be) interested",
  '(check out|take a look at|have a look at) (my|our) (website|reel|portfolio|profile|brochure|deck|site)',
  '(I|we) look forward to (the possibility|the opportunity) of',
  "(reach out|contact me|let me know) if you'd like to (book|hire|work with) (me|us)",
  '(pricing|price|it) depends on your (needs|requirements|situation)',
  '(take|taking) (it|your business|you) to the next level',
  "(please )?(do not|don't) hesitate to (contact|reach|call|email)",
  'please be advised',
  'at your earliest convenience',
  'according to our (standard )?(procedures|policy|policies|terms|guidelines)',
  '(will )?(provide|share|send) updates as (they become|soon as they are) available',
  '(please )?refer to our (status page|faq|website|help center|help centre|terms)',
  '(a )?competitive (salary|package|compensation)( and (great|excellent) benefits)?',
  '(an )?(exciting|amazing|great|unique) (opportunity|role|position)',
  '(a )?(great|perfect|good) fit for (an|this|the) (exciting |amazing )?(opportunity|role|position)',
  '(log in|sign up|click here) to (explore|learn|see|discover|find out)',
  '(can|could|may) I (give you a call|call you)( tomorrow| this week| today)?',
  '(transform|revolutioni[sz]e|supercharge|future-proof) your (business|supply chain|operations|sales|marketing|team|workflow)',
]);

export default sentenceRule({
  id: 'generic-opener',
  category: 'generic',
  level: 'phrase',
  priority: 2,
  description: 'Flags flattery and phrases that could be sent to anyone (“I came across your profile”, “companies like yours”, “let me know if you need anything”).',
  rationale:
    'Lines that fit every recipient prove you know nothing in particular about this one. A single specific observation about them is worth more than any amount of generic praise.',
  messages: {
    generic: '“{phrase}” could be sent to anyone. Replace it with something only true of them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    return phraseReports(sentence, PHRASES, 'generic', () => [
      advice('Replace it with one specific thing you noticed about them or their work'),
    ]);
  },
  examples: {
    bad: [
      { text: 'Hi Jo, [[our platform could be a great fit]] for your team.' },
      { text: '[[I wanted to reach out]] about your hiring plans.' },
      { text: 'I [[came across your profile]] and was [[impressed by your background]].' },
      { text: 'We help [[businesses like yours]] save time.' },
      { text: '[[Let me know if you need anything]]!' },
    ],
    good: [
      { text: 'Your talk on returns fraud at the Leeds meetup changed how I think about refunds.' },
      { text: 'Let me know if the Tuesday slot stops working.' },
      { text: 'Businesses in your street lost power twice last week.' },
    ],
  },
});
