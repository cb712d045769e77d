import { describe, expect, it } from 'vitest';
import { tagSentence } from './parse';
import { focusOf, readerCentred, writerCentred, type Act, type Party } from './focus';
import { buildView } from './views';
import { findPlaceholders } from '../text/placeholders';

function focus(text: string) {
  const view = buildView({ text, tokens: tagSentence(text), lineKind: 'body', lineStart: true, ownNames: [] });
  return focusOf(view, findPlaceholders(text));
}

// [sentence, party, act, centred on]: our own examples of each pattern. A plain statement by the
// writer (act 'state': what it did or will do, where it is) centres nobody: it is information, not
// a want, a feeling, a sales line or praise.
const TABLE: ReadonlyArray<readonly [string, Party, Act, 'writer' | 'reader' | 'neither']> = [
  // We attitude → you attitude, in both directions.
  ['We are pleased to announce our new opening hours.', 'writer', 'feel', 'writer'],
  ['You can now reach us until 8 pm.', 'reader', 'benefit', 'reader'],
  ['We have shipped the replacement parts.', 'writer', 'describe', 'writer'],
  ['Your replacement parts will arrive on Tuesday.', 'reader', 'benefit', 'reader'],
  ['We offer free delivery on orders over $50.', 'writer', 'describe', 'writer'],
  ['You get free delivery on orders over $50.', 'reader', 'benefit', 'reader'],
  // Congratulations are said to the reader about their news, even with no "you" in them.
  ['Huge congrats on closing the seed round!', 'reader', 'thank', 'reader'],
  ['Congratulations on the new office in Leeds.', 'reader', 'thank', 'reader'],
  ['We require a signed form before we can issue the refund.', 'writer', 'want', 'writer'],
  ['So you can get your refund this week, please sign the form.', 'reader', 'benefit', 'reader'],
  // Blame: faults move to neutral or "we" wording.
  ['You did not sign the form.', 'reader', 'blame', 'neither'],
  ['You were not clear about the dates.', 'reader', 'blame', 'neither'],
  ['You claim that the parcel never arrived.', 'reader', 'blame', 'neither'],
  ['You can still claim the repair if the garage sends its invoice.', 'reader', 'benefit', 'reader'],
  ['We did not receive the signed form.', 'writer', 'own-fault', 'reader'],
  // A fault hidden in the passive, a refusal put first, a promise to keep the reader informed.
  ['A mistake was made on your last invoice.', 'none', 'evade', 'neither'],
  ['Unfortunately we cannot change the delivery date.', 'writer', 'refuse', 'writer'],
  // The formal no: "regret to inform", a refusal in the passive, a gain denied.
  ['We regret to inform you that your transfer request has been declined.', 'writer', 'refuse', 'writer'],
  ['Your refund claim was rejected because the receipt was missing.', 'reader', 'refuse', 'neither'],
  ['You did not qualify for the loyalty discount.', 'reader', 'state', 'reader'],
  ['I don’t want to take up much of your afternoon.', 'writer', 'want', 'writer'],
  ['We will keep you posted on the repair.', 'writer', 'give', 'reader'],
  // A leading time or manner word is not the subject.
  ['Last month we offered free onboarding to every new client.', 'writer', 'describe', 'writer'],
  // Attention, giving, asking.
  ['I noticed your team opened a second warehouse in Leeds.', 'writer', 'attend', 'reader'],
  ['I read your post on churn in small clinics.', 'writer', 'attend', 'reader'],
  ['I would love to hear how you plan the spring rota.', 'writer', 'attend', 'reader'],
  ['How are you handling the new filing rules?', 'reader', 'ask', 'reader'],
  // Liking the reader's own work is attention too; as a wish it is the writer's want.
  ['I loved your essay on pricing for small agencies.', 'writer', 'attend', 'reader'],
  ['We were impressed by your talk on rota planning at the Leeds meetup.', 'writer', 'attend', 'reader'],
  ['I really appreciated how early your team moved payroll to weekly runs.', 'writer', 'attend', 'reader'],
  ['We appreciate your patience while the line is down.', 'writer', 'thank', 'neither'],
  ['I’d love your thoughts on my pitch deck.', 'writer', 'want', 'writer'],
  ['We were impressed by your interest in our new dashboard.', 'writer', 'state', 'neither'],
  // What the writer wants, feels or says of itself.
  ['I need three strong engineers by March.', 'writer', 'want', 'writer'],
  ['I am so excited about our new dashboard.', 'writer', 'feel', 'writer'],
  // A feeling or wish about the reader as a person is warmth, not self-display (and no credit either).
  ['We’re so glad to have you on the team.', 'writer', 'warm', 'neither'],
  ['We are thrilled to have you with us this spring.', 'writer', 'warm', 'neither'],
  ['I am really happy for you and your family.', 'writer', 'warm', 'neither'],
  ['I hope you keep writing songs this good.', 'writer', 'warm', 'neither'],
  ['I hope you can help me with my thesis.', 'writer', 'want', 'writer'],
  ['I hope you had a restful weekend.', 'writer', 'warm', 'neither'],
  ['We wish you all the best with the move.', 'writer', 'warm', 'neither'],
  ['I’m excited to show you our new dashboard.', 'writer', 'feel', 'writer'],
  // A wish that only frames news or a thing for the reader hands it over; one about the writer's own stays a want.
  ['I wanted to let you know that your refund went out this morning.', 'writer', 'give', 'reader'],
  ['We would like to give you an update on the venue.', 'writer', 'give', 'reader'],
  ['I wanted to tell you more about my consulting services.', 'writer', 'want', 'writer'],
  ['We would love to show you our new booking app.', 'writer', 'want', 'writer'],
  // A promise of service to the reader is reliability; a promise about the writer's own things is news of the writer.
  ['We will refund the delivery fee by Friday.', 'writer', 'give', 'reader'],
  ['We are going to credit your account for the lost week.', 'writer', 'give', 'reader'],
  ['We will ship our new reporting module in May.', 'writer', 'describe', 'writer'],
  // The same service done is amends made: reliability shown, unless what was fixed is the writer's own.
  ['We have already refunded the delivery fee.', 'writer', 'give', 'reader'],
  ['I fixed the broken link on your invoice page this morning.', 'writer', 'give', 'reader'],
  ['We fixed our own website last week.', 'writer', 'state', 'neither'],
  ['We hope you will consider our proposal.', 'writer', 'want', 'writer'],
  ['We are the leading provider of payroll software.', 'writer', 'praise', 'writer'],
  ['Quillfield installs the most solar panels in the county.', 'writer', 'praise', 'writer'],
  ['I just wanted to follow up on my last email.', 'writer', 'chase', 'writer'],
  // A "we" sentence tied to the reader's gain is about them after all.
  ['We built the export so you can send the report to your auditor in one click.', 'both', 'describe', 'reader'],
  ['Together, we can cut your month-end close to two days.', 'both', 'state', 'reader'],
  // The reader's inability caused by the writer's fault is no refusal by the writer.
  ['Yesterday we had an outage that left many of you unable to bank.', 'writer', 'state', 'neither'],
  ['We are unable to refund the fee.', 'writer', 'refuse', 'writer'],
  // An office notice: the reader's case moved along the sender's process, in the passive, by nobody named.
  ['Your application has been logged for processing.', 'none', 'state', 'neither'],
  ['Your complaint has been received and forwarded to the relevant department.', 'none', 'state', 'neither'],
  ['Your draft was reviewed by Dana, who liked the second section.', 'reader', 'state', 'reader'],
  ['Your refund has been approved and will reach your card by Friday.', 'reader', 'state', 'reader'],
  ['You asked whether the form was received.', 'reader', 'state', 'reader'],
  // The writer offering work in the conditional gives; a hand-off to the writer's own side does not.
  ["I'd be happy to walk your team through the numbers.", 'writer', 'give', 'reader'],
  ["I'd be happy to introduce you to our head of sales.", 'writer', 'feel', 'writer'],
  // A "we" that takes in the reader: shared ground, neither the writer's side nor the reader's own.
  ['We are both speaking at the Leeds summit next month.', 'none', 'describe', 'neither'],
  ['We both work with small clinics, so comparing notes might help.', 'none', 'state', 'neither'],
  ['We are building a booking tool for small clinics.', 'writer', 'describe', 'writer'],
  // …unless what the bridge leads to serves the writer; work on the reader's problem is theirs.
  ['I would like a short call so you can tell me about your hiring plans.', 'writer', 'want', 'writer'],
  ['Our team is working through the night to restore your account.', 'both', 'describe', 'reader'],
  ['We are doing all we can to get your site back online.', 'both', 'state', 'reader'],
  // In a message to many, the readers may be named as a group; the bridge's clause ends at ", and"/", but".
  ['We are moving the date now so that members can rebook their travel, but we will keep the venue.', 'both', 'state', 'reader'],
  ['Our engineers stayed late to resolve the outage, and our status page was updated hourly.', 'both', 'state', 'reader'],
  ['We changed the schedule so that people can meet our sponsors.', 'writer', 'state', 'neither'],
  ['We stayed late to resolve the problem with our own build server.', 'writer', 'state', 'neither'],
  // Apologies: sincere (a named mistake) or phony.
  ['We are sorry: we made a mistake on your invoice.', 'writer', 'apologise', 'reader'],
  ['We apologise for any inconvenience this may have caused.', 'writer', 'phony-apology', 'writer'],
  ['Sorry to bother you again.', 'writer', 'phony-apology', 'writer'],
  // A copula before a place is where the writer is, an opinion is about what it is about.
  ['I’m out of the office until Monday.', 'writer', 'state', 'neither'],
  ['I think that is below what you earn now.', 'writer', 'state', 'neither'],
  ['We believe our platform is the right fit.', 'writer', 'describe', 'writer'],
  ['I was wrong about the import limit.', 'writer', 'own-fault', 'reader'],
  ['I wanted to see if you would like a copy of the audit.', 'writer', 'attend', 'reader'],
  ['I’d be grateful if you could send the signed form.', 'writer', 'request', 'neither'],
  ['We have received your order.', 'writer', 'describe', 'writer'],
  // Nobody in particular.
  ['The office is closed on Monday.', 'third', 'state', 'neither'],
  // Template slots: a reader slot is the reader.
  ['{{Company}} is hiring two data engineers.', 'reader', 'state', 'reader'],
];

describe('focusOf', () => {
  it.each(TABLE)('%s → %s / %s', (text, party, act, centred) => {
    const f = focus(text);
    expect({ party: f.party, act: f.act }).toEqual({ party, act });
    expect(writerCentred(f) ? 'writer' : readerCentred(f) ? 'reader' : 'neither').toBe(centred);
  });

  it('reads inflected forms as one verb (compromise lemmas)', () => {
    for (const text of ['We offer onboarding.', 'We offered onboarding.', 'We are offering onboarding.']) expect(focus(text).act).toBe('describe');
  });

  it('skips greetings and sign-offs', () => {
    const text = 'Hi Sam,';
    const view = buildView({ text, tokens: tagSentence(text), lineKind: 'greeting', lineStart: true, ownNames: [] });
    expect(focusOf(view).skip).toBe(true);
  });

  it('reads past participles as their verb: "I have seen your post" attends like "I saw your post"', () => {
    expect(focus('I have seen your post on rota planning.').act).toBe('attend');
    expect(focus('I saw your post on rota planning.').act).toBe('attend');
  });

  it('skips a closing formula, which says no more than "Best,"', () => {
    expect(focus('I look forward to hearing from you.').skip).toBe(true);
    expect(focus('We look forward to your reply.').skip).toBe(true);
    expect(focus('I look forward to the trial on your night shift.').skip).toBe(false);
  });

  it('a "you" sentence can still be a pitch about the writer when it praises the writer', () => {
    expect(writerCentred(focus('Our award-winning team is the best partner you could pick.'))).toBe(true);
  });
});

describe('buildView: the writer as subject of a verb of attention', () => {
  function writerWeight(text: string): number | undefined {
    return buildView({ text, tokens: tagSentence(text), lineKind: 'body', lineStart: true, ownNames: [] }).writerRefs[0]?.weight;
  }

  it('weighs "I" lightly when the verb is attention, fully when the verb only starts like a modal', () => {
    expect(writerWeight('I noticed your new clinic in Leeds.')).toBeLessThan(0.5);
    // "cancelled" starts with "can" but is no modal: the sentence is about what the writer did.
    expect(writerWeight('I cancelled the second delivery.')).toBe(1);
    expect(writerWeight('I canvassed our whole team.')).toBe(1);
  });
});
