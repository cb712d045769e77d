import { advice } from '../rule-kit';
import { bySensitivity, draftRule } from '../rule';
import type { Span } from '../types';

export default draftRule({
  id: 'me-you-balance',
  category: 'me-focus',
  level: 'draft',
  priority: 4,
  description: 'Flags drafts where references to the writer (I, we, our, own company names) outweigh references to the reader, weighted by grammatical role.',
  rationale:
    'The only story readers are interested in is their own. When “I” and “we” outnumber “you”, the draft is telling the writer’s story; “I noticed your…” counts for them, “We are…” for you.',
  messages: {
    balance: 'This draft is mostly about your side ({writer} mentions of you and your company, {reader} of them). Turn a few “we” sentences around to start from them.',
  },
  options: {
    /** Minimum weighted writer references before the balance is judged at all. */
    minWriter: { relaxed: 7, balanced: 5, strict: 3.5 },
    /** The reader's share of all references below which the draft is flagged. */
    maxReaderShare: { relaxed: 0.2, balanced: 0.3, strict: 0.4 },
  },
  scope: 'draft',
  check(draft, options) {
    let writer = 0;
    let reader = 0;
    let heaviest: { start: number; end: number; weight: number } | null = null;
    // A writer owning a fault or apologising for it is answering to the reader, however many times it
    // says "we" ("We broke the sync and our team missed it"): those mentions are not self-focus.
    const counted = (s: (typeof draft.sentences)[number]): boolean => s.lineKind !== 'signoff' && s.lineKind !== 'greeting';
    const owning = (s: (typeof draft.sentences)[number]): boolean => s.focus.party === 'writer' && (s.focus.act === 'own-fault' || s.focus.act === 'apologise');
    for (const s of draft.sentences) {
      if (!counted(s)) continue;
      let sentenceWeight = 0;
      for (const ref of owning(s) ? [] : s.writerRefs) {
        writer += ref.weight;
        sentenceWeight += ref.weight;
      }
      for (const ref of s.readerRefs) reader += ref.weight;
      if (!heaviest || sentenceWeight > heaviest.weight) heaviest = { start: s.start, end: s.end, weight: sentenceWeight };
    }
    const minWriter = bySensitivity(draft.settings.sensitivity, options.minWriter);
    const maxShare = bySensitivity(draft.settings.sensitivity, options.maxReaderShare);
    if (!heaviest || writer < minWriter || reader / (writer + reader) >= maxShare) return [];
    // The evidence (every writer mention) only for a draft that is flagged: this rule runs on every pause.
    const evidence: Span[] = [];
    for (const s of draft.sentences) if (counted(s)) for (const ref of s.writerRefs) evidence.push({ start: s.start + ref.start, end: s.start + ref.end });
    return [
      {
        start: heaviest.start,
        end: heaviest.end,
        messageId: 'balance',
        data: { writer: String(Math.round(writer)), reader: String(Math.round(reader)) },
        evidence,
        suggestions: [advice('Rewrite the sentence with the most “I/we” so it starts from their situation')],
      },
    ];
  },
  examples: {
    bad: [
      { text: 'Hi Sam,\n\nWe are a design studio in Leeds. [[We have worked with startups for years and we love our clients, and our team is growing fast.]] We build brands and we ship websites. I think we could help.' },
      { text: '[[I started my agency in 2019 and I now run it with my partner; our work is my passion.]] I would love to chat.' },
    ],
    good: [
      { text: 'Hi Sam,\n\nI noticed your checkout asks for the postcode twice. On your phone that is two extra taps for every buyer. Would a short fix list help your team?' },
      { text: 'We met at the fair. Your stand was busy all day; how did the leads turn out for you?' },
      { text: "Hi all,\n\nWe broke our sync in last night's update, and our team did not catch it for three hours. We are sorry. We missed the failing check in our release steps. We have restored every record and we have added that check to our release steps." },
    ],
  },
});
