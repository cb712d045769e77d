import { BUZZWORDS } from '../lexicon';
import { advice } from '../rule-kit';
import { bySensitivity, sentenceRule } from '../rule';
import { compilePhrases, findPhrases } from '../text/phrases';
import { quote } from '../text/text';

const PHRASES = compilePhrases(BUZZWORDS.patterns);

export default sentenceRule({
  id: 'buzzwords',
  category: 'feature-dump',
  level: 'sentence',
  priority: 3,
  description: 'Flags sentences stacked with marketing buzzwords (“cutting-edge, AI-powered, seamless, end-to-end”).',
  rationale:
    'Buzzwords describe every product, so they tell the reader nothing about theirs. Saying what actually changes in their day, in plain words, is what makes a capability matter.',
  messages: {
    stack: '{count} buzzwords here ({words}) and nothing about them. Say in plain words what changes for them.',
  },
  options: { minBuzzwords: { relaxed: 3, balanced: 2, strict: 2 } },
  scope: 'sentence',
  check(sentence, settings, options) {
    const hits = findPhrases(PHRASES, sentence.text);
    if (hits.length < bySensitivity(settings.sensitivity, options.minBuzzwords)) return [];
    const first = hits[0];
    const last = hits[hits.length - 1];
    if (!first || !last) return [];
    return [
      {
        start: first.start,
        end: last.end,
        messageId: 'stack',
        data: { count: String(hits.length), words: quote(hits.map((h) => h.text).join(', '), 70) },
        evidence: hits.map((h) => ({ start: h.start, end: h.end })),
        suggestions: [advice(`Replace “${quote(first.text, 30)}” with what it lets them do, in plain words`)],
      },
    ];
  },
  examples: {
    bad: [
      { text: 'Our [[cutting-edge, AI-powered]] platform.' },
      { text: 'We offer [[seamless, end-to-end, scalable]] integrations.' },
      { text: 'Tallyworks helps you [[unlock real-time visibility and a single source of truth]].' },
    ],
    good: [
      { text: 'Your reps would see yesterday’s orders before their 9 a.m. call.' },
      { text: 'The report is robust enough for your auditors.' },
      { text: 'It exports to CSV, so your analyst can keep her spreadsheet.' },
    ],
  },
});
