/** Gmail: compose editors in pop-up, full screen, pop-out and inline reply. */
import type { Channel } from '../../core/types';
import { makeComposer } from '../shared/composer';
import { editingHost, genericComposer, isWritingSurface } from '../shared/discover';
import type { Composer, ComposerKind, SiteAdapter } from '../types';
import { readGmailContext } from './context';
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
    context: () => readGmailContext(editor, kind === 'gmail-reply'),
    draftKey: () => (window.querySelector(GMAIL.draftId) as HTMLInputElement | null)?.value || `gmail:${kind}`,
  });
}

export const gmail: SiteAdapter & { composerFor(element: Element): Composer | null; looksLikeComposer(element: Element): boolean } = {
  id: 'gmail',
  /** An editable Outward would analyse here (a known surface or a generic one). */
  looksLikeComposer(element) {
    const host = editingHost(element);
    return host !== null && isWritingSurface(host, GMAIL.notEditor);
  },
  matches: (location) => location.hostname === 'mail.google.com',
  composerFor(element) {
    const host = editingHost(element);
    if (!host) return null;
    const known = gmailComposer(host);
    if (known) return known;
    // An editor Gmail's hooks do not place (new markup, a dialog Outward has not met) is still a
    // draft someone is writing: analyse it as a generic composer rather than stay silent.
    return isWritingSurface(host, GMAIL.notEditor) ? genericComposer('gmail', host, 'cold-email', GMAIL.excluded) : null;
  },
  observe() {
    // Discovery is focus-driven (content/main.ts); nothing to watch ahead of a focus.
  },
};
