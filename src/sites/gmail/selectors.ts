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

/**
 * Where Gmail shows what a draft answers (../shared/reference/context-dom.md §1, InboxSDK and
 * gmail.js getters): read only, and only what is rendered.
 */
export const GMAIL_CONTEXT = {
  /** A message of the open thread; an inline reply sits inside the one it answers. */
  message: 'div.adn, [data-message-id], [data-legacy-message-id]',
  /** Collapsed ("kv") and hidden ("kQ", "kx") messages: no body to read. */
  collapsed: '.kv, .kQ, .kx',
  /** The message body. */
  body: 'div.a3s, div.ii.gt, .adP',
  /** Quoted history and clipped or trimmed parts inside a body, and its signature. */
  quoted: 'blockquote, [class*="gmail_quote"], .adL, .adm, .iX, [class$="gmail_signature"], [data-smartmail="gmail_signature"], .M9',
  /** The sender: `email` and `name` attributes. */
  sender: 'td.gF span[email], span[email].gD, .gD[email]',
  /** The quote inside a draft (a reply popped out or opened full screen), and its attribution line. */
  draftQuote: '.gmail_quote_container, .gmail_quote',
  attribution: '.gmail_attr',
  /** Recipient chips of a new message. */
  recipients: '[name="to"] [role="option"], .anm[name="to"] [data-hovercard-id], [name="cc"] [role="option"]',
} as const;
