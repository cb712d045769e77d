import type { SentenceView } from '../nlp/views';
import { advice, sentenceBody } from '../rule-kit';
import { sentenceRule, type RuleReport } from '../rule';
import { quote } from '../text/text';
import type { Suggestion } from '../types';

/** Verbs that, with the writer as subject, describe the writer or sell their offer. */
const SELF_VERBS =
  /^(?:help|helps|helped|helping|offer|offers|offered|provide|provides|provided|specialize|specializes|specialise|specialises|specializing|specialising|build|builds|built|create|creates|created|deliver|delivers|delivered|serve|serves|served|partner|partners|partnered|love|loved|want|wanted|launch|launched|found|founded|start|started|develop|develops|developed|design|designs|designed|bring|brings|enable|enables|empower|empowers|pride|focus|focuses|support|supports|include|includes|feature|features|integrate|integrates|combine|combines|come|comes|let|lets|give|gives|make|makes|work|works|worked|grow|grew|won|earned|achieved|manage|manages|managed|use|uses|leverage|leverages|guarantee|guarantees|ensure|ensures|welcomed|moved|hosting|host|hosts|share|delighted|excited|thrilled|passionate|proud|honored|honoured|pleased|looking|outperform|outperforms|exceed|exceeds|beat|beats|strive|strives|rebuilt|added|redesigned|released|announce|announced|discovered)$/;
/** Self-descriptions after a copula: "We are a…", "I'm the…", "We're thrilled…". */
const COPULA_SELF = /^\s*(?:(?:also|really|truly|now|currently|proudly|very|so|super|incredibly)\s+)*(?:a|an|the|one of|experts?|specialists?|leaders?|passionate|excited|thrilled|delighted|proud|honou?red|pleased|known|dedicated|committed|obsessed|focused|based|available|sound|proven|unique|different|superior|excellent|confident|sure|certain|the best|second to none|looking)\b/iu;
/** A bridge to the reader's outcome makes a writer-subject sentence about them after all. */
const BRIDGE = /\b(?:so (?:that )?(?:you|your)|which means (?:you|your)|(?:letting|helping|saving|giving) you|for you to|so they|meaning (?:you|your))\b/iu;
const LOVE_TO_LISTEN = /\b(?:love|like) to (?:hear|learn|understand|know|see) (?:how|what|whether|if|about|your)\b/iu;

// Anchored at the start and run on one sentence (at most 400 characters): the word and the rest
// can trade letters, but only once, from one start.
const HELP_REWRITE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking
  /^(?:we|i|our (?:team|company|platform|product|tool|software|app))\s+(?:help|helps)\s+(?:\w+\s+)?(teams|companies|businesses|firms|brands|founders|leaders|agencies|startups|organi[sz]ations|clinics|practices|shops|stores|restaurants|schools|retailers|manufacturers)(?:\s+like\s+yours)?\s+(?:to\s+)?(\p{Ll}[\p{L}'’-]*)(.*)$/iu;

const SINGULAR: Readonly<Record<string, string>> = {
  companies: 'company',
  businesses: 'business',
  agencies: 'agency',
  clinics: 'clinic',
  practices: 'practice',
};

function rewrite(sentence: SentenceView, body: { start: number; end: number }): Suggestion | null {
  const text = sentence.text.slice(body.start, body.end);
  const match = HELP_REWRITE.exec(text);
  if (!match) return null;
  const [, group = '', verb = '', rest = ''] = match;
  // Only when the parse agrees the word after the group is a verb ("cut", "grow").
  const verbToken = sentence.tokens.find((t) => t.normal === verb.toLowerCase().replace(/’/g, "'"));
  if (!verbToken || !(verbToken.tags.has('Verb') || verbToken.tags.has('Infinitive'))) return null;
  const lower = group.toLowerCase();
  const noun = SINGULAR[lower] ?? lower.replace(/s$/, '');
  const replacement = `Your ${noun} could ${verb}${rest}`;
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
    if (sentence.subject !== 'writer' || sentence.isQuestion || sentence.negated) return [];
    if (sentence.lineKind === 'greeting' || sentence.lineKind === 'signoff' || sentence.lineKind === 'subject') return [];
    if (BRIDGE.test(sentence.text) || LOVE_TO_LISTEN.test(sentence.text)) return [];
    const verb = sentence.tokens[sentence.verb];
    if (!verb || !sentence.subjectSpan) return [];
    const isCopula = verb.tags.has('Copula') || verb.text === '';
    const selfVerb = SELF_VERBS.test(verb.normal);
    const copulaSelf = isCopula && COPULA_SELF.test(sentence.text.slice(verb.end));
    // "We have 20 people on call" describes the writer; "I have a question" does not.
    const haveSelf = /^(?:have|has|'ve)$/.test(verb.normal) && /^\s*(?:(?:over|more than)\s+\d|(?:a|an)\s+(?:team|network|track record|portfolio|history|client base|customer base)|(?:clients|customers|offices|experts)\b)/iu.test(sentence.text.slice(verb.end));
    if (!selfVerb && !copulaSelf && !haveSelf) return [];
    const body = { start: sentence.subjectSpan.start, end: sentenceBody(sentence).end };
    const object = quote(sentence.text.slice(verb.end, body.end), 40);
    const suggestions: Suggestion[] = [];
    const edit = rewrite(sentence, body);
    if (edit) suggestions.push(edit);
    suggestions.push(advice(object ? `Lead with what changes for them: what does “${object}” let them do?` : 'Lead with what changes for them'));
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
      { text: 'Hi Kim, [[we are a leading provider of fleet software]].' },
      { text: '[[Our platform offers dashboards, alerts and exports]].' },
      { text: '[[I’m super passionate about design]].' },
    ],
    good: [
      { text: 'I noticed your team is hiring two data engineers.' },
      { text: 'We are not the right firm for this, and here is who is.' },
      { text: 'We built the export so you can send the report to your auditor in one click.' },
      { text: 'Can we move the call to 3pm?' },
    ],
  },
});
