// The session's context (issue 23, DESIGN.md §7): read from the page only while the editor has
// focus, passed to the analyser with the draft, summed up for the popup as a name and counts,
// and dropped when the settings switch it off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../core/index';
import { DEFAULT_SETTINGS, type Settings } from '../platform/settings';
import { gmail } from '../sites/gmail/adapter';
import type { Highlights } from './highlights';
import { PAUSE_MS, Session } from './session';

const THREAD =
  '<div role="main"><div class="adn h7"><table><tr><td class="gF"><span class="gD" email="dana@example.com" name="Dana Whitfield">Dana Whitfield</span></td></tr></table>' +
  '<div class="ii gt"><div class="a3s">Does it work with Xero? Could you send the price list?</div></div>' +
  '<div class="M9"><form><input type="hidden" name="draft" value="#d2"></form><div id="reply" g_editable="true" role="textbox" contenteditable="true"><div id="line"><br></div></div></div></div></div>' +
  '<button id="elsewhere">elsewhere</button>';

function setUp(settings: { current: Settings }) {
  document.body.innerHTML = THREAD;
  const editor = document.querySelector('#reply') as HTMLElement;
  const line = document.querySelector('#line') as HTMLElement;
  const analyzer = createAnalyzer();
  const analyze = vi.spyOn(analyzer, 'analyze');
  const composer = gmail.composerFor(editor)!;
  const read = vi.spyOn(composer, 'context');
  const make = () =>
    new Session(composer, {
      analyzer: () => analyzer,
      settings: () => settings.current,
      highlights: { attach: vi.fn(), detach: vi.fn(), set: vi.fn(), clear: vi.fn() } as unknown as Highlights,
      dismissed: () => Promise.resolve([]),
      dismiss: vi.fn(),
      ignorePhrase: vi.fn(),
    });
  const type = (text: string) => {
    line.textContent = text;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  };
  return { editor, analyze, read, make, type };
}

describe('Session context', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('is read only once the editor has focus, goes to the analyser, and the popup gets a name and counts', async () => {
    const settings = { current: DEFAULT_SETTINGS as Settings };
    const { editor, analyze, read, make, type } = setUp(settings);
    (document.querySelector('#elsewhere') as HTMLElement).focus();
    const session = make();
    await vi.advanceTimersByTimeAsync(0);
    expect(read).not.toHaveBeenCalled();
    expect(analyze.mock.calls.at(-1)?.[1]).not.toHaveProperty('context');
    editor.focus();
    expect(read).toHaveBeenCalledTimes(1);
    type('Hi Tom, yes it works with Xero.');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyze.mock.calls.at(-1)?.[1]?.context).toEqual({ kind: 'message', text: 'Does it work with Xero? Could you send the price list?', names: ['Dana Whitfield'] });
    const state = session.state('gmail');
    expect(state).toMatchObject({ status: 'results', context: { kind: 'message', name: 'Dana Whitfield', questions: 2, answered: 1, line: "Replying to Dana's message: 2 questions, 1 answered" } });
    // The popup's view of the context is a name and counts: none of the message's words.
    expect(JSON.stringify('context' in state ? state.context : null)).not.toMatch(/Xero|price/);
    expect(state.status === 'results' && state.report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['wrong-name', 'unanswered-question']));
    session.dispose();
  });

  it('switched off in the settings, nothing is read and a read context is dropped', async () => {
    const settings = { current: { ...DEFAULT_SETTINGS, readContext: false } as Settings };
    const { editor, analyze, read, make, type } = setUp(settings);
    editor.focus();
    const session = make();
    type('Hi Tom, yes it works with Xero.');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(read).not.toHaveBeenCalled();
    expect(analyze.mock.calls.at(-1)?.[1]).not.toHaveProperty('context');
    expect(session.state('gmail')).not.toHaveProperty('context');
    // On again: read at the refresh while focused; off again: dropped.
    settings.current = DEFAULT_SETTINGS as Settings;
    session.refresh();
    await vi.advanceTimersByTimeAsync(PAUSE_MS);
    expect(analyze.mock.calls.at(-1)?.[1]).toHaveProperty('context');
    settings.current = { ...DEFAULT_SETTINGS, readContext: false } as Settings;
    session.refresh();
    await vi.advanceTimersByTimeAsync(PAUSE_MS);
    expect(analyze.mock.calls.at(-1)?.[1]).not.toHaveProperty('context');
    expect(session.state('gmail')).not.toHaveProperty('context');
    session.dispose();
  });

  it('a settings change while another element has focus reads nothing', async () => {
    const settings = { current: DEFAULT_SETTINGS as Settings };
    const { read, make } = setUp(settings);
    (document.querySelector('#elsewhere') as HTMLElement).focus();
    const session = make();
    session.refresh();
    await vi.advanceTimersByTimeAsync(PAUSE_MS);
    expect(read).not.toHaveBeenCalled();
    session.dispose();
  });
});
