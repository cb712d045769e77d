/**
 * LinkedIn: messages, InMail, connection notes, posts and comments, in the 2026 TipTap layout and
 * the Ember/Quill layout still served. The editor is found by what it is (a textarea or a textbox
 * editing host, ../shared/discover.ts); where it sits says which surface it is, with class names
 * as hints beside structural fallbacks. An editor that fits no surface is a generic composer.
 */
import type { Channel } from '../../core/types';
import { closestDeep, makeComposer } from '../shared/composer';
import { accessibleName, editingHost, elementKey, genericComposer, isWritingSurface, keyPart } from '../shared/discover';
import type { Composer, ComposerKind, SiteAdapter } from '../types';
import { readLinkedinContext } from './context';
import { LINKEDIN, NOTE_LIMIT } from './selectors';

const excluded = (element: Element): boolean => element.matches(LINKEDIN.excluded);

/** The conversation a message editor belongs to, as a key part: bubble, thread or InMail dialog. */
function conversationKey(editor: HTMLElement, dialog: Element | null, inmail: boolean): string {
  const bubble = closestDeep(editor, LINKEDIN.bubble);
  if (bubble) {
    // Older bubbles name themselves; real ones carry an Ember id, so prefer the person they talk to
    // (stable across reloads) and fall back to the bubble element itself (unique on the page).
    if (bubble.id.startsWith('msg-overlay-conversation-bubble-')) return bubble.id;
    const profile = bubble.querySelector(LINKEDIN.bubbleProfile)?.getAttribute('href');
    if (profile) {
      const path = /\/in\/[^/?#]+/.exec(profile);
      if (path) return `bubble:${path[0]}`;
    }
    return `bubble:${elementKey(bubble)}`;
  }
  const thread = /^\/messaging\/thread\/([^/]+)/.exec(editor.ownerDocument.location?.pathname ?? '');
  if (thread) return `thread:${thread[1]}`;
  if (inmail && dialog) return `inmail:${elementKey(dialog)}`;
  return inmail ? 'inmail' : 'message';
}

/** The post a comment answers, as a key part: the comment box's own key, the update's URN, or the editor. */
function commentKey(editor: HTMLElement): string {
  const box = closestDeep(editor, '[componentkey^="commentBox-"]');
  if (box) return box.getAttribute('componentkey')!;
  const update = closestDeep(editor, '[data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]');
  if (update) return update.getAttribute('data-urn') ?? update.getAttribute('data-id')!;
  return elementKey(editor);
}

/** A contenteditable composer; `key` is read each time the draft key is asked for. */
function richComposer(editor: HTMLElement, kind: ComposerKind, channel: Channel, key: () => string, frame: Element | null): Composer {
  const anchor = (frame as HTMLElement | null) ?? editor;
  return makeComposer({
    site: 'linkedin',
    kind,
    editor,
    maxLength: null,
    isExcluded: excluded,
    channel: () => channel,
    anchor: () => anchor,
    draftKey: () => `linkedin:${keyPart(key())}`,
    context: () => readLinkedinContext(editor, kind),
  });
}

/** The composer for an editing host (a textarea or the outermost contenteditable), or null if it is none. */
export function linkedinComposer(editor: HTMLElement): Composer | null {
  if (editor.matches(LINKEDIN.notEditor)) return null;
  const dialog = closestDeep(editor, LINKEDIN.dialog);
  if (editor.tagName === 'TEXTAREA') {
    if (!editor.matches(LINKEDIN.note)) return null;
    const frame = (dialog as HTMLElement | null) ?? editor;
    return makeComposer({
      site: 'linkedin',
      kind: 'linkedin-note',
      editor,
      maxLength: NOTE_LIMIT,
      isExcluded: excluded,
      channel: () => 'linkedin-note',
      anchor: () => frame,
      draftKey: () => 'linkedin:note',
      context: () => readLinkedinContext(editor, 'linkedin-note'),
    });
  }
  if (!editor.isContentEditable) return null;
  const form = closestDeep(editor, LINKEDIN.messageForm);
  if (editor.matches(LINKEDIN.message) || form || closestDeep(editor, LINKEDIN.bubble)) {
    const inmail = dialog !== null && dialog.querySelector(LINKEDIN.inmailSubject) !== null;
    // The conversation is read again for each key: the page may reuse the editor for another one.
    return richComposer(editor, inmail ? 'linkedin-inmail' : 'linkedin-message', inmail ? 'cold-email' : 'linkedin-message', () => conversationKey(editor, dialog, inmail), form);
  }
  const frame = closestDeep(editor, LINKEDIN.editorFrame);
  // A comment answers a post: its box, or any editor inside a feed update (also one shown inside a
  // dialog, such as the image viewer; a share dialog's editor is never inside the update it reshares).
  const update = closestDeep(editor, LINKEDIN.feedUpdate);
  const inUpdate = update !== null && (dialog === null || dialog.contains(update));
  const comment = (): Composer => {
    const key = `comment:${commentKey(editor)}`;
    return richComposer(editor, 'linkedin-comment', 'reply', () => key, frame);
  };
  if (closestDeep(editor, LINKEDIN.commentBox) || inUpdate) return comment();
  // The post composer: the share box, or a rich editor in a dialog.
  const share = closestDeep(editor, LINKEDIN.shareBox);
  if (share || (dialog && editor.matches(LINKEDIN.richEditor))) {
    return richComposer(editor, 'linkedin-post', 'newsletter', () => 'post', frame ?? (share?.matches('[componentkey]') ? share : null));
  }
  // The accessible name is the last hint, for an editor nothing else places ("…creating comment").
  if (!dialog && LINKEDIN.commentName.test(accessibleName(editor))) return comment();
  // A Quill editor on its own (the post composer before it moved into a dialog).
  if (editor.matches('.ql-editor')) return richComposer(editor, 'linkedin-post', 'newsletter', () => 'post', frame);
  return null;
}

export const linkedin: SiteAdapter & { composerFor(element: Element): Composer | null; looksLikeComposer(element: Element): boolean } = {
  id: 'linkedin',
  /** An editable Outward would analyse here (a known surface or a generic one). */
  looksLikeComposer(element) {
    const host = editingHost(element);
    return host !== null && isWritingSurface(host, LINKEDIN.notEditor);
  },
  matches: (location) => location.hostname === 'www.linkedin.com',
  composerFor(element) {
    const host = editingHost(element);
    if (!host) return null;
    const known = linkedinComposer(host);
    if (known) return known;
    return isWritingSurface(host, LINKEDIN.notEditor) ? genericComposer('linkedin', host, 'linkedin-message', LINKEDIN.excluded) : null;
  },
  observe() {
    // Discovery is focus-driven (content/main.ts); nothing to watch ahead of a focus.
  },
};
