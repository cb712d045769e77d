// The site adapters against the fixture pages (test/fixtures, written from the documented
// structure of Gmail and LinkedIn): which element is a composer and of what kind, the channel
// each surface implies, what the text snapshot leaves out (signatures, quotes, non-editable
// islands) and which editables are not composers at all. The same fixtures run in real browsers
// in test/e2e; this is the fast check of the selectors themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from './gmail/adapter';
import { linkedin } from './linkedin/adapter';
import { NOTE_LIMIT } from './linkedin/selectors';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

/** Loads a fixture into the test document (scripts are not run). */
function load(path: string): void {
  // Stylesheets are left out: the test DOM does not fetch them.
  const html = readFileSync(join(FIXTURES, path), 'utf8').replace(/<link [^>]*>/g, '');
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

  it('an editor in a compose window without the hooks Outward knows looks like a composer but is not taken', () => {
    load('gmail/unrecognised.html');
    const editor = $('#body');
    expect(gmail.looksLikeComposer(editor)).toBe(true);
    expect(gmail.composerFor(editor)).toBeNull();
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
