import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './placeholders';

const slots = (text: string) => findPlaceholders(text).map((p) => [text.slice(p.start, p.end), p.owner]);

// [text, the slots found with their owners]: our own examples of the shapes template tools produce.
const TABLE: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['Hi {{FirstName}}, I saw {{Company}} is hiring.', [['{{FirstName}}', 'reader'], ['{{Company}}', 'reader']]],
  ['Hey ___, quick question about the rota.', [['___', 'reader']]],
  ['It is a ________ for teams that ________.', [['________', 'other'], ['________', 'other']]],
  ['We cut [X] hours from your week.', [['[X]', 'other']]],
  ['I am (NAME), and I read your post.', [['(NAME)', 'reader']]],
  ['Loved your piece on [their topic].', [['[their topic]', 'reader']]],
  ['I appreciated learning about [specific thing they shared].', [['[specific thing they shared]', 'reader']]],
  ['Welcome to :Company: onboarding.', [[':Company:', 'reader']]],
  ['I am a recruiter at $CoolCompany.', [['$CoolCompany', 'other']]],
  ['Your experience at <two most recent companies> stands out.', [['<two most recent companies>', 'other']]],
  ['Best, [Your Name]', [['[Your Name]', 'sender']]],
  // Ordinary text in brackets is not a slot.
  ['See the appendix [2] and the note (page 4).', []],
  ['It costs $40 (VAT included): see the 10:30 slot.', []],
  ['Call me (it is fine) at 9.', []],
  ['snake_case_names stay as they are', []],
];

describe('findPlaceholders', () => {
  for (const [text, expected] of TABLE) {
    it(text, () => {
      expect(slots(text)).toEqual(expected);
    });
  }
});
