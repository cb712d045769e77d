/** Gmail: compose editors in pop-up, full screen, pop-out and inline reply. */
import type { Channel } from '../../core/types';
import { closestDeep, isEditable, makeComposer } from '../shared/composer';
import type { Composer, ComposerKind, SiteAdapter } from '../types';
import { GMAIL } from './selectors';

function kindOf(editor: Element): ComposerKind {
  const doc = editor.ownerDocument;
  if (doc.body.classList.contains('xE') && doc.body.classList.contains('xp')) return 'gmail-popout';
  if (editor.closest(GMAIL.fullscreen)) return 'gmail-fullscreen';
  if (!editor.closest('[role="dialog"]') && editor.closest(GMAIL.inlineReply)) return 'gmail-reply';
  return 'gmail-new';
}

export function gmailComposer(editor: HTMLElement): Composer | null {
  if (!editor.matches(GMAIL.editor) || editor.matches(GMAIL.notEditor)) return null;
  const window = editor.closest(GMAIL.composeWindow) as HTMLElement | null;
  if (!window) return null;
  const kind = kindOf(editor);
  const subject = (): string => (window.querySelector(GMAIL.subject) as HTMLInputElement | null)?.value ?? '';
  return makeComposer({
    site: 'gmail',
    kind,
    editor,
    maxLength: null,
    isExcluded: (element) => element.matches(GMAIL.excluded),
    channel(): Channel {
      if (kind === 'gmail-reply' || editor.querySelector('.gmail_quote, blockquote')) return 'reply';
      return /^\s*(?:re|aw|sv|fw|fwd)\s*:/i.test(subject()) ? 'follow-up' : 'cold-email';
    },
    anchor: () => window,
    draftKey: () => (window.querySelector(GMAIL.draftId) as HTMLInputElement | null)?.value || `gmail:${kind}`,
  });
}

export const gmail: SiteAdapter & { composerFor(element: Element): Composer | null; looksLikeComposer(element: Element): boolean } = {
  id: 'gmail',
  looksLikeComposer: (element) => isEditable(element) && !element.matches(GMAIL.notEditor) && closestDeep(element, GMAIL.composeArea) !== null,
  matches: (location) => location.hostname === 'mail.google.com',
  composerFor(element) {
    const editor = closestDeep(element, GMAIL.editor);
    return editor instanceof HTMLElement ? gmailComposer(editor) : null;
  },
  observe() {
    // Discovery is focus-driven (content/main.ts); nothing to watch ahead of a focus.
  },
};
