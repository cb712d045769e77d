import { givesSomething } from '../asks';
import { advice } from '../rule-kit';
import { draftRule } from '../rule';

const OUTREACH = new Set(['cold-email', 'follow-up', 'linkedin-note', 'linkedin-message']);
/**
 * A question put as a request: "Let me know what you think", "tell us how you handle returns". It
 * asks for their view as "What do you think?" does; "Let me know if you want a quote" asks only
 * whether they will buy.
 */
const INDIRECT_QUESTION = /\b(?:let (?:me|us) know|tell (?:me|us)) (?:what|how|whether|which|when|where|why) you\b/iu;

export default draftRule({
  id: 'no-reader-question',
  category: 'generic',
  level: 'draft',
  priority: 5,
  description: 'Flags outreach drafts about the writer that never ask the reader anything about their situation.',
  rationale:
    'A real question about the reader is the clearest sign you care about their situation, and it gives them something easy to answer. Without one, the draft is a broadcast.',
  messages: {
    none: 'Nothing here asks about them. Add one real question about their situation.',
  },
  options: { minWords: 25 },
  scope: 'draft',
  check(draft, options) {
    if (!OUTREACH.has(draft.settings.channel)) return [];
    const body = draft.sentences.filter((s) => s.lineKind !== 'greeting' && s.lineKind !== 'signoff' && s.lineKind !== 'subject');
    const words = body.reduce((n, s) => n + s.words, 0);
    if (words < options.minWords) return [];
    const realQuestion = body.some((s) => (s.isQuestion || INDIRECT_QUESTION.test(s.text)) && !s.asksForTime);
    if (realQuestion) return [];
    let writer = 0;
    let reader = 0;
    for (const s of body) {
      for (const r of s.writerRefs) writer += r.weight;
      for (const r of s.readerRefs) reader += r.weight;
    }
    // Only drafts that talk about the writer more than the reader and already show another
    // self-oriented pattern: a gift or an honest update without a question is fine.
    if (writer <= reader || draft.findings.length === 0) return [];
    // A draft that hands the reader something (a finding, a link, an offer they may take) has
    // given them a reason to answer; the question is no longer what is missing.
    if (body.some(givesSomething)) return [];
    // The close is the last real sentence: not the name under it, nor a one-word "Cheers!" after it.
    const backwards = [...body].reverse();
    const last = backwards.find((s) => s.words >= 4) ?? backwards.find((s) => /[.!?]$/.test(s.text)) ?? body[body.length - 1];
    if (!last) return [];
    return [{ start: last.start, end: last.end, messageId: 'none', suggestions: [advice('End with one question about their goal or problem')] }];
  },
  examples: {
    bad: [
      { text: 'Hi Ravi,\n\nWe are a small agency and we build Shopify stores. We have done this for years and our clients like our work.\n\n[[Let me know if you want a quote.]]\n\nBest,\nMo' },
      { text: 'We are a payroll company with a new product. It saves time for finance teams and we think it would help. [[We will send more details next week.]]' },
      { text: 'We are a payroll company with a new product. It saves time for finance teams and we think it would help. [[We will send more details next week.]] Cheers!' },
    ],
    good: [
      { text: 'Hi Ravi,\n\nI run a small agency and we build Shopify stores. How are you handling the holiday returns rush this year?' },
      { text: 'Hi Ravi,\n\nWe are a small agency and we build Shopify stores. We have done this for years and our clients like our work.\n\nLet me know how you handle the holiday returns rush.\n\nBest,\nMo' },
      { text: 'Hi Ravi, your checkout drops the discount code on mobile; I recorded the steps for you: https://example.com/clip. Your team can reproduce it in a minute.' },
      { text: 'Hi Ravi,\n\nI run a small agency and we build Shopify stores. I was on your site last night and I found three broken links on the returns page. I would be glad to send you the list I made.\n\nBest,\nMo' },
    ],
  },
});
