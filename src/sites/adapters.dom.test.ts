// The site adapters against the fixture pages (test/fixtures, written from the documented
// structure of Gmail and LinkedIn): which element is a composer and of what kind, the channel
// each surface implies, what the text snapshot leaves out (signatures, quotes, non-editable
// islands) and which editables are not composers at all. The same fixtures run in real browsers
// in test/e2e; this is the fast check of the selectors themselves.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from './gmail/adapter';
import { linkedin } from './linkedin/adapter';
import { NOTE_LIMIT } from './linkedin/selectors';
import { REALDOM } from '../../test/shared';

/** What storage accepts as a draft key (src/platform/storage.ts): an identifier, never text. */
const STORED_KEY = /^[\w\-:./#]{1,200}$/;

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

/** Loads a fixture (a path under test/fixtures, or an absolute path) into the test document (scripts are not run). */
function load(path: string): void {
  // Stylesheets are left out: the test DOM does not fetch them.
  const html = readFileSync(isAbsolute(path) ? path : join(FIXTURES, path), 'utf8').replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT').map((n) => document.importNode(n, true)));
  document.body.className = parsed.body.className;
}

const $ = (selector: string): HTMLElement => {
  const element = document.querySelector(selector);
  if (!(element instanceof HTMLElement)) throw new Error(`fixture has no ${selector}`);
  return element;
};

/** Puts a line of text where a user would type it: the element's first line. */
function typeInto(element: HTMLElement, text: string): void {
  const line = element.firstElementChild instanceof HTMLElement && !element.firstElementChild.matches('[class*="gmail_"], [data-smartmail]') ? element.firstElementChild : element;
  line.textContent = text;
}

const TYPED = 'Your team asked about the March numbers.';

beforeEach(() => {
  document.body.className = '';
  document.body.replaceChildren();
});

describe('Gmail adapter', () => {
  it.each([
    ['gmail/compose.html', '#body', 'gmail-new', 'cold-email', '#msg-a:r-fixture-1'],
    ['gmail/fullscreen.html', '#body', 'gmail-fullscreen', 'cold-email', '#msg-a:r-fullscreen-1'],
    ['gmail/popout.html', '#body', 'gmail-popout', 'follow-up', '#msg-a:r-popout-1'],
    ['gmail/renamed-classes.html', '#body', 'gmail-new', 'cold-email', '#msg-a:r-renamed-1'],
    ['gmail/reply.html', '#reply', 'gmail-reply', 'reply', '#msg-a:r-reply-1'],
    ['gmail/reply-expanded.html', '#reply', 'gmail-reply', 'reply', '#msg-a:r-expanded-1'],
  ])('%s: %s is a %s composer on channel %s with draft key %s', (path, selector, kind, channel, draftKey) => {
    load(path);
    const editor = $(selector);
    expect(gmail.looksLikeComposer(editor)).toBe(true);
    const composer = gmail.composerFor(editor);
    expect(composer?.kind).toBe(kind);
    expect(composer?.channel()).toBe(channel);
    expect(composer?.draftKey()).toBe(draftKey);
    expect(composer?.maxLength).toBeNull();
  });

  it.each([
    ['gmail/compose.html', '#body', ['Alex Rivera', 'best agency']],
    ['gmail/fullscreen.html', '#body', ['-- ', 'Jordan Lee', 'Act now']],
    ['gmail/renamed-classes.html', '#body', ['Alex Rivera', 'best agency']],
    ['gmail/reply.html', '#reply', ['Sam wrote', 'industry leader', 'Act now']],
    ['gmail/reply-expanded.html', '#reply', ['Sam Okafor', 'industry leader', 'ends Friday', 'Priya', 'world-class']],
  ])('%s: the snapshot holds what the user typed and none of the signature or quote', (path, selector, never) => {
    load(path);
    const editor = $(selector);
    typeInto(editor, TYPED);
    const text = gmail.composerFor(editor)!.snapshot().text;
    expect(text).toContain(TYPED);
    for (const words of never) expect(text).not.toContain(words);
  });

  it('reply with the quote expanded: text typed below the quote is in the snapshot, the quote is not', () => {
    load('gmail/reply-expanded.html');
    $('#first').textContent = 'Above the quote.';
    $('#after').textContent = 'Below the quote.';
    const text = gmail.composerFor($('#reply'))!.snapshot().text;
    expect(text).toContain('Above the quote.');
    expect(text).toContain('Below the quote.');
    expect(text).not.toMatch(/industry leader|Sam Okafor/);
  });

  it('two compose windows are two composers with their own ids and draft keys', () => {
    load('gmail/two-composers.html');
    const first = gmail.composerFor($('#first'))!;
    const second = gmail.composerFor($('#second'))!;
    expect(first.id).not.toBe(second.id);
    expect([first.draftKey(), second.draftKey()]).toEqual(['#msg-a:r-one', '#msg-a:r-two']);
    expect(first.anchor()).not.toBe(second.anchor());
  });

  it('an editor in a compose window without the hooks Outward knows is analysed as a generic composer', () => {
    load('gmail/unrecognised.html');
    const editor = $('#body');
    expect(gmail.looksLikeComposer(editor)).toBe(true);
    const composer = gmail.composerFor(editor)!;
    expect([composer.kind, composer.channel(), composer.editor]).toEqual(['generic', 'cold-email', editor]);
    expect(composer.anchor()).toBe($('[role="dialog"]'));
    expect(composer.draftKey()).toBe('gmail:generic:/:div#0');
  });

  it.each(['#search', '#password', '#filter', '#received', '#note'])('decoy %s is neither a composer nor degraded', (selector) => {
    load('gmail/decoys.html');
    const element = $(selector);
    expect(gmail.composerFor(element)).toBeNull();
    expect(gmail.looksLikeComposer(element)).toBe(false);
  });

  it('the search box and recipients of a compose page are not composers', () => {
    load('gmail/compose.html');
    for (const selector of ['#search', 'textarea[name="to"]', 'input[name="subjectbox"]']) {
      expect(gmail.composerFor($(selector))).toBeNull();
      expect(gmail.looksLikeComposer($(selector))).toBe(false);
    }
  });

  it('belongs to mail.google.com only', () => {
    expect(gmail.matches({ hostname: 'mail.google.com', pathname: '/mail/u/0/' })).toBe(true);
    expect(gmail.matches({ hostname: 'google.com', pathname: '/' })).toBe(false);
  });
});

describe('LinkedIn adapter', () => {
  it('a message editor in an overlay bubble is a message composer keyed by its bubble', () => {
    load('linkedin/message-composer.html');
    const composer = linkedin.composerFor($('#editor'))!;
    expect(composer.kind).toBe('linkedin-message');
    expect(composer.channel()).toBe('linkedin-message');
    expect(composer.draftKey()).toBe('linkedin:msg-overlay-conversation-bubble-1');
  });

  it('full-page messaging: the thread’s editor (full-height variant) is a message composer; received messages are not composers', () => {
    load('linkedin/messaging-thread.html');
    const composer = linkedin.composerFor($('#editor'))!;
    expect(composer.kind).toBe('linkedin-message');
    expect(composer.channel()).toBe('linkedin-message');
    expect(composer.draftKey()).toMatch(/^linkedin:/);
    expect(linkedin.composerFor($('.msg-s-event-listitem__body'))).toBeNull();
  });

  it('the connection note textarea is a note with the 300-character limit', () => {
    load('linkedin/message-composer.html');
    const composer = linkedin.composerFor($('#custom-message'))!;
    expect(composer.kind).toBe('linkedin-note');
    expect(composer.channel()).toBe('linkedin-note');
    expect(composer.maxLength).toBe(NOTE_LIMIT);
    ($('#custom-message') as HTMLTextAreaElement).value = TYPED;
    expect(composer.snapshot().text).toBe(TYPED);
  });

  it('an editor in a dialog with a subject field is InMail, analysed as a cold email; the received message is not a composer', () => {
    load('linkedin/inmail.html');
    const composer = linkedin.composerFor($('#editor'))!;
    expect(composer.kind).toBe('linkedin-inmail');
    expect(composer.channel()).toBe('cold-email');
    expect(linkedin.composerFor($('#received'))).toBeNull();
  });

  it('a message editor inside the open shadow root of #interop-outlet is found through it', () => {
    load('linkedin/interop-outlet.html');
    const root = $('#interop-outlet').attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="msg-overlay-conversation-bubble-7"><form class="msg-form"><div id="shadow-editor" class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div></form></div>';
    const editor = root.querySelector('#shadow-editor')!;
    expect(linkedin.looksLikeComposer(editor)).toBe(true);
    expect(linkedin.composerFor(editor)?.draftKey()).toBe('linkedin:msg-overlay-conversation-bubble-7');
  });

  it('Quill editors: the post composer is a post, one inside a feed update is a comment', () => {
    load('linkedin/feed-quill.html');
    // What Quill renders into its container (the fixture's script, which runs in the browser tests).
    for (const id of ['#post', '#comment']) $(id).innerHTML = '<div class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div>';
    $('#post').classList.add('ql-container');
    $('#comment').classList.add('ql-container');
    const post = linkedin.composerFor($('#post .ql-editor'))!;
    const comment = linkedin.composerFor($('#comment .ql-editor'))!;
    expect([post.kind, post.channel()]).toEqual(['linkedin-post', 'newsletter']);
    expect([comment.kind, comment.channel()]).toEqual(['linkedin-comment', 'reply']);
  });

  it('belongs to www.linkedin.com only', () => {
    expect(linkedin.matches({ hostname: 'www.linkedin.com', pathname: '/feed/' })).toBe(true);
    expect(linkedin.matches({ hostname: 'linkedin.com.evil.test', pathname: '/' })).toBe(false);
  });
});

describe('LinkedIn 2026 editors', () => {
  it('a TipTap comment box (no form, no .comments-comment-box) is a comment keyed by its box, anchored on the editor wrapper', () => {
    load('linkedin/comment-tiptap.html');
    const editor = $('#comment-1');
    expect(linkedin.looksLikeComposer(editor)).toBe(true);
    const composer = linkedin.composerFor(editor)!;
    expect([composer.kind, composer.channel(), composer.editor]).toEqual(['linkedin-comment', 'reply', editor]);
    expect(composer.draftKey()).toBe('linkedin:comment:commentBox-urn:li:activity:7486042476307222601');
    expect(composer.anchor()).toBe($('#box-1 [data-testid="ui-core-tiptap-text-editor-wrapper"]'));
  });

  it('focus landing on a paragraph inside the TipTap editor finds the editor itself', () => {
    load('linkedin/comment-tiptap.html');
    expect(linkedin.composerFor($('#comment-1 p'))?.editor).toBe($('#comment-1'));
  });

  it('the post a comment answers is never in the snapshot, nor is a mention chip', () => {
    load('linkedin/comment-tiptap.html');
    typeInto($('#comment-1'), TYPED);
    expect(linkedin.composerFor($('#comment-1'))!.snapshot().text.trim()).toBe(TYPED);
    $('#comment-2 p').append(' thanks for sharing this.');
    const text = linkedin.composerFor($('#comment-2'))!.snapshot().text;
    expect(text).toContain('thanks for sharing this.');
    expect(text).not.toMatch(/Kim Example|following up|industry-leading/);
  });

  it('two comment boxes on two posts have their own draft keys', () => {
    load('linkedin/comment-tiptap.html');
    const keys = ['#comment-1', '#comment-2'].map((id) => linkedin.composerFor($(id))!.draftKey());
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(STORED_KEY);
  });

  it('a comment box whose componentkey, test id and classes are gone is still a comment: it sits in a post', () => {
    load('linkedin/comment-tiptap.html');
    for (const element of [$('#box-1'), $('#box-1 [data-testid]'), $('#comment-1')]) {
      element.removeAttribute('componentkey');
      element.removeAttribute('data-testid');
      element.removeAttribute('class');
    }
    $('#comment-1').removeAttribute('aria-label');
    const composer = linkedin.composerFor($('#comment-1'))!;
    expect([composer.kind, composer.channel()]).toEqual(['linkedin-comment', 'reply']);
    expect(composer.draftKey()).toMatch(STORED_KEY);
  });

  it('a comment box in a post shown inside a dialog (the image viewer) is a comment, not the post composer', () => {
    load('linkedin/comment-tiptap.html');
    const viewer = document.createElement('div');
    viewer.setAttribute('role', 'dialog');
    $('#update-1').before(viewer);
    viewer.append($('#update-1'));
    $('#box-1').removeAttribute('componentkey');
    expect(linkedin.composerFor($('#comment-1'))?.kind).toBe('linkedin-comment');
  });

  it('with no box, post or dialog around it, a textbox named for a comment is a comment; unnamed it is generic', () => {
    load('linkedin/comment-tiptap.html');
    const editor = $('#comment-1');
    document.body.replaceChildren(editor);
    editor.removeAttribute('class');
    expect(linkedin.composerFor(editor)?.kind).toBe('linkedin-comment');
    editor.setAttribute('aria-label', 'Texteditor zum Verfassen eines Kommentars');
    expect(linkedin.composerFor(editor)?.kind).toBe('linkedin-comment');
    editor.removeAttribute('aria-label');
    expect(linkedin.composerFor(editor)?.kind).toBe('generic');
  });

  it('the share box is the post composer whatever its editor’s name says', () => {
    load('linkedin/post-dialog.html');
    const share = $('[componentkey="ShareBox_textEditor"]');
    document.body.replaceChildren(share);
    $('#post').setAttribute('aria-label', 'Add your commentary');
    expect(linkedin.composerFor($('#post'))?.kind).toBe('linkedin-post');
  });

  it('the post composer in a native <dialog> holding ShareBox_textEditor is a post; the feed behind it is not analysed', () => {
    load('linkedin/post-dialog.html');
    const editor = $('#post');
    const composer = linkedin.composerFor(editor)!;
    expect([composer.kind, composer.channel(), composer.draftKey()]).toEqual(['linkedin-post', 'newsletter', 'linkedin:post']);
    expect(composer.anchor()).toBe($('[componentkey="ShareBox_textEditor"] [data-testid="ui-core-tiptap-text-editor-wrapper"]'));
    typeInto(editor, TYPED);
    expect(composer.snapshot().text.trim()).toBe(TYPED);
  });

  it('the post composer’s dialog inside the open shadow root of #interop-outlet is found through it', () => {
    load('linkedin/post-dialog-outlet.html');
    const root = $('#interop-outlet').attachShadow({ mode: 'open' });
    root.innerHTML =
      '<dialog id="share"><div componentkey="ShareBox_textEditor"><div data-testid="ui-core-tiptap-text-editor-wrapper">' +
      '<div id="post" class="tiptap ProseMirror" contenteditable="true" role="textbox"><p><br></p></div></div></div></dialog>';
    const editor = root.querySelector<HTMLElement>('#post')!;
    const composer = linkedin.composerFor(editor.firstElementChild!)!;
    expect([composer.kind, composer.channel(), composer.editor]).toEqual(['linkedin-post', 'newsletter', editor]);
    expect(composer.anchor()).toBe(root.querySelector('[data-testid="ui-core-tiptap-text-editor-wrapper"]'));
  });

  it('without its componentkey the dialog’s rich editor is still the post composer', () => {
    load('linkedin/post-dialog.html');
    $('[componentkey]').removeAttribute('componentkey');
    expect(linkedin.composerFor($('#post'))?.kind).toBe('linkedin-post');
  });
});

describe('LinkedIn message bubbles', () => {
  it('bubbles with Ember ids get one draft key each: by the person in the header, else by the bubble', () => {
    load('linkedin/two-bubbles.html');
    const composers = ['#editor-dana', '#editor-lee', '#editor-group'].map((id) => linkedin.composerFor($(id))!);
    expect(composers.map((c) => c.kind)).toEqual(['linkedin-message', 'linkedin-message', 'linkedin-message']);
    expect(composers.map((c) => c.draftKey())).toEqual(['linkedin:bubble:/in/dana-example', 'linkedin:bubble:/in/lee-example', 'linkedin:bubble:ember960']);
    for (const composer of composers) expect(composer.draftKey()).toMatch(STORED_KEY);
    expect(new Set(composers.map((c) => c.anchor())).size).toBe(3);
  });

  it('a draft key never falls back to one shared key for every bubble', () => {
    load('linkedin/two-bubbles.html');
    for (const link of document.querySelectorAll('header a')) link.remove();
    const keys = ['#editor-dana', '#editor-lee'].map((id) => linkedin.composerFor($(id))!.draftKey());
    expect(keys).toEqual(['linkedin:bubble:ember874', 'linkedin:bubble:ember912']);
  });
});

describe('generic composers', () => {
  it('a LinkedIn textbox Outward cannot place is analysed as a generic composer on the message channel', () => {
    load('linkedin/unplaced.html');
    const editor = $('#article');
    expect(linkedin.looksLikeComposer(editor)).toBe(true);
    const composer = linkedin.composerFor(editor)!;
    expect([composer.kind, composer.channel()]).toEqual(['generic', 'linkedin-message']);
    expect(composer.draftKey()).toMatch(/^linkedin:generic:\/:.+#0$/);
    typeInto(editor, TYPED);
    expect(composer.snapshot().text.trim()).toBe(TYPED);
  });

  it.each(['#search', '#tags', '#scratch'])('LinkedIn: %s takes text but is not a draft, generic or otherwise', (selector) => {
    load('linkedin/unplaced.html');
    expect(linkedin.composerFor($(selector))).toBeNull();
    expect(linkedin.looksLikeComposer($(selector))).toBe(false);
  });

  it('an editor without an id gets a generic key of its own, the same every time it is asked', () => {
    load('linkedin/unplaced.html');
    const editor = $('#article');
    editor.removeAttribute('id');
    const twin = editor.cloneNode(true) as HTMLElement;
    editor.after(twin);
    const first = linkedin.composerFor(editor)!.draftKey();
    expect(linkedin.composerFor(editor)!.draftKey()).toBe(first);
    expect(linkedin.composerFor(twin)!.draftKey()).not.toBe(first);
    expect(first).toMatch(/^linkedin:generic:/);
  });

  it("a generic composer's key is the same when the page is loaded again (its dismissals survive a reload), and holds no draft text", () => {
    let loads = 0;
    const keyOf = () => {
      load('linkedin/unplaced.html');
      const editor = $('#article');
      // What a reload changes: generated ids, the text in the editor.
      editor.id = `ember${++loads}`;
      typeInto(editor, TYPED);
      return linkedin.composerFor(editor)!.draftKey();
    };
    const first = keyOf();
    expect(keyOf()).toBe(first);
    for (const word of TYPED.split(/\s+/).filter((w) => w.length > 4)) expect(first).not.toContain(word);
  });
});

describe('real saved pages (../shared/realdom)', () => {
  it('Gmail mole (2020): the body is a new-message composer keyed by Gmail’s draft id; To, Cc and Bcc are not composers', () => {
    load(join(REALDOM, 'gmail-new-message-mole-2020.html'));
    const body = $('[g_editable="true"]');
    const composer = gmail.composerFor(body)!;
    expect([composer.kind, composer.channel(), composer.draftKey()]).toEqual(['gmail-new', 'cold-email', '#msg-a:r-7673660351152959857']);
    for (const name of ['to', 'cc', 'bcc']) {
      const field = $(`textarea[name="${name}"]`);
      expect(gmail.composerFor(field)).toBeNull();
      expect(gmail.looksLikeComposer(field)).toBe(false);
    }
    expect(gmail.composerFor($('input[name="subjectbox"]'))).toBeNull();
  });

  it('Gmail mole with a real signature and quote: only the typed line is analysed', () => {
    load(join(REALDOM, 'gmail-mole-2020-with-real-signature-and-quote-body.html'));
    $('#realdom-first-line').textContent = TYPED;
    const composer = gmail.composerFor($('#realdom-first-line'))!;
    expect(composer.kind).toBe('gmail-new');
    expect(composer.channel()).toBe('reply');
    expect(composer.snapshot().text.trim()).toBe(TYPED);
  });

  it('LinkedIn overlay bubble (2023, es): a message composer keyed by its bubble, not the shared linkedin:message', () => {
    load(join(REALDOM, 'linkedin-msg-overlay-bubble-2023-es.html'));
    const editor = $('.msg-form__contenteditable');
    const composer = linkedin.composerFor(editor)!;
    expect([composer.kind, composer.channel()]).toEqual(['linkedin-message', 'linkedin-message']);
    expect(composer.draftKey()).toBe('linkedin:bubble:/in/example');
    expect(composer.anchor()).toBe($('form.msg-form'));
  });

  it('LinkedIn comment box (2026, Quill in the Ember feed): both boxes are comments keyed by their post; the post text is not analysed', () => {
    load(join(REALDOM, 'linkedin-comment-box-2026-quill.html'));
    const editors = [...document.querySelectorAll<HTMLElement>('.ql-editor[contenteditable="true"]')];
    expect(editors).toHaveLength(2);
    const composers = editors.map((editor) => linkedin.composerFor(editor)!);
    expect(composers.map((c) => [c.kind, c.channel()])).toEqual([
      ['linkedin-comment', 'reply'],
      ['linkedin-comment', 'reply'],
    ]);
    expect(composers.map((c) => c.draftKey())).toEqual(['linkedin:comment:urn:li:activity:7486042476307222528', 'linkedin:comment:urn:li:activity:7486042476307222529']);
    expect(composers[1]!.snapshot().text.trim()).toBe('example');
    expect(composers[0]!.snapshot().text.trim()).toBe('');
    // Quill's paste catcher is editable but is not a draft.
    const clipboard = $('.ql-clipboard');
    expect(linkedin.composerFor(clipboard)).toBeNull();
    expect(linkedin.looksLikeComposer(clipboard)).toBe(false);
  });
});
