/**
 * A cheap language check. It counts common function words of English and of the languages
 * sales drafts most often switch to (German, Spanish, French, Portuguese, Italian, Dutch), plus
 * characters of scripts without Latin letters. A draft is English unless another language's
 * function words or another script clearly dominate: a terse English feature list has few
 * function words of any language and still counts as English. Scripts written without spaces
 * (Chinese, Japanese, Thai) count each character as a word; scripts with spaces between words
 * (Arabic, Hebrew, Cyrillic, Greek, Korean, Devanagari) count words, so three words of Hebrew in
 * an English draft weigh as three words, not as the dozen letters they hold.
 */
const ENGLISH = new Set(
  "the and you your yours to of for with that this it its we our my i me be have has been were will would can could should on at from by about what when how which who why just not do does did if or but as they their them us all any some more here there get got let know thanks thank please hi hello into out up than then these those also very really much many yes one two next last week day time call make see look need want like love sure well good great is are am being he she his her him it's i'm you're we're don't can't won't that's there's let's i've we've i'd we'd i'll we'll you'll".split(' '),
);
const OTHER = new Set(
  'der die das und ist nicht ich sie wir mit für auf dem zu eine einen ein sich auch es ihr ihre ihnen wie bitte vielen dank sehr gerne el los las y que por para con una es lo se del al como más pero su sus muy gracias usted le les et est pour dans avec pas une des du nous vous je ne qui sur au ce cette sont il elle merci très bien não com uma os um você obrigado het een ik niet voor zijn van dat wij jullie bedankt il lo gli della che non per sono grazie molto questo'.split(' '),
);
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export interface LanguageCounts {
  /** Words, counting each character of a script written without spaces as one word. */
  words: number;
  english: number;
  other: number;
  nonLatin: number;
}

/** A letter; a module constant, as the bundler turns a `\p{…}` literal into a RegExp built at every use. */
const LETTER = /\p{L}/u;
const NOT_ASCII = /[\u0080-\uffff]/;
const ASCII_LETTER = /[a-z]/i;

export function countLanguage(text: string): LanguageCounts {
  const counts: LanguageCounts = { words: 0, english: 0, other: 0, nonLatin: 0 };
  for (const word of text.match(WORD) ?? []) {
    let lower: string;
    if (!NOT_ASCII.test(word)) {
      // An ASCII word has no letter of another script, and its letters are A–Z.
      if (!ASCII_LETTER.test(word)) continue;
      lower = word.toLowerCase();
    } else {
      if (NON_LATIN.test(word)) {
        const n = SPACELESS.test(word) ? [...word].length : 1;
        counts.words += n;
        counts.nonLatin += n;
        continue;
      }
      if (!LETTER.test(word)) continue;
      lower = word.toLowerCase().replace(/’/g, "'");
    }
    counts.words += 1;
    if (ENGLISH.has(lower)) counts.english += 1;
    else if (OTHER.has(lower)) counts.other += 1;
  }
  return counts;
}

/** Function words needed before the English-vs-other comparison means anything. */
const MIN_FUNCTION_WORDS = 3;

export function languageOf(counts: LanguageCounts): { supported: boolean; englishRatio: number } {
  if (counts.words === 0) return { supported: true, englishRatio: 1 };
  const latinShare = 1 - counts.nonLatin / counts.words;
  const functionWords = counts.english + counts.other;
  const englishShare = functionWords >= MIN_FUNCTION_WORDS ? counts.english / functionWords : 1;
  const englishRatio = Math.round(latinShare * englishShare * 100) / 100;
  return { supported: latinShare >= 0.5 && englishShare >= 0.5, englishRatio };
}
