import { describe, expect, it } from 'vitest';
import { TIME_ASK, askOf, givesOf } from './asks';

const kind = (text: string, request = false) => askOf(text, request, TIME_ASK.test(text));

// [sentence, whether the view reads it as a request, the kind of ask]: our own examples.
const TABLE: ReadonlyArray<readonly [string, boolean, ReturnType<typeof askOf>]> = [
  ['Could you forward this to colleagues who might be interested?', false, 'favour'],
  ['Would you add a link to our pricing guide?', false, 'favour'],
  ['Would you consider linking to our pricing guide?', false, 'favour'],
  ['I was wondering if you would be interested in publishing my article.', false, 'favour'],
  ['Please introduce me to your head of finance.', true, 'favour'],
  ['Could you send me your updated CV?', false, 'favour'],
  ['Would you be open to a quick call on Thursday?', false, 'time'],
  ['Would you like me to send the full report?', false, 'offer'],
  ['Happy to share the checklist if that would be useful.', false, 'offer'],
  ["I'd be happy to review your draft before Friday.", false, 'offer'],
  ['We would be glad to set up the export for your team.', false, 'offer'],
  ["I'd be happy to chat about your plans next week.", false, null],
  ['Are you the right person to speak to about payroll at Northwind?', false, 'favour'],
  ['If not, could you point me to whoever runs payroll?', false, 'favour'],
  ["I'd love to pick your brain about breaking into product management.", false, 'favour'],
  ['Let me know if there is a fit between our two companies.', false, 'favour'],
  ['Let me know if the new sizes fit your shelves.', false, null],
  ["I'd love to connect and learn more about your hiring plans.", false, 'favour'],
  ['Connect to your repository, choose a template and deploy.', true, null],
  ['Feel free to connect with me on LinkedIn and Twitter.', false, null],
  ['Please write to us if you need to change the delivery date.', true, 'offer'],
  ['Please send me your updated CV if you are interested.', true, 'favour'],
  ['Could you refer me to your head of finance?', false, 'favour'],
  ['Would you mind looking over my portfolio before Friday?', false, 'favour'],
  ['Please call me on my mobile if you would like to come in for a coffee.', true, 'time'],
  ['Would you have 20 more minutes of mentorship for me next month?', false, 'time'],
  ['I am writing to ask if you would write a short recommendation of my work.', false, 'favour'],
  ['Could you leave us a review on the store page?', false, 'favour'],
  ['Our head of design would like to meet you; may I introduce you?', false, null],
  ['If the export still fails, please refer to the setup guide.', true, null],
  ['Could you confirm the delivery address for your order?', false, null],
  ['Let me know whether Tuesday still works for you.', false, null],
  ['We published the guide last week.', false, null],
  ['Your readers asked about pruning.', false, null],
  // A favour put as a suggestion: the writer's piece for the reader's page or audience.
  ['I think my checklist would make a great addition to your resources page.', false, 'favour'],
  ['Your readers would benefit from a link to our pricing guide.', false, 'favour'],
  ['Our new post would fit right in your weekly round-up.', false, 'favour'],
  ['Your readers would benefit from a shorter checkout.', false, null],
  ['The new index is a great addition to the report.', false, null],
];

describe('askOf', () => {
  for (const [text, request, expected] of TABLE) {
    it(text, () => {
      expect(kind(text, request)).toBe(expected);
    });
  }
});

// [sentence, whether it hands the reader something]: the writer's own case handed over is no gift.
const GIVES: ReadonlyArray<readonly [string, boolean]> = [
  ['I have attached the pricing sheet you asked for.', true],
  ['Here is a checklist for the audit: https://example.com/audit', true],
  ['I put together a short summary of your last three releases.', true],
  ['I have attached my resume for the analyst role.', false],
  ['Here is a link to our pitch deck: https://example.com/deck', false],
  ['You can find my attached CV below.', false],
  ['Our team met last week.', false],
  // Reading or seeing the reader's work is attention (it counts as such), not something handed over.
  ['I read your article on pricing for clinics.', false],
  ['I saw your talk at the Leeds meetup.', false],
  ['I found two broken links on your pricing page.', true],
];

// [sentence, whether it asks for the reader's time]: a wish of the writer's to talk is one; a third party's is offered.
const TIME: ReadonlyArray<readonly [string, boolean]> = [
  ['I would love to chat with you about your hiring plans.', true],
  ['We were hoping to speak with you before the board meets.', true],
  ['I’d like to take you out for lunch next week.', true],
  ['Give me a call when you have a moment.', true],
  ['Our head of design would like to meet you.', false],
  ['I would love to hear how the launch went.', false],
  ['Call me old-fashioned, but I still print the report.', false],
  ['Our workshops start with 30 minutes of socialising before the coaching.', false],
];

describe('TIME_ASK', () => {
  for (const [text, expected] of TIME) {
    it(text, () => {
      expect(TIME_ASK.test(text)).toBe(expected);
    });
  }
});

describe('givesOf', () => {
  for (const [text, expected] of GIVES) {
    it(text, () => {
      expect(givesOf(text)).toBe(expected);
    });
  }
});
