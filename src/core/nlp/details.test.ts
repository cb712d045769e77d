import { describe, expect, it } from 'vitest';
import { detailsOf, namesOnlyVague, vagueMentionPinned } from './details';
import { tagSentence } from './parse';

const details = (text: string) => {
  const d = detailsOf(tagSentence(text), text);
  return [d.concrete, d.readerThings, d.vagueThings, d.vaguePraise] as const;
};

// [sentence, concrete, pinned things of the reader's own, vague things, vague praise]: our own examples.
const TABLE: ReadonlyArray<readonly [string, boolean, number, number, boolean]> = [
  ['Your order has arrived.', false, 1, 0, false],
  ['Your desk and two chairs (invoice 4471) have arrived.', true, 1, 0, false],
  ['We have an opening in your area that may interest you.', false, 1, 0, false],
  ['I read your post on churn in small dental clinics.', false, 1, 0, false],
  ['Your Leeds warehouse opened on 3 March.', true, 1, 0, false],
  ['I don’t want to waste your time.', false, 0, 0, false],
  ['We can help grow your business.', false, 0, 0, false],
  ['Thank you for your consideration.', false, 0, 0, false],
  ['Our platform removes your pain points.', false, 0, 0, false],
  ['We have the answer to your challenges.', false, 0, 0, false],
  ['Your second clinic had the same problem with no-shows.', true, 1, 0, false],
  ['How are your 40 new starters finding the rota?', true, 1, 0, false],
  ['We cut onboarding from 14 days to 3 for a firm your size.', true, 1, 0, false],
  ['We are a leading provider of innovative solutions.', false, 0, 0, false],
  ['Maria at Northwind suggested I write to you.', true, 0, 0, false],
  // Specific versus vague: things every reader has count only when something pins them down.
  ['I love your website.', false, 0, 1, true],
  ['Your impressive background caught my eye.', false, 0, 1, true],
  ['Your posts are always so inspiring!', false, 0, 1, true],
  ['I saw your post on LinkedIn and loved it.', false, 0, 1, true],
  ['I am a big fan of your work.', false, 0, 1, true],
  ['I came across your profile.', false, 0, 1, false],
  ['I loved your post on pricing for small clinics.', false, 1, 0, false],
  ['Your work at Northwind on the returns flow was impressive.', true, 1, 0, false],
  ['Your 2019 talk on rota design was brilliant.', true, 1, 0, false],
  ['I enjoyed your podcast with the founder of a bakery chain.', false, 1, 0, false],
  ['I loved your post about “why annual plans fail”.', false, 1, 0, false],
  ['I loved your post about it.', false, 0, 1, true],
];

// vagueMentionPinned: a thing every reader has, after one "your", pinned or not, as generic-opener reads it.
const PINNED: ReadonlyArray<readonly [string, boolean]> = [
  ['I came across your profile.', false],
  ['I came across your post on returns fraud.', true],
  ['I came across your post: https://example.com/returns', true],
  ['I came across your post on Hacker News.', false],
  ['I came across your post: <link to the post>', true],
  ['I came across your invoice.', false],
  ['We value your business.', false],
];

describe('vagueMentionPinned', () => {
  it.each(PINNED)('%s → %s', (text, expected) => {
    const tokens = tagSentence(text);
    const your = tokens.findIndex((t) => t.normal === 'your');
    expect(vagueMentionPinned(tokens, text, your)).toBe(expected);
  });
});

describe('detailsOf', () => {
  for (const [text, concrete, readerThings, vagueThings, vaguePraise] of TABLE) {
    it(text, () => {
      expect(details(text)).toEqual([concrete, readerThings, vagueThings, vaguePraise]);
    });
  }

  it('marks where the vague praise stands', () => {
    const text = 'Hi, I love your website.';
    const span = detailsOf(tagSentence(text), text).praiseSpan;
    expect(span && text.slice(span.start, span.end)).toBe('love your website');
  });
});

describe('namesOnlyVague', () => {
  // [sentence, names the reader only through what every reader has]: our own examples.
  const ONLY_VAGUE: ReadonlyArray<readonly [string, boolean]> = [
    ['I came across your profile.', true],
    ['I noticed your company is growing.', true],
    ['I read your post on churn in small dental clinics.', false],
    ['I saw your talk at the Leeds meetup on 3 March.', false],
    ['The weather turned cold this week.', false],
  ];
  it.each(ONLY_VAGUE)('%s → %s', (text, expected) => {
    expect(namesOnlyVague(detailsOf(tagSentence(text), text))).toBe(expected);
  });
});
