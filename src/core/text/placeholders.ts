/**
 * Template placeholders ("merge tags"): `{{Company}}`, `[First Name]`, `%FNAME%`, `*|FNAME|*`,
 * `{first_name}`, `${name}`, `<Company>`. A placeholder is a slot a template fills in per reader,
 * not the writer talking about themselves: a slot for the reader's details (name, company, role,
 * a recent event) counts as a reference to the reader, a slot for the sender's details
 * (`{{Your Name}}`, `[My Company]`) counts as neither, and an unfilled slot in a draft about to
 * be sent is a "before you send" warning, never a client-focus finding.
 */
import type { Span } from '../types';

export type SlotOwner = 'reader' | 'sender' | 'other';

export interface Placeholder extends Span {
  /** The words inside the brackets, lower case, e.g. "first name". */
  name: string;
  owner: SlotOwner;
}

/**
 * The bracket syntaxes of mail-merge tools. Double braces, `${…}`, `*|…|*` and `%…%` are
 * unambiguous; single braces, square and angle brackets also hold ordinary text ("see [2]",
 * "{options}"), so they count only around a slot-like name (see SLOT_NAME).
 */
const UNAMBIGUOUS = /\{\{([^{}\n]{1,40})\}\}|\$\{([^{}\n]{1,40})\}|\*\|([A-Z][A-Z0-9_]{1,30})\|\*|%([A-Z][A-Z0-9_]{2,30})%/gu;
const BRACKETED = /\[([^[\]\n]{1,60})\]|<([A-Za-z][A-Za-z _-]{1,60})>|\{([A-Za-z][A-Za-z _-]{1,30})\}|\(insert ([^()\n]{2,40})\)|\(([A-Z][A-Z _]{1,30})\)|(?<![\w:]):([A-Z][A-Za-z_]{1,30}):(?![\w:])|(?<![\w$])\$([A-Z][A-Za-z]{2,30})\b/gu;
/** A blank to fill: "Hey ___," "a ________ for companies". */
const BLANK = /_{3,}/gu;
/**
 * Bracketed words that describe what goes there rather than name a field: "[their topic]",
 * "[specific thing they shared]", "<two most recent companies>", "[X]". Each is a slot a template
 * fills per reader.
 */
const DESCRIBED = /^(?:[a-z]|.*\b(?:their|they|them|specific|relevant|recipient|prospect|insert|something|whatever|recent)\b.*)$/u;
/** Described slots that speak of the reader. */
const ABOUT_READER = /\b(?:their|they|them|recipient|prospect)\b/u;

/** Words that make a bracketed name a template slot (checked on the normalised name). */
const SLOT_NAME =
  /^(?:insert |your |my |our |sender(?:'s)? |recipient(?:'s)? |prospect(?:'s)? |their |contact(?:'s)? |client(?:'s)? |customer(?:'s)? )?(?:first ?name|last ?name|full ?name|f ?name|l ?name|name|company(?: name)?|organi[sz]ation(?: name)?|business(?: name)?|title|job ?title|role|position|city|industry|department|recipient|contact|prospect|client|customer|product|service|website|url|link|date|event|school|team|signature|phone|email|newsletter name|[a-z]+ name|[a-z]+ ?here)$/u;

/** Names that stand for the sender ("your name" in a template is the writer filling in their own). */
const SENDER = /^(?:your |my |our |sender(?:'s)? )|\b(?:signature|sender)\b/u;
/** Names that stand for the reader's details. */
const READER =
  /\b(?:first ?name|last ?name|full ?name|f ?name|l ?name|name|company|organi[sz]ation|business|title|role|position|city|industry|department|recipient|contact|prospect|client|customer|team|school|event)\b/u;

function normaliseName(raw: string): string {
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^fname$/, 'first name')
    .replace(/^lname$/, 'last name');
}

function ownerOf(name: string): SlotOwner {
  if (SENDER.test(name)) return 'sender';
  if (READER.test(name)) return 'reader';
  return 'other';
}

/** Every placeholder in `text`, in order. Linear: each pattern is bounded and anchored on its bracket. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!/[{[<%*$(:_]/u.test(text)) return found;
  for (const match of text.matchAll(UNAMBIGUOUS)) {
    const name = normaliseName(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
    if (name === '') continue;
    found.push({ start: match.index, end: match.index + match[0].length, name, owner: ownerOf(name) });
  }
  for (const match of text.matchAll(BRACKETED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? '';
    const name = normaliseName(inner);
    const insert = match[4] !== undefined || /^insert\b/u.test(name);
    // Described slots ("[their topic]", "[X]") only in square or angle brackets, where ordinary prose rarely puts words.
    const described = (match[1] !== undefined || match[2] !== undefined) && DESCRIBED.test(name);
    // "$CoolCompany": a dollar before a capitalised word is a template variable, never an amount.
    const variable = match[7] !== undefined;
    if (!insert && !described && !variable && !SLOT_NAME.test(name)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    const owner = variable ? 'other' : described && ABOUT_READER.test(name) ? 'reader' : insert && !READER.test(name) ? 'other' : described && !SLOT_NAME.test(name) ? 'other' : ownerOf(name);
    found.push({ start, end, name, owner });
  }
  for (const match of text.matchAll(BLANK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    // A blank where a greeting names someone is the reader's name; elsewhere it is a slot for anything.
    found.push({ start, end, name: 'blank', owner: /\b(?:hi|hey|hello|dear)\s*$/iu.test(text.slice(Math.max(0, start - 8), start)) ? 'reader' : 'other' });
  }
  return found.sort((a, b) => a.start - b.start);
}
