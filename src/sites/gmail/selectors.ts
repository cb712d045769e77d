/**
 * Gmail compose selectors as data (see docs in ../shared/reference: InboxSDK's element getters
 * and Gmail's editor markup). Framework and semantic hooks first; obfuscated classes only to
 * tell the variants apart, never to find the editor. No English labels.
 */
export const GMAIL = {
  /** The body editor: Gmail's editable marker, or a contenteditable textbox as a fallback. */
  editor: '[g_editable="true"][contenteditable="true"], [role="textbox"][contenteditable="true"]',
  /** The compose window around an editor (pop-up, full screen, inline reply). */
  composeWindow: '[role="dialog"], form, [role="main"]',
  /** Full-screen compose container. */
  fullscreen: '.aSs',
  /** Inline reply and forward live in the thread view, outside any dialog. */
  inlineReply: '.M9, .adn, [role="listitem"]',
  /** The subject field of the compose form. */
  subject: 'input[name="subjectbox"]',
  /** Hidden draft id of the compose form. */
  draftId: 'input[name="draft"]',
  /** Never analysed: quoted history, signatures, non-editable islands, our own hosts. */
  excluded:
    '.gmail_quote, .gmail_quote_container, blockquote, [data-smartmail="gmail_signature"], .gmail_signature, .gmail_signature_prefix, [contenteditable="false"]',
  /** Not compose editors even if editable (search box, recipients). */
  notEditor: '[role="combobox"], [role="search"] *, input, [aria-readonly="true"], textarea[name="to"], textarea[name="cc"], textarea[name="bcc"]',
} as const;
