import { describe, expect, it } from 'vitest';
import { analyze } from './index';

// Our own drafts: a self-oriented one and its rewrite toward the reader.
const SELF = 'Hi Dana,\n\nWe are a leading provider of scheduling software. We are pleased to announce our new release. I would love to get 15 minutes on your calendar.\n\nBest,\nLee';
const REWRITE =
  'Hi Dana,\n\nI saw your clinic added Saturday hours. Your front desk can now fill cancelled slots from the waiting list, so you can keep Saturdays full. Would a one-page checklist for that help your team?\n\nBest,\nLee';
const NEUTRAL = ['The office is on the third floor.', 'The building opens at eight.', 'Parking is on the left.'];

describe('the client-focus score', () => {
  it('rises when a self-oriented draft is rewritten toward the reader', () => {
    expect(analyze(REWRITE).score!).toBeGreaterThan(analyze(SELF).score! + 20);
  });

  it('is not raised by padding a draft with neutral sentences', () => {
    const padded = SELF.replace('Best,', `${NEUTRAL.join(' ')}\n\nBest,`);
    expect(analyze(padded).score!).toBeLessThanOrEqual(analyze(SELF).score!);
  });

  it('spreads: a mediocre draft and a terrible one get different scores, neither at the bounds', () => {
    const mediocre = 'Hi Dana, I noticed you opened a second clinic. We help clinics fill cancelled slots. Are you free for a call?';
    const terrible = 'Dear Sir/Madam, I just wanted to follow up. We are the best, award-winning provider. I need 15 minutes of your time this week. Act now!';
    const [m, t] = [analyze(mediocre).score!, analyze(terrible).score!];
    expect(m).toBeGreaterThan(t);
    expect(t).toBeGreaterThan(0);
  });

  it('lists each feature’s points, and base plus points is the score', () => {
    const report = analyze(SELF);
    const total = report.stats.base + report.stats.contributions.reduce((s, c) => s + c.points, 0);
    expect(Math.abs(total - report.score!)).toBeLessThanOrEqual(report.stats.contributions.length * 0.5 + 2);
    for (const c of report.stats.contributions) expect(c.label).not.toMatch(/\d\.\d/);
  });

  it('counts mentions as whole numbers', () => {
    const { writerReferences, readerReferences } = analyze(SELF).stats;
    expect(Number.isInteger(writerReferences) && Number.isInteger(readerReferences)).toBe(true);
  });

  it('does not charge a placeholder: a reader slot reads as the reader and warns before sending', () => {
    const filled = analyze('Hi Dana, I saw Brightwell is hiring two nurses. Would a rota template help?');
    const slotted = analyze('Hi {{FirstName}}, I saw {{Company}} is hiring two nurses. Would a rota template help?');
    expect(slotted.findings.filter((f) => f.excerpt.includes('{{'))).toEqual([]);
    expect(slotted.warnings.map((w) => w.excerpt)).toEqual(['{{FirstName}}', '{{Company}}']);
    expect(slotted.score!).toBeGreaterThanOrEqual(filled.score! - 5);
  });
});

describe('the message as a whole: a draft that never turns to the reader', () => {
  const ABOUT_US = 'Hi Dana,\n\nWe are a payroll company for dental clinics. We built our app in Leeds and we have 40 staff.';

  it('is marked when nothing in it centres the reader or asks about them', () => {
    expect(analyze(ABOUT_US).stats.features!.readerAbsent).toBe(1);
    expect(analyze(`${ABOUT_US} How do you run payroll today?`).stats.features!.readerAbsent).toBe(0);
    expect(analyze(`${ABOUT_US} Your staff could see their payslips on their phones.`).stats.features!.readerAbsent).toBe(0);
    // A stock line fits any reader, so it does not turn to this one, nor count among the sentences about them.
    const stock = analyze(`${ABOUT_US} Companies like yours are growing fast.`);
    expect(stock.stats.features!.readerAbsent).toBe(1);
    expect(stock.stats.features!.readerShare).toBe(0);
    expect(analyze(`${ABOUT_US} Your clinic in Leeds is growing fast.`).stats.features!.readerShare).toBeGreaterThan(0);
    // An offer or a gift turns to them too.
    expect(analyze(`${ABOUT_US} If it would be useful, I can send the setup checklist.`).stats.features!.readerAbsent).toBe(0);
    expect(analyze(`${ABOUT_US} The setup checklist is attached.`).stats.features!.readerAbsent).toBe(0);
  });

  it('is not marked for a draft about nobody, and a first sentence about the reader raises the score', () => {
    expect(analyze(NEUTRAL.join(' ')).stats.features!.readerAbsent).toBe(0);
    const turned = analyze(`${ABOUT_US} Your staff could see their payslips on their phones.`);
    expect(turned.score!).toBeGreaterThan(analyze(ABOUT_US).score!);
    const absent = analyze(ABOUT_US).stats.contributions.find((c) => c.key === 'feature:readerAbsent');
    expect(absent?.label).toBe('Nothing in it is about them, stock lines aside');
    expect(absent!.points).toBeLessThan(0);
  });
});

describe('specific versus vague, and the ask against the give', () => {
  const ASK = 'Could you add a link to my gardening guide on your resources page?';
  const base = (middle: string) => `Hi Sam,\n\n${middle}\n\n${ASK}\n\nThanks,\nRo`;

  it('a vague compliment does not raise the score', () => {
    const plain = analyze(base('I write a small blog about gardening.')).score!;
    const praised = analyze(base('I write a small blog about gardening. I love your website and your posts are always inspiring.')).score!;
    expect(praised).toBeLessThanOrEqual(plain);
    expect(analyze(base('I love your website.')).findings.map((f) => f.ruleId)).toContain('vague-praise');
  });

  it('each sentence of attention raises it; a stock or vague line of attention does not', () => {
    const draft = (opening: string) => `Hi Dana,\n\n${opening}We run a payroll service for clinics. Could we talk next week?\n\nSam`;
    const none = analyze(draft(''));
    const stock = analyze(draft('I came across your profile. '));
    const one = analyze(draft('I read your post on night-shift pay last week. '));
    const two = analyze(draft('I read your post on night-shift pay last week. I also saw your clinic opened a second site in March. '));
    expect(stock.stats.features!.attends).toBe(0);
    // Attention that names only what every reader has counts for nothing either, and finds nothing to give.
    const vague = analyze(draft('I noticed your company is growing. '));
    expect(vague.stats.features!.attends).toBe(0);
    expect(vague.stats.features!.gives).toBe(0);
    expect(stock.score!).toBeLessThanOrEqual(none.score!);
    expect(one.score!).toBeGreaterThan(none.score!);
    expect(two.stats.features!.attends).toBeGreaterThan(one.stats.features!.attends!);
    expect(two.score!).toBeGreaterThan(one.score!);
  });

  it('replacing the compliment with a specific detail raises it', () => {
    const praised = analyze(base('I love your website.')).score!;
    const specific = analyze(base('Your post on pruning roses in March answered a question I had for years.')).score!;
    expect(specific).toBeGreaterThan(praised);
  });

  it('a favour asked after a give scores above the same ask alone', () => {
    const alone = analyze(base('I write a small blog about gardening.'));
    const afterGive = analyze(base('Two links on your resources page return 404; I attached the fixed addresses.'));
    expect(alone.findings.map((f) => f.ruleId)).toContain('favour-ask');
    expect(afterGive.findings.map((f) => f.ruleId)).not.toContain('favour-ask');
    expect(afterGive.score!).toBeGreaterThan(alone.score!);
  });

  it('a favour asked of the reader is not a sentence about them, though "you" is its subject', () => {
    const favour = analyze('Could you forward my deck to your investors?');
    const question = analyze('Could you confirm the delivery address for your order?');
    expect(favour.stats.features!.readerShare).toBe(0);
    expect(question.stats.features!.readerShare).toBe(1);
  });

  it('help offered on the reader\'s terms counts as an offer and raises the score', () => {
    const notice = 'Hi Dana,\n\nYour new workspace is ready and your files are imported.';
    const withOffer = analyze(`${notice} If you need help moving the old invoices, reply here and we will do it for you.`);
    const withoutOffer = analyze(`${notice} The old invoices are in the archive folder.`);
    expect(withOffer.stats.features!.writerOffers).toBe(1);
    expect(withoutOffer.stats.features!.writerOffers).toBe(0);
    expect(withOffer.score!).toBeGreaterThan(withoutOffer.score!);
  });
});

describe('tone', () => {
  it('enthusiasm carried by exclamation marks lowers the score; a warm thanks does not', () => {
    const calm = 'Hi Dana,\n\nOur scheduler cuts no-shows at clinics your size. It sends reminders by text. Could I send you the numbers from a clinic in Leeds?';
    const loud = 'Hi Dana,\n\nOur scheduler cuts no-shows at clinics your size! It sends reminders by text! Could I send you the numbers from a clinic in Leeds?';
    expect(analyze(loud).stats.features!.exclaims).toBeCloseTo(2 / 3, 2);
    expect(analyze(loud).score!).toBeLessThan(analyze(calm).score!);
    expect(analyze(`${calm}\n\nThanks so much!`).stats.features!.exclaims).toBe(0);
  });
});

describe('office notices', () => {
  it('the reader\'s case moved along the sender\'s process is not a sentence about the reader', () => {
    const notice = analyze('Dear Sam,\n\nYour application has been logged for processing. Your file has been forwarded to the admissions team.\n\nAdmissions Office');
    const told = analyze('Dear Sam,\n\nYour application reached us on Monday. You will hear from Priya, who leads admissions, by Friday 14 June.\n\nAdmissions Office');
    expect(notice.stats.features!.readerShare).toBe(0);
    expect(told.stats.features!.readerShare).toBeGreaterThan(0);
    expect(told.score!).toBeGreaterThan(notice.score!);
  });
});

describe('what is not the writer\'s message', () => {
  const BODY = 'Hi Dana,\n\nYour March invoice counted the two seats you removed. I refunded the difference this morning.\n\nThanks,\nLee';

  it('a signature under the "-- " delimiter asks for nothing and is not the writer talking, however long its lines', () => {
    const signed = `${BODY}\n-- \nLee Park | Northwind\nWe help finance teams close their books faster. Book a demo at northwind.example/demo.`;
    const report = analyze(signed, { channel: 'cold-email' });
    expect(report.findings).toEqual([]);
    expect(report.stats.features?.writerShare).toBe(analyze(BODY, { channel: 'cold-email' }).stats.features?.writerShare);
    expect(report.stats.writerReferences).toBe(analyze(BODY, { channel: 'cold-email' }).stats.writerReferences);
    // Without the delimiter the same lines are the message, and the ask for a demo is flagged.
    const unsigned = analyze(`${BODY}\n\nWe help finance teams close their books faster. Book a demo at northwind.example/demo.`, { channel: 'cold-email' });
    expect(unsigned.findings.map((f) => f.ruleId)).toContain('empty-meeting-ask');
  });

  it('quoted history in a plain-text reply is someone else\'s words: never flagged, not counted', () => {
    const quoted = `${BODY}\n\nOn Tue, 3 Mar 2026 at 10:02, Dana Ruiz <dana@example.com> wrote:\n> We are a leading provider of scheduling software. We would love 15 minutes on your calendar.`;
    const report = analyze(quoted, { channel: 'reply' });
    expect(report.findings).toEqual([]);
    const alone = analyze(BODY, { channel: 'reply' });
    expect(report.stats.features).toEqual(alone.stats.features);
    expect(report.stats.writerReferences).toBe(alone.stats.writerReferences);
  });
});

describe('not scored', () => {
  it.each([
    ['empty', ''],
    ['empty', '   \n\t '],
    ['empty', '… !!! ---'],
    ['not-english', 'Hola Marta, muchas gracias por tu mensaje. Te escribo para confirmar la reunión del martes con el equipo.'],
  ])('%s: %j', (reason, text) => {
    const report = analyze(text);
    expect(report.score).toBeNull();
    expect(report.notScored?.reason).toBe(reason);
    expect(report.notScored?.message).toMatch(/^Not scored: /);
    expect(report.findings).toEqual([]);
  });
});
