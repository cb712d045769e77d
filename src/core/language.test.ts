import { describe, expect, test } from 'vitest';
import { countLanguage, languageOf } from './language';

const english = 'Your team could close the month two days sooner with one change to the export. Would Tuesday work for a call?';

describe('languageOf', () => {
  test.each([
    ['Hebrew', 'שלום עליכם חבר'],
    ['Arabic', 'مرحبا كيف حالك'],
    ['Russian', 'Привет, как дела'],
  ])('three words of %s in an English draft leave it English (words of a spaced script count as words)', (_name, words) => {
    const counts = countLanguage(`Hi Dana, ${words}. ${english}`);
    expect(counts.nonLatin).toBe(3);
    expect(languageOf(counts).supported).toBe(true);
  });

  test('a script written without spaces still counts each character as a word', () => {
    expect(countLanguage('谢谢你的邮件').nonLatin).toBe(6);
    expect(languageOf(countLanguage('李明你好，谢谢你的邮件。我们会尽快回复。')).supported).toBe(false);
  });

  test('a draft written in Hebrew or Russian is still not English', () => {
    expect(languageOf(countLanguage('שלום מריה, תודה רבה על ההודעה שלך. נחזור אלייך בהקדם עם כל הפרטים.')).supported).toBe(false);
    expect(languageOf(countLanguage('Здравствуйте, Мария! Спасибо за ваше письмо, мы ответим вам в ближайшее время.')).supported).toBe(false);
  });
});
