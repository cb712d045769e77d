/** LinkedIn: messages, InMail, connection notes, posts and comments. */
import { closestDeep, isEditable, makeComposer } from '../shared/composer';
import type { Composer, SiteAdapter } from '../types';
import { LINKEDIN, NOTE_LIMIT } from './selectors';

export function linkedinComposer(editor: HTMLElement): Composer | null {
  const excluded = (element: Element): boolean => element.matches(LINKEDIN.excluded);
  if (editor.matches(LINKEDIN.note)) {
    const dialog = (editor.closest('[role="dialog"]') as HTMLElement | null) ?? editor;
    return makeComposer({ site: 'linkedin', kind: 'linkedin-note', editor, maxLength: NOTE_LIMIT, isExcluded: excluded, channel: () => 'linkedin-note', anchor: () => dialog, draftKey: () => 'linkedin:note' });
  }
  if (editor.matches(LINKEDIN.message)) {
    const dialog = editor.closest('[role="dialog"]');
    const inmail = dialog?.querySelector(LINKEDIN.inmailSubject) !== null && dialog !== null;
    const form = (editor.closest('form') as HTMLElement | null) ?? editor;
    const bubble = editor.closest('[id^="msg-overlay-conversation-bubble-"]');
    return makeComposer({
      site: 'linkedin',
      kind: inmail ? 'linkedin-inmail' : 'linkedin-message',
      editor,
      maxLength: null,
      isExcluded: excluded,
      channel: () => (inmail ? 'cold-email' : 'linkedin-message'),
      anchor: () => form,
      draftKey: () => `linkedin:${bubble?.id ?? (inmail ? 'inmail' : 'message')}`,
    });
  }
  if (editor.matches(LINKEDIN.quill)) {
    const comment = editor.closest(LINKEDIN.comment) !== null;
    const box = (editor.closest('.ql-container') as HTMLElement | null) ?? editor;
    return makeComposer({
      site: 'linkedin',
      kind: comment ? 'linkedin-comment' : 'linkedin-post',
      editor,
      maxLength: null,
      isExcluded: excluded,
      channel: () => (comment ? 'reply' : 'newsletter'),
      anchor: () => box,
      draftKey: () => `linkedin:${comment ? 'comment' : 'post'}`,
    });
  }
  return null;
}

export const linkedin: SiteAdapter & { composerFor(element: Element): Composer | null; looksLikeComposer(element: Element): boolean } = {
  id: 'linkedin',
  looksLikeComposer: (element) => isEditable(element) && closestDeep(element, LINKEDIN.composeArea) !== null,
  matches: (location) => location.hostname === 'www.linkedin.com',
  composerFor(element) {
    const editor = closestDeep(element, `${LINKEDIN.message}, ${LINKEDIN.quill}, ${LINKEDIN.note}`);
    return editor instanceof HTMLElement ? linkedinComposer(editor) : null;
  },
  observe() {
    // Discovery is focus-driven (content/main.ts); nothing to watch ahead of a focus.
  },
};
