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

/**
 * Where LinkedIn shows what a draft answers (../shared/reference/context-dom.md §2): the post a
 * comment sits under (2026 and classic markup), the comment a reply answers, the other person's
 * messages, the invitee's name. Read only, and only what is rendered (never "…more").
 */
export const LINKEDIN_CONTEXT = {
  /** The 2026 post: the list item around it, or the single-post page. */
  post2026: '[data-view-name="feed-detail-page"], div[role="listitem"]',
  /** The classic post: an update keyed by its activity URN. */
  postClassic: '[data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]',
  /** The post's text: 2026, then classic. */
  postText: '[data-view-name="feed-commentary"], [data-testid="expandable-text-box"], .update-components-update-v2__commentary, .feed-shared-update-v2__description, .feed-shared-inline-show-more-text',
  /** The author's photo link (2026); the name link follows it. */
  actorImage: 'a[data-view-name="feed-actor-image"]',
  /** The author's name (classic). */
  actorName: '.update-components-actor__meta .update-components-actor__name, .update-components-actor__name, .feed-shared-actor__name',
  /** The author's profile link (classic), to tell a company post from a person's. */
  actorLink: '.update-components-actor__meta-link, .update-components-actor__container a[href]',
  /** A comment a reply box answers, its text and its author (2026, then classic). */
  comment: '[id^="replaceableComment_urn:li:comment:"], article.comments-comment-entity, .comments-comment-item, .comments-comment-entity',
  commentText: '[data-view-name="comment-text"], .comments-comment-item__main-content, .comments-highlighted-comment-item-content-body',
  commentAuthor: 'a[data-view-name="comment-actor-description"], .comments-post-meta__name, .comments-comment-meta__description-title',
  /** A company or showcase page, not a person. */
  companyHref: /\/(?:company|showcase|school)\//,
  /** A conversation: full page, overlay bubble or InMail dialog. */
  conversation: '.msg-convo-wrapper, .msg-overlay-conversation-bubble, [id^="msg-overlay-conversation-bubble-"], .msg-thread, .org-inbox-thread__container, [role="dialog"]',
  /** One event of the message list, its sender group name, its text; the other party's marker. */
  event: 'li.msg-s-message-list__event',
  senderName: '.msg-s-message-group__name',
  messageText: '.msg-s-event-listitem__body, .msg-s-event__content',
  messageError: '.msg-s-event-listitem__error-message',
  otherParty: '.msg-s-event-listitem--other',
  /** The other person's name in the conversation's header (Briskine's order). */
  partnerName: '.org-inbox-thread__link-to-profile, .msg-s-event-listitem--other .msg-s-message-group__name, .artdeco-entity-lockup__title > *:first-child, .msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title, .msg-thread__link-to-profile',
  /** The signed-in member's photo: its alt is their own name. */
  self: '.global-nav__me-photo, img.global-nav__me-photo',
  /** The invitation dialog; its <strong> names the invitee. */
  invite: '[aria-labelledby="send-invite-modal"], [data-test-modal-id="send-invite-modal"], #send-invite-modal, [role="dialog"], dialog',
} as const;
