/**
 * What a Gmail draft answers (../../../shared/reference/context-dom.md §1): the message an inline
 * reply sits inside, else the last expanded message of the open thread, else the quote inside the
 * draft; and the name of its sender. A new message has no message to answer: its recipients'
 * names only. Read from what is rendered; nothing found means no context, never a guess.
 */
import type { DraftContextInput } from '../../core/types';
import { nameText, renderedText } from '../shared/context-text';
import { GMAIL_CONTEXT } from './selectors';

function messageContext(message: Element): DraftContextInput | null {
  const body = message.querySelector(GMAIL_CONTEXT.body);
  if (!body) return null;
  const text = renderedText(body, GMAIL_CONTEXT.quoted);
  if (text === '') return null;
  const sender = nameText(message.querySelector(GMAIL_CONTEXT.sender));
  return { kind: 'message', text, names: sender ? [sender] : [] };
}

/** Whether a message element shows its body (collapsed and hidden ones have none to read). */
const expanded = (message: Element): boolean => !message.matches(GMAIL_CONTEXT.collapsed) && message.querySelector(GMAIL_CONTEXT.body) !== null;

/** The sender's name in the attribution line above a quote: "On Mon, 2 Mar, Dana Whitfield <dana@…> wrote:". */
function attributedName(attribution: string): string | null {
  // The attribution is one short line; the name is what stands between the last comma and the address.
  const before = attribution.slice(0, 300).split('<')[0] ?? '';
  if (!attribution.includes('@')) return null;
  const name = (before.split(',').pop() ?? '').trim();
  return name.length >= 2 && name.length <= 80 ? name : null;
}

export function readGmailContext(editor: HTMLElement, reply: boolean): DraftContextInput | null {
  const answered = editor.closest(GMAIL_CONTEXT.message);
  if (answered) return messageContext(answered);
  const doc = editor.ownerDocument;
  const quote = editor.querySelector(GMAIL_CONTEXT.draftQuote);
  if (reply || quote) {
    const thread = [...doc.querySelectorAll(GMAIL_CONTEXT.message)].filter((m) => !m.contains(editor) && expanded(m));
    const last = thread[thread.length - 1];
    if (last) return messageContext(last);
    if (quote) {
      const text = renderedText(quote, GMAIL_CONTEXT.attribution);
      const attribution = quote.querySelector(GMAIL_CONTEXT.attribution)?.textContent ?? '';
      const name = attributedName(attribution);
      if (text !== '') return { kind: 'message', text, names: name ? [name] : [] };
    }
    return null;
  }
  // A new message: who it goes to.
  const window = editor.closest('[role="dialog"], form, [role="main"]') ?? doc;
  const names = [...window.querySelectorAll(GMAIL_CONTEXT.recipients)].map((chip) => nameText(chip)).filter((n): n is string => n !== null && !n.includes('@'));
  return names.length > 0 ? { kind: 'person', names: [...new Set(names)] } : null;
}
