// The context readers against fixture pages written from ../shared/reference/context-dom.md:
// what each composer reads beside the draft (the message a reply answers and its sender, a
// post and its author in 2026 and classic markup, the comment a reply answers, the other
// person's last messages, the invitee), and that where nothing reliable is rendered the reader
// says so (null) instead of guessing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from './gmail/adapter';
import { linkedin } from './linkedin/adapter';
import { renderedText } from './shared/context-text';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

function load(path: string): void {
  const html = readFileSync(join(FIXTURES, path), 'utf8').replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT').map((n) => document.importNode(n, true)));
}

const $ = (selector: string, root: ParentNode = document): HTMLElement => {
  const element = root.querySelector(selector);
  if (!(element instanceof HTMLElement)) throw new Error(`fixture has no ${selector}`);
  return element;
};

/** What the scripts of a Quill fixture would make: a Quill editor in the container. */
function quill(container: HTMLElement): HTMLElement {
  container.classList.add('ql-container');
  container.innerHTML = '<div class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div>';
  return $('.ql-editor', container);
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Gmail context', () => {
  it('an inline reply answers the message it sits in: its text without quote or signature, and its sender', () => {
    load('gmail/reply-context.html');
    const composer = gmail.composerFor($('#reply'));
    expect(composer?.kind).toBe('gmail-reply');
    expect(composer?.context()).toEqual({
      kind: 'message',
      text: 'Hi Mo,\n\nThanks for the demo on Friday. Does it work with Xero? We close the month in Xero and nothing else.\n\nCould you send the price list for twelve seats?\n\nBest,\nDana',
      names: ['Dana Whitfield'],
    });
  });

  it('a reply outside its message reads the last expanded one, never a collapsed one', () => {
    load('gmail/reply-context.html');
    // The reply moved out of the message (popped out): the thread's last expanded message remains.
    const compose = $('.ip');
    document.querySelector('[role="main"]')!.append(compose);
    expect(gmail.composerFor($('#reply'))?.context()?.names).toEqual(['Dana Whitfield']);
    // With that message collapsed too, nothing in the thread is readable: only a quote would be.
    $('.h7').classList.add('kv');
    expect(gmail.composerFor($('#reply'))?.context()).toBeNull();
  });

  it('reads the quote inside a draft, and its sender from the attribution line', () => {
    load('gmail/reply.html');
    $('.gmail_attr').textContent = 'On Mon, 2 Mar 2026, Sam Ortiz <sam@example.com> wrote:';
    document.querySelector('.adn')!.replaceWith(...document.querySelector('.adn')!.querySelectorAll('.M9'));
    expect(gmail.composerFor($('#reply'))?.context()).toEqual({
      kind: 'message',
      text: 'We are the industry leader in logistics. Just following up on my last email. Act now!',
      names: ['Sam Ortiz'],
    });
  });

  it('a new message reads its recipients’ names, and nothing without them', () => {
    load('gmail/compose.html');
    const editor = $('#body');
    const window = editor.closest('[role="dialog"], form, [role="main"]')!;
    expect(gmail.composerFor(editor)?.context()).toBeNull();
    const to = document.createElement('div');
    to.setAttribute('name', 'to');
    to.innerHTML = '<div role="option" data-hovercard-id="dana@northwind.example">Dana Whitfield</div><div role="option" data-hovercard-id="x@y.example">x@y.example</div>';
    window.prepend(to);
    expect(gmail.composerFor(editor)?.context()).toEqual({ kind: 'person', names: ['Dana Whitfield'] });
  });
});

describe('LinkedIn context', () => {
  it('a 2026 comment reads the post’s rendered text (not "…more") and its author without the degree', () => {
    load('linkedin/comment-context-2026.html');
    const composer = linkedin.composerFor($('#comment'));
    expect(composer?.kind).toBe('linkedin-comment');
    expect(composer?.context()).toEqual({
      kind: 'post',
      text: 'Our clinic cut patient wait times from 40 minutes to 12 by letting nurses triage by text before the visit.\n\nThe hard part was the rota, not the software.',
      names: ['Maria Santos'],
    });
  });

  it('a company post gives its text and no person’s name', () => {
    load('linkedin/comment-context-2026.html');
    for (const a of document.querySelectorAll('a')) a.setAttribute('href', 'https://www.linkedin.com/company/riverside-clinics/');
    expect(linkedin.composerFor($('#comment'))?.context()?.names).toEqual([]);
  });

  it('a classic Quill comment reads the classic post and author; a reply box reads the comment it answers', () => {
    load('linkedin/comment-context-classic.html');
    const comment = linkedin.composerFor(quill($('#comment-editor')));
    expect(comment?.kind).toBe('linkedin-comment');
    expect(comment?.context()).toEqual({
      kind: 'post',
      text: 'We moved warehouse picking from paper lists to handheld scanners this quarter. Mispicks dropped by half, but training the night shift took twice as long as planned.',
      names: ['Kenji Watanabe'],
    });
    const reply = linkedin.composerFor(quill($('#reply-editor')));
    expect(reply?.context()).toEqual({ kind: 'post', text: 'How did you get the night shift through the scanner training?', names: ['Aisha Bello'] });
  });

  it('a message reads the other person’s last messages after the member’s own, and their name', () => {
    load('linkedin/messaging-context.html');
    const composer = linkedin.composerFor($('#message'));
    expect(composer?.kind).toBe('linkedin-message');
    expect(composer?.context()).toEqual({
      kind: 'message',
      text: 'Great. Could you send the security questionnaire?\n\nAlso, let me know whether you host data in Frankfurt.',
      names: ['Jordan Blake'],
    });
  });

  it('a new conversation with no messages yet reads only the person', () => {
    load('linkedin/messaging-context.html');
    document.querySelector('ul')!.replaceChildren();
    expect(linkedin.composerFor($('#message'))?.context()).toEqual({ kind: 'person', names: ['Jordan Blake'] });
  });

  it('a connection note in #interop-outlet’s shadow root reads the invitee from the dialog, not the page', () => {
    load('linkedin/invite-context.html');
    const root = $('#interop-outlet').attachShadow({ mode: 'open' });
    root.append(($('#invite-dialog') as HTMLTemplateElement).content.cloneNode(true));
    const composer = linkedin.composerFor($('textarea', root));
    expect(composer?.kind).toBe('linkedin-note');
    expect(composer?.context()).toEqual({ kind: 'person', names: ['Priya Raman'] });
    // The second step without the sentence: no name rather than one from the page behind.
    $('p', root).remove();
    expect(composer?.context()).toBeNull();
  });
});

describe('renderedText', () => {
  it('reads blocks and breaks as lines and leaves out buttons, screen-reader copies and editors', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>One<br>two</p><span class="visually-hidden">hidden</span><button>…more</button><div contenteditable="true">draft</div><div>three</div>';
    expect(renderedText(div)).toBe('One\ntwo\n\nthree');
  });
});
