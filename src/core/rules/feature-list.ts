import { OFFER_LEADS, lexiconRegex } from '../lexicon';
import { advice } from '../rule-kit';
import { bySensitivity, sentenceRule } from '../rule';
import { quote } from '../text/text';
import { looksLikeFeature } from '../rule-kit';
import { opensWithCommand } from '../nlp/views';

/** Words that make an inline list about the writer's own offer ("Our plans include…"). */
const OFFER_LEAD = lexiconRegex(`\\b(?:${OFFER_LEADS.alternation})\\b`, 'iu');
/** Item separators in an inline list: commas, semicolons, "and", "&", "plus". */
// Runs on one sentence, which segment() caps at 400 characters, so a long run of spaces is bounded.
// eslint-disable-next-line regexp/no-super-linear-move
const SEPARATOR = /\s*(?:,\s*(?:and|&|plus|or)?|\s(?:and|&|plus)\s)\s*/giu;

/** A web address, or a template slot that stands for one ("<%= forum_url %>", "{{signup_link}}"). */
const LINK = /https?:\/\/|www\.|[{<[%][^{}<>[\]\n]{0,40}(?:url|link|href)\b/iu;

function isReaderSentence(readerWeights: readonly number[]): boolean {
  return readerWeights.some((w) => w >= 1);
}

export default sentenceRule({
  id: 'feature-list',
  category: 'feature-dump',
  level: 'sentence',
  priority: 2,
  description: 'Flags sentences that enumerate capabilities, skills or specifications with no link to the reader’s situation or outcome.',
  rationale:
    'A list of features asks the reader to work out why any of it matters to them, and most will not. Pick the one capability that fits their situation and say what it changes for them.',
  messages: {
    list: 'A list of {count} features or skills ({first} …) with nothing about them. Pick the one that fits their situation and say what it changes.',
  },
  options: { minItems: { relaxed: 5, balanced: 4, strict: 4 }, maxItemWords: 6 },
  scope: 'sentence',
  check(sentence, settings, options) {
    if (sentence.isQuestion || isReaderSentence(sentence.readerRefs.map((r) => r.weight))) return [];
    // An instruction to the reader ("Watch sign-ups, refunds, churn and cost per order") lists what
    // they will do or look at, not what the writer has: an offer needs the writer in it.
    if (opensWithCommand(sentence) && sentence.writerRefs.length === 0) return [];
    const text = sentence.text;
    // The list usually follows a colon, "with", "including", "like" or "in" ("expertise in React, Node…").
    const pieces: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const match of text.matchAll(SEPARATOR)) {
      pieces.push({ start: from, end: match.index });
      from = match.index + match[0].length;
    }
    pieces.push({ start: from, end: text.length });
    // A list about the writer's own offer ("Our plans include…") needs one item fewer to count.
    const aboutOffer = OFFER_LEAD.test(text);
    const minItems = bySensitivity(settings.sensitivity, options.minItems) - (aboutOffer ? 1 : 0);
    if (pieces.length < minItems) return [];
    // Items are the short pieces; the first piece carries the lead-in, so keep only its tail.
    const firstPiece = pieces[0];
    if (!firstPiece) return [];
    const leadIn = /(?:(?:^|\s)(?:with|including|includes|like|such as|in|offers?|features?|provides?)|:)\s+(?=\S)/giu;
    let itemStart = -1;
    for (const m of text.slice(firstPiece.start, firstPiece.end).matchAll(leadIn)) itemStart = firstPiece.start + m.index + m[0].length;
    if (itemStart === -1) {
      const colon = text.lastIndexOf(':', firstPiece.end);
      itemStart = colon >= 0 ? colon + 1 : firstPiece.start;
    }
    const items = [{ start: itemStart, end: firstPiece.end }, ...pieces.slice(1)].map((p) => {
      let end = p.end;
      while (end > p.start && /[\s.!…]/u.test(text[end - 1] ?? '')) end -= 1;
      let start = p.start;
      while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
      return { start, end };
    });
    const wordsIn = (p: { start: number; end: number }): number => text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length;
    // The last item may run on ("… and a mobile app rated 4.8 stars"); allow it a few more words.
    // A link is an address, not a feature: a list with one is a list of places to look.
    const short = items.filter((p, i) => wordsIn(p) >= 1 && wordsIn(p) <= options.maxItemWords + (i === items.length - 1 ? 4 : 0) && looksLikeFeature(sentence, p) && !LINK.test(text.slice(p.start, p.end)));
    if (short.length < minItems || short.length < items.length - 1) return [];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last || last.end <= first.start) return [];
    return [
      {
        start: first.start,
        end: last.end,
        messageId: 'list',
        data: { count: String(items.length), first: quote(text.slice(first.start, first.end), 30) },
        suggestions: [advice(`Keep the item that fits their situation and say what it lets them do, e.g. “so your team can …”`)],
      },
    ];
  },
  examples: {
    bad: [
      { text: 'Our suite includes [[dashboards, alerts, exports, SSO and audit logs]].' },
      { text: 'I am a developer with expertise in [[React, Node, Python, Django and AWS]].' },
      { text: 'Features: [[bank feeds, receipt capture, multi-entity consolidation, 30 report templates]].' },
    ],
    good: [
      { text: 'Your team could drop the Monday export, the manual reconciliation, the extra licence and the second login.' },
      { text: 'Bring your laptop, badge and lunch.' },
      { text: 'Open the report and compare sign-ups, refunds, churn and cost per order.' },
      { text: 'Notes are in the shared folder (https://example.com/notes), the board, the wiki and the tracker.' },
      { text: 'Get help from the designers, the developers, other subscribers and the forum at <%= forum_url %>.' },
      { text: 'Help is at hand with designers, developers, other subscribers and the forum at {{forum_url}}.' },
      { text: 'Which of these matters most to you: speed, cost, support or security?' },
    ],
  },
});
