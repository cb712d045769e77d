/**
 * LinkedIn compose hints as data. Discovery starts from the editor (a textarea or an editing
 * host that is a textbox, see ../shared/discover.ts); these say which surface it is. Each entry
 * lists the 2026 markup (TipTap/ProseMirror comment boxes keyed by `componentkey`, the post
 * composer in a native <dialog>) beside the Ember/Quill markup still served, and ends with a
 * structural fallback (a feed update, a dialog) so a renamed class degrades to the right surface
 * or to a generic composer, never to nothing. Composers can live in the open shadow root of
 * `#interop-outlet`; lookups climb out of it.
 */
export const LINKEDIN = {
  /** Messaging and InMail editor (one <p> per line). */
  message: '.msg-form__contenteditable[contenteditable="true"]',
  /** Containers that make any editor inside them a message editor. */
  messageForm: 'form.msg-form, [data-view-name="msg-form"], .msg-form',
  /** An overlay chat bubble (several can be open at once). Real bubbles carry Ember ids such as `ember874`. */
  bubble: '.msg-overlay-conversation-bubble, [id^="msg-overlay-conversation-bubble-"]',
  /** The person a bubble talks to: the profile link in its header. */
  bubbleProfile: 'header a[href*="/in/"], .msg-overlay-bubble-header a[href*="/in/"]',
  /** InMail has a subject field inside its dialog. */
  inmailSubject: '[name="subject"]',
  /** Comment boxes: the 2026 TipTap box, the Ember/Quill box and reply box. */
  commentBox: '[componentkey^="commentBox-"], .comments-comment-box, [class*="comments-comment-box"], .comments-comment-texteditor, .comments-reply-box',
  /** A feed update (post) a comment answers; an editor inside one that is no message is a comment. */
  feedUpdate: '[data-urn^="urn:li:activity"], [data-id^="urn:li:activity"], [role="article"], article',
  /** An accessible name that says the editor writes a comment (English and French "comment…", Spanish, German, Portuguese). */
  commentName: /\b(?:comment|comentario|kommentar|comentário)/i,
  /** The post composer: the 2026 share box editor, the Ember share box. */
  shareBox: '[componentkey="ShareBox_textEditor"], .share-box, .share-creation-state',
  /** Dialogs (ARIA and native): a rich editor in one that is no message is the post composer. */
  dialog: 'dialog, [role="dialog"]',
  /** Rich-text editor roots LinkedIn uses (Quill v1, TipTap/ProseMirror). */
  richEditor: '.ql-editor, .ProseMirror, .tiptap',
  /** The element around a rich editor the badge sits against. */
  editorFrame: '[data-testid="ui-core-tiptap-text-editor-wrapper"], .ql-container',
  /** The connection note: a textarea in the invitation dialog. */
  note: 'textarea#custom-message, textarea[name="message"], dialog textarea[maxlength="300"], [role="dialog"] textarea[maxlength="300"]',
  /** Editable but never a draft: Quill's paste catcher, search and typeahead fields. */
  notEditor: '.ql-clipboard, [role="combobox"], [role="searchbox"], .search-global-typeahead *',
  /** Never analysed inside an editor: non-editable islands (mentions, chips), our own hosts. */
  excluded: '[contenteditable="false"]',
} as const;

/** LinkedIn caps a connection note at this many characters. */
export const NOTE_LIMIT = 300;
