/**
 * What a LinkedIn draft answers (../../../shared/reference/context-dom.md §2): a comment's post
 * and its author (2026 and classic markup) or the comment a reply answers; a message's preceding
 * messages from the other person and their name; a connection note's invitee. Read from what is
 * rendered, through open shadow roots; nothing found means no context, never a guess.
 */
import type { DraftContextInput } from '../../core/types';
import { closestDeep } from '../shared/composer';
import { nameText, renderedText } from '../shared/context-text';
import type { ComposerKind } from '../types';
import { LINKEDIN_CONTEXT as L } from './selectors';

/** A person's name, or null for a company page or no name. */
function personName(element: Element | null, href: string | null | undefined): string | null {
  if (href && L.companyHref.test(href)) return null;
  return nameText(element);
}

/** A reply to a comment: that comment and its author. */
function commentContext(editor: HTMLElement): DraftContextInput | null {
  const comment = closestDeep(editor, L.comment);
  if (!comment) return null;
  const body = comment.querySelector(L.commentText);
  const text = body ? renderedText(body) : '';
  if (text === '') return null;
  const author = comment.querySelector(L.commentAuthor);
  const name = personName(author?.querySelector('p, span') ?? author, author?.getAttribute('href'));
  return { kind: 'post', text, names: name ? [name] : [] };
}

/** The 2026 author: the link after the photo link holds the name in its first <p>. */
function author2026(post: Element): string | null {
  const photo = post.querySelector(L.actorImage);
  if (!photo) return null;
  let link = photo.nextElementSibling;
  while (link && !(link.tagName === 'A' && link.querySelector('p'))) link = link.nextElementSibling;
  return personName(link?.querySelector('p') ?? null, photo.getAttribute('href'));
}

function postContext(editor: HTMLElement): DraftContextInput | null {
  const fromComment = commentContext(editor);
  if (fromComment) return fromComment;
  const modern = closestDeep(editor, L.post2026);
  const post = modern && modern.querySelector(L.postText) ? modern : closestDeep(editor, L.postClassic);
  if (!post) return null;
  const body = post.querySelector(L.postText);
  // "…more" is a button: renderedText leaves it out, and it is never clicked.
  const text = body ? renderedText(body) : '';
  if (text === '') return null;
  const classic = post.querySelector(L.actorName);
  const name = post === modern ? author2026(post) : personName(classic, post.querySelector(L.actorLink)?.getAttribute('href'));
  return { kind: 'post', text, names: name ? [name] : [] };
}

function messagesContext(editor: HTMLElement): DraftContextInput | null {
  const conversation = closestDeep(editor, L.conversation) ?? editor.ownerDocument;
  const self = editor.ownerDocument.querySelector(L.self)?.getAttribute('alt')?.trim() ?? null;
  // The sender's name carries over to following events that show none.
  let sender: string | null = null;
  const messages: Array<{ other: boolean; text: string }> = [];
  for (const event of conversation.querySelectorAll(L.event)) {
    sender = nameText(event.querySelector(L.senderName)) ?? sender;
    const other = event.querySelector(L.otherParty) !== null || (sender !== null && self !== null && sender !== self);
    for (const body of event.querySelectorAll(L.messageText)) {
      if (body.closest(L.messageError)) continue;
      const text = renderedText(body);
      if (text !== '') messages.push({ other, text });
    }
  }
  // Their last messages: the run from the other person that the draft follows (or their last run).
  let end = messages.length;
  while (end > 0 && !messages[end - 1]!.other) end -= 1;
  let start = end;
  while (start > 0 && messages[start - 1]!.other) start -= 1;
  const theirs = messages.slice(Math.max(start, end - 5), end).map((m) => m.text);
  const partner = [...conversation.querySelectorAll(L.partnerName)].map((e) => nameText(e)).find((n) => n !== null && n !== self && !/^new message$/i.test(n));
  if (theirs.length === 0 && !partner) return null;
  return theirs.length > 0 ? { kind: 'message', text: theirs.join('\n\n'), names: partner ? [partner] : [] } : { kind: 'person', names: [partner!] };
}

function inviteeContext(editor: HTMLElement): DraftContextInput | null {
  const dialog = closestDeep(editor, L.invite);
  const name = nameText(dialog?.querySelector('strong'));
  return name ? { kind: 'person', names: [name] } : null;
}

/** The context of a LinkedIn composer, by its kind; null where nothing reliable is rendered. */
export function readLinkedinContext(editor: HTMLElement, kind: ComposerKind): DraftContextInput | null {
  if (kind === 'linkedin-comment') return postContext(editor);
  if (kind === 'linkedin-message' || kind === 'linkedin-inmail') return messagesContext(editor);
  if (kind === 'linkedin-note') return inviteeContext(editor);
  return null;
}
