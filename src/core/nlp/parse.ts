/**
 * The only module that imports compromise. It tags one sentence at a time and returns plain
 * tokens with offsets into that sentence, so nothing outside this folder depends on
 * compromise's object model (and `sentences().json()`, which costs more than the parse, is never
 * called).
 */
import nlp from 'compromise/two';
import { quickBulkMatch, type BulkMatch } from './sweep';

export interface Token {
  /** Offsets into the sentence text; an implied word (the "am" in "I'm") has start === end. */
  start: number;
  end: number;
  text: string;
  /** Lower case, straight apostrophes. */
  normal: string;
  /** The dictionary form compromise gives ("helped", "helps", "helping" → "help"); else `normal`. */
  lemma: string;
  tags: ReadonlySet<string>;
}

export interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  root?: string | null;
  tags: Set<string>;
}

const EMPTY_TAGS: ReadonlySet<string> = new Set();
const LATIN_WORD = /[A-Z]/i;
const WORD_RE = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** Tokens without tags, for text compromise has nothing to say about (no Latin letters). */
function plainTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const normal = match[0].toLowerCase();
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], normal, lemma: normal, tags: EMPTY_TAGS });
  }
  return tokens;
}

/**
 * Past participles compromise tags but gives no root for ("I have seen", "we have written"):
 * without these, "seen" and "saw" would be two verbs to every word class.
 */
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['seen', 'see'], ['written', 'write'], ['known', 'know'], ['given', 'give'], ['taken', 'take'], ['shown', 'show'],
  ['done', 'do'], ['gone', 'go'], ['been', 'be'], ['spoken', 'speak'], ['chosen', 'choose'], ['driven', 'drive'],
  ['grown', 'grow'], ['drawn', 'draw'], ['broken', 'break'], ['forgotten', 'forget'], ['begun', 'begin'],
  ['eaten', 'eat'], ['fallen', 'fall'], ['gotten', 'get'], ['hidden', 'hide'], ['proven', 'prove'], ['risen', 'rise'],
  ['stolen', 'steal'], ['undertaken', 'undertake'], ['overseen', 'oversee'], ['rewritten', 'rewrite'], ['mistaken', 'mistake'],
]);

/** compromise's word-form changes that its 'root' hook uses, from its world (looked up once). */
interface Transforms {
  noun: { toSingular(word: string, model: unknown): string };
  verb: { toInfinitive(word: string, model: unknown, tense: string): string };
  adjective: { fromComparative(word: string, model: unknown): string; fromSuperlative(word: string, model: unknown): string; fromAdverb(word: string): string };
}

/**
 * The tags compromise's 'root' hook reads a word's dictionary form from, in the order it tries
 * them: the first one a word has decides. What each gives: see rootFor().
 */
const ROOT_TAGS = ['Possessive', 'Plural', 'Copula', 'PastTense', 'Gerund', 'PresentTense', 'Comparative', 'Superlative', 'Adverb'] as const;
type RootTag = (typeof ROOT_TAGS)[number];

/** The dictionary form of `word` read as `tag`, as compromise's 'root' hook gives it. */
function rootFor(tag: RootTag, word: string): string {
  if (tag === 'Possessive') return word.replace(/'s$/, '');
  if (tag === 'Copula') return 'is';
  const { model, methods } = world();
  const { transform } = methods.two;
  switch (tag) {
    case 'Plural':
      return transform.noun.toSingular(word, model);
    case 'Comparative':
      return transform.adjective.fromComparative(word, model);
    case 'Superlative':
      return transform.adjective.fromSuperlative(word, model);
    case 'Adverb':
      return transform.adjective.fromAdverb(word);
    default:
      return transform.verb.toInfinitive(word, model, tag);
  }
}

/**
 * Dictionary forms already worked out, by tag and word: the same few hundred words recur in every
 * draft, and compromise's 'root' hook would run its word-form rules on each of them on every
 * parse (about 4% of a parse). Bounded: started afresh past ROOTS_KEPT words.
 */
let roots = new Map<string, string>();
const ROOTS_KEPT = 4000;

/**
 * What compromise's 'root' hook would leave in `term.root` once the tagger has run: the dictionary
 * form from the first of ROOT_TAGS the word has, when it differs from the word's normal form.
 * A test holds this to compromise's own hook.
 */
export function rootOf(term: RawTerm): string | null | undefined {
  for (const tag of ROOT_TAGS) {
    if (!term.tags.has(tag)) continue;
    const word = term.machine || term.normal || term.text;
    // A present tense already in its dictionary form ("we help") is its own root.
    if (tag === 'PresentTense' && term.tags.has('Infinitive')) return term.normal !== word ? word : term.root;
    const key = `${tag}\u0000${word}`;
    let root = roots.get(key);
    if (root === undefined) {
      root = rootFor(tag, word);
      if (roots.size >= ROOTS_KEPT) roots = new Map();
      roots.set(key, root);
    }
    return term.normal !== root ? root : term.root;
  }
  return term.root;
}

const lemmaOf = (term: RawTerm, normal: string): string => rootOf(term) || PARTICIPLES.get(normal) || normal;

/** Tokens with offsets into `text` from compromise's terms for it. */
function tokensOf(text: string, document: readonly RawTerm[][]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of document) {
    for (const term of sentence) {
      const termText = term.text ?? '';
      if (termText === '') {
        const normal = (term.normal ?? '').toLowerCase();
        tokens.push({ start: cursor, end: cursor, text: '', normal, lemma: lemmaOf(term, normal), tags: term.tags ?? EMPTY_TAGS });
        continue;
      }
      const at = text.indexOf(termText, cursor);
      if (at === -1) continue; // compromise normalised something we cannot place: skip that word
      cursor = at + termText.length;
      const normal = (term.normal || termText).toLowerCase().replace(/[’‘]/g, "'");
      tokens.push({ start: at, end: cursor, text: termText, normal, lemma: lemmaOf(term, normal), tags: term.tags ?? EMPTY_TAGS });
    }
  }
  return tokens;
}

/** Whether compromise's tagger has run yet in this context (its first run builds its match nets). */
let taggerUsed = false;

export function taggerWarm(): boolean {
  return taggerUsed;
}

/** The parts of compromise's world this module reaches into. */
interface World {
  hooks: string[];
  model: unknown;
  methods: {
    one: { tokenize: { fromString(text: string, world: World): RawTerm[][] }; bulkMatch: BulkMatch };
    two: { transform: Transforms };
  };
}

let compromiseWorld: World | null = null;
/** compromise's world, looked up once. */
function world(): World {
  compromiseWorld ??= nlp.world() as unknown as World;
  return compromiseWorld;
}

/** compromise's pattern matcher for its post-tagger, and the quicker one (sweep.ts) that gives the same matches. */
let sweeps: { own: BulkMatch; quick: BulkMatch } | null = null;

/** `run()` with sweep.ts picking the post-tagger's patterns; compromise's own matcher is back in place after it, thrown or not. */
function quickly<T>(run: () => T): T {
  const { one } = world().methods;
  if (!sweeps) sweeps = { own: one.bulkMatch, quick: quickBulkMatch(one.bulkMatch) };
  one.bulkMatch = sweeps.quick;
  try {
    return run();
  } finally {
    one.bulkMatch = sweeps.own;
  }
}

/** Tag one sentence. Deterministic; never throws (falls back to untagged tokens). */
export function tagSentence(text: string): Token[] {
  if (!LATIN_WORD.test(text)) return plainTokens(text);
  taggerUsed = true;
  try {
    const doc = quickly(() => nlp(text));
    return tokensOf(text, (doc as unknown as { document: RawTerm[][] }).document);
  } catch {
    return plainTokens(text);
  }
}
type ViewClass = new (document: RawTerm[][]) => { document: RawTerm[][]; compute(hooks: string[]): unknown };

/**
 * Tag several sentences with one run of the tagger: each text is split into compromise's
 * sentences and terms on its own, exactly as tagSentence() would, and the tagger then runs once
 * over all of them. Compromise tags every sentence of a document on its own, so the tokens equal
 * tagSentence() on each text (a test holds it to that); the saving is the tagger's overhead per
 * call. Any surprise falls back to one call per text.
 */
/** compromise's document class and the hooks tagSentences() runs (those of nlp(); lemmas come from rootOf()): looked up once (nlp('') is a whole parse). */
let tagging: { View: ViewClass; hooks: string[] } | null = null;

export function tagSentences(texts: readonly string[]): Token[][] {
  const out: Array<Token[] | undefined> = texts.map((text) => (LATIN_WORD.test(text) ? undefined : plainTokens(text)));
  try {
    const w = world();
    tagging ??= { View: nlp('').constructor as unknown as ViewClass, hooks: [...w.hooks] };
    const { View, hooks } = tagging;
    const document: RawTerm[][] = [];
    const owners: number[] = [];
    texts.forEach((text, i) => {
      if (out[i]) return;
      for (const sentence of w.methods.one.tokenize.fromString(text, w)) {
        document.push(sentence);
        owners.push(i);
      }
    });
    if (document.length > 0) {
      taggerUsed = true;
      const view = new View(document);
      quickly(() => view.compute(hooks));
      const tagged = view.document;
      if (tagged.length === owners.length) {
        const groups = new Map<number, RawTerm[][]>();
        tagged.forEach((sentence, n) => {
          const owner = owners[n]!;
          const group = groups.get(owner);
          if (group) group.push(sentence);
          else groups.set(owner, [sentence]);
        });
        for (const [owner, group] of groups) out[owner] = tokensOf(texts[owner]!, group);
      }
    }
  } catch {
    // Fall through: whatever was not tagged is tagged one text at a time below.
  }
  return texts.map((text, i) => out[i] ?? tagSentence(text));
}
