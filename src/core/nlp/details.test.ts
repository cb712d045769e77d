import { describe, expect, it } from 'vitest';
import { detailsOf } from './details';
import { tagSentence } from './parse';

const details = (text: string) => detailsOf(tagSentence(text));

// [sentence, concrete, things of the reader's own]: our own examples.
const TABLE: ReadonlyArray<readonly [string, boolean, number]> = [
  ['Your order has arrived.', false, 1],
  ['Your desk and two chairs (invoice 4471) have arrived.', true, 1],
  ['We have an opening in your area that may interest you.', false, 1],
  ['I read your post on churn in small dental clinics.', false, 1],
  ['Your Leeds warehouse opened on 3 March.', true, 1],
  ['I don’t want to waste your time.', false, 0],
  ['We can help grow your business.', false, 0],
  ['Thank you for your consideration.', false, 0],
  ['Our platform removes your pain points.', false, 0],
  ['We have the answer to your challenges.', false, 0],
  ['Your second clinic had the same problem with no-shows.', true, 1],
  ['How are your 40 new starters finding the rota?', true, 1],
  ['We cut onboarding from 14 days to 3 for a firm your size.', true, 1],
  ['We are a leading provider of innovative solutions.', false, 0],
  ['Maria at Northwind suggested I write to you.', true, 0],
];

describe('detailsOf', () => {
  for (const [text, concrete, readerThings] of TABLE) {
    it(text, () => {
      expect(details(text)).toEqual({ concrete, readerThings });
    });
  }
});
