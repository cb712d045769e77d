/**
 * LinkedIn compose selectors as data: messaging (overlay and full page), InMail, the
 * connection note, the post composer and comment boxes (Quill). Composers can live in the open
 * shadow root of `#interop-outlet`; callers search through it.
 */
export const LINKEDIN = {
  /** Messaging and InMail editor (one <p> per line). */
  message: '.msg-form__contenteditable[contenteditable="true"]',
  /** InMail has a subject field inside its dialog. */
  inmailSubject: '[name="subject"]',
  /** Quill editors: the post composer and comment boxes. */
  quill: '.ql-editor[contenteditable="true"]',
  /** Comment boxes sit inside a feed update or a comment form. */
  comment: '.comments-comment-box, .comments-comment-texteditor, .comments-reply-box, [data-id^="urn:li:activity"]',
  /** The connection note: a textarea in the invitation dialog. */
  note: 'textarea#custom-message, textarea[name="message"]',
  /** Where a composer should be: an editable here that is not recognised means LinkedIn changed. */
  composeArea: 'form.msg-form, .share-box, .comments-comment-box, [role="dialog"]',
  /** Never analysed inside an editor. */
  excluded: '[contenteditable="false"], [data-outward-host]',
} as const;

/** LinkedIn caps a connection note at this many characters. */
export const NOTE_LIMIT = 300;
