import { focusOf, sells, writerCentred, type Act } from '../nlp/focus';
import type { SentenceView } from '../nlp/views';
import { HELPED_GROUPS, WRITER_FEELINGS, WRITER_PRODUCTS, lexiconRegex } from '../lexicon';
import { advice, sentenceBody } from '../rule-kit';
import { sentenceRule, type RuleReport } from '../rule';
import { capitalise, quote } from '../text/text';
import type { Suggestion } from '../types';

/**
 * What the writer does in a sentence that puts itself first (nlp/focus.ts, built on compromise's
 * lemmas and the lexicon's word classes): praises or reports on itself, tells its feelings, says
 * what it wants, or describes itself with a verb that sells ("We help…", "Our platform offers…")
 * or as a company ("We are a payroll company…"). A person's plain "I'm Sam, a buyer at Fernway"
 * counts in the score but gets no underline; a plain statement ("We have received your order") is
 * not self-oriented at all. Chasing and phony apologies have rules of their own.
 */
const SELF_ACTS: ReadonlySet<Act> = new Set<Act>(['praise', 'results', 'feel', 'want']);
/** The company or product as the subject, not one person introducing themselves. */
const COMPANY_SUBJECT = /^(?:we|we['’]re|our|us)\b/iu;

function describesItself(sentence: SentenceView): boolean {
  if (sells(sentence)) return true;
  const span = sentence.subjectSpan;
  const verb = sentence.tokens[sentence.verb];
  const copula = verb && (verb.tags.has('Copula') || verb.text === '');
  return Boolean(span && copula && COMPANY_SUBJECT.test(sentence.text.slice(span.start, span.end)));
}

// "We help <group> <verb>…", with the lexicon's products and groups. It may backtrack: anchored
// at the start and run on one sentence (at most 400 characters), the word and the rest can trade
// letters, but only once, from one start.
const HELP_REWRITE = lexiconRegex(
  `^(?:we|i|our (?:${WRITER_PRODUCTS.alternation}))\\s+(?:help|helps)\\s+(?:\\w+\\s+)?(${HELPED_GROUPS.alternation})(?:\\s+like\\s+yours)?\\s+(?:to\\s+)?(\\p{Ll}[\\p{L}'’-]*)(.*)$`,
  'iu',
  true,
);

const SINGULAR: Readonly<Record<string, string>> = {
  companies: 'company',
  businesses: 'business',
  agencies: 'agency',
  clinics: 'clinic',
  practices: 'practice',
};

/**
 * "We are pleased to announce that …", "I'm excited to let you know that …": the writer's feeling
 * wrapped around news. With "that" and a clause after it, dropping the wrapper leaves the news as
 * a sentence of its own ("Your upgrade is live").
 */
const FEELING_FRAME = lexiconRegex(
  `^(?:we|i)(?:\\s+are|\\s+am|['’]re|['’]m)\\s+(?:(?:so|very|really|truly|most)\\s+)?(?:${[...WRITER_FEELINGS.words].join('|')})\\s+to\\s+(?:announce|share|report|tell\\s+you|let\\s+you\\s+know|inform\\s+you|confirm)\\s+that\\s+(\\S.*)$`,
  'iu',
);

/** Whether a replacement starting at `at` opens the sentence (so takes a capital letter). */
function opensSentence(sentence: SentenceView, at: number): boolean {
  return !sentence.continues && /^[\s"“'‘(]*$/u.test(sentence.text.slice(0, at));
}

/** The words after the frame, as a sentence: only when the parse finds a verb among them. */
function frameRewrite(sentence: SentenceView, body: { start: number; end: number }): Suggestion | null {
  const text = sentence.text.slice(body.start, body.end);
  const match = FEELING_FRAME.exec(text);
  const news = match?.[1];
  if (!news) return null;
  const from = body.start + text.length - news.length;
  const hasVerb = sentence.tokens.some((t) => t.start >= from && t.end <= body.end && t.tags.has('Verb'));
  if (!hasVerb) return null;
  const replacement = opensSentence(sentence, body.start) ? capitalise(news) : news;
  return { label: `Give them the news: “${quote(replacement, 50)}”`, edits: [{ start: body.start, end: body.end, text: replacement }] };
}

function rewrite(sentence: SentenceView, body: { start: number; end: number }): Suggestion | null {
  const text = sentence.text.slice(body.start, body.end);
  const match = HELP_REWRITE.exec(text);
  if (!match) return frameRewrite(sentence, body);
  const [, group = '', verb = '', rest = ''] = match;
  // Only when the parse agrees the word after the group is a verb ("cut", "grow").
  const verbToken = sentence.tokens.find((t) => t.normal === verb.toLowerCase().replace(/’/g, "'"));
  if (!verbToken || !(verbToken.tags.has('Verb') || verbToken.tags.has('Infinitive'))) return null;
  const lower = group.toLowerCase();
  const noun = SINGULAR[lower] ?? lower.replace(/s$/, '');
  const replacement = `${opensSentence(sentence, body.start) ? 'Your' : 'your'} ${noun} could ${verb}${rest}`;
  return { label: `Make them the subject: “${quote(replacement, 50)}”`, edits: [{ start: body.start, end: body.end, text: replacement }] };
}

export default sentenceRule({
  id: 'writer-subject',
  category: 'me-focus',
  level: 'sentence',
  priority: 2,
  description: 'Flags sentences whose subject is the writer, their company or their product describing or selling itself, with no link to the reader.',
  rationale:
    'Readers care about their own situation; a sentence that starts with “We…” or “Our platform…” asks them to care about yours. The same fact told as what changes for them earns attention.',
  messages: {
    subject: '“{subject}” is the subject here, not them. Lead with what changes for them.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    if (sentence.isQuestion || sentence.negated || !sentence.subjectSpan || (sentence.lineKind !== 'body' && sentence.lineKind !== 'bullet')) return [];
    const focus = focusOf(sentence);
    if (!writerCentred(focus) || !(SELF_ACTS.has(focus.act) || (focus.act === 'describe' && describesItself(sentence)))) return [];
    const verb = sentence.tokens[sentence.verb];
    if (!verb) return [];
    const body = { start: sentence.subjectSpan.start, end: sentenceBody(sentence).end };
    const object = quote(sentence.text.slice(verb.end, body.end), 40);
    const suggestions: Suggestion[] = [];
    const edit = rewrite(sentence, body);
    if (edit) suggestions.push(edit);
    if (focus.act === 'want') suggestions.push(advice('Say what they gain if they say yes, not what you want'));
    else if (focus.act === 'feel') suggestions.push(advice('Tell them what the news changes for them, not how you feel about it'));
    else suggestions.push(advice(object ? `Lead with what changes for them: what does “${object}” let them do?` : 'Lead with what changes for them'));
    const report: RuleReport = {
      start: body.start,
      end: body.end,
      messageId: 'subject',
      data: { subject: quote(sentence.text.slice(sentence.subjectSpan.start, sentence.subjectSpan.end), 30) },
      suggestions,
    };
    return [report];
  },
  examples: {
    bad: [
      { text: '[[We help teams like yours cut onboarding time]].', output: 'Your team could cut onboarding time.' },
      { text: 'Hi Kim, [[we help clinics like yours fill cancelled slots]].', output: 'Hi Kim, your clinic could fill cancelled slots.' },
      { text: '[[We are pleased to announce that you can now reach us until 8 pm]].', output: 'You can now reach us until 8 pm.' },
      { text: 'Hi Jo, [[I’m excited to let you know that your upgrade is live]]!', output: 'Hi Jo, your upgrade is live!' },
      { text: '[[We are pleased to announce our new opening hours]].' },
      { text: 'Hi Kim, [[we are a leading provider of fleet software]].' },
      { text: '[[Our platform offers dashboards, alerts and exports]].' },
      { text: '[[I’m super passionate about design]].' },
      { text: 'Hi Kim, [[we are a payroll company for dental clinics]].' },
      { text: '[[I need three strong engineers by March]].' },
    ],
    good: [
      { text: 'I noticed your team is hiring two data engineers.' },
      { text: 'We are not the right firm for this, and here is who is.' },
      { text: 'We built the export so you can send the report to your auditor in one click.' },
      { text: 'Can we move the call to 3pm?' },
      { text: 'I’m Sam, a buyer at Fernway, and your rota post answered a question we had.' },
      { text: 'We have received your order and it ships on Monday.' },
      { text: 'I’m out of the office until Monday.' },
      { text: 'We’re so glad to have you on the team.' },
      { text: 'I hope you had a restful weekend.' },
      // The draft is more about the reader than about the writer: the opening feeling stands alone.
      { text: 'We are so excited about the workshop this Friday. You’ll get the room details on Monday. Bring your laptop, since you will build your first app. Your badge waits at the front desk.' },
    ],
  },
});
