// One composer's session, with fake timers: the draft is analysed once after a pause in typing,
// never during an IME composition (no analysis, no underlines, no apply until it ends), an
// apply is refused while the draft has changed since the analysis, and dispose() releases every
// listener and timer. A long draft seen for the first time is prepared in short slices, each its
// own task, and typing between slices drops the rest.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../core/index';
import { DEFAULT_SETTINGS } from '../platform/settings';
import { gmail } from '../sites/gmail/adapter';
import type { Highlights } from './highlights';
import { HOVER_MS, MAX_ANALYSED_CHARS, PAUSE_MS, SLICE_MS, Session } from './session';
import { drawnText } from '../ui/testing/drawn';

const SELF = 'Just following up on my last email. We are the industry-leading provider.';

function setUp(dismissed: () => Promise<string[]> = () => Promise.resolve([])) {
  document.body.innerHTML =
    '<div role="dialog"><form><input name="subjectbox" value="Intro"><input type="hidden" name="draft" value="#d1"></form>' +
    '<div id="body" g_editable="true" role="textbox" contenteditable="true"><div id="line"><br></div></div></div>';
  const editor = document.querySelector('#body') as HTMLElement;
  const line = document.querySelector('#line') as HTMLElement;
  const analyzer = createAnalyzer();
  const analyze = vi.spyOn(analyzer, 'analyze');
  const prepare = vi.spyOn(analyzer, 'prepare');
  const highlights = { attach: vi.fn(), detach: vi.fn(), set: vi.fn(), clear: vi.fn() };
  const session = new Session(gmail.composerFor(editor)!, {
    analyzer: () => analyzer,
    settings: () => DEFAULT_SETTINGS,
    highlights: highlights as unknown as Highlights,
    dismissed,
    dismiss: vi.fn(),
    ignorePhrase: vi.fn(),
  });
  /** What a keystroke does to the DOM: the browser changes the text, then fires input. */
  const type = (text: string, init: InputEventInit = {}) => {
    line.textContent = text;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', ...init }));
  };
  return { editor, line, session, analyze, prepare, highlights, type };
}

/** An event as the browser makes it for the user's own input (a page's dispatched events are untrusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Lets the session's start (it awaits the stored dismissals) finish. */
const started = () => vi.advanceTimersByTimeAsync(0);

describe('Session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('analyses once after a pause in typing, not on every keystroke', async () => {
    const { session, analyze, type } = setUp();
    await started();
    analyze.mockClear();
    for (const end of [10, 20, 30, SELF.length]) {
      type(SELF.slice(0, end));
      vi.advanceTimersByTime(PAUSE_MS - 1);
    }
    expect(analyze).not.toHaveBeenCalled();
    expect(session.state('gmail')).toMatchObject({ current: false });
    vi.advanceTimersByTime(1);
    expect(analyze).toHaveBeenCalledTimes(1);
    const state = session.state('gmail');
    expect(state).toMatchObject({ status: 'results', current: true });
    expect(state.status === 'results' && state.report.findings.map((f) => f.ruleId)).toContain('chasing');
    session.dispose();
  });

  it('a draft past MAX_ANALYSED_CHARS is not analysed (nor even snapshot when huge): the state and the badge say it is too long', async () => {
    const { session, analyze, prepare, type, editor } = setUp();
    // No layout here: give the editor a box so the badge is drawn.
    vi.spyOn(editor, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, right: 600, bottom: 300, width: 600, height: 300 } as DOMRect);
    await started();
    type(SELF);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(session.state('gmail')).toMatchObject({ status: 'results' });
    analyze.mockClear();
    prepare.mockClear();
    for (const size of [MAX_ANALYSED_CHARS + 1, 1_000_000]) {
      type(`${SELF} `.repeat(Math.ceil(size / (SELF.length + 1))).slice(0, size));
      vi.advanceTimersByTime(PAUSE_MS);
      expect(analyze).not.toHaveBeenCalled();
      expect(prepare).not.toHaveBeenCalled();
      const state = session.state('gmail');
      expect(state).toMatchObject({ status: 'not-scored', reason: 'too-long', current: true });
      expect(state.status === 'not-scored' && state.message).toMatch(new RegExp(`draft is [\\d,]+ characters long, more than the ${MAX_ANALYSED_CHARS.toLocaleString('en-US')}`));
    }
    const root = editor.ownerDocument.querySelector('[data-ow-test-host]')!.shadowRoot!;
    expect(drawnText(root.querySelector('.ow-score')!)).toBe('Too long');
    // Back under the bound: analysed again.
    type(SELF);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(session.state('gmail')).toMatchObject({ status: 'results', current: true });
    session.dispose();
  });

  it('an IME composition is never interrupted: no analysis, no underlines, no apply until it ends', async () => {
    const { editor, session, analyze, highlights, type } = setUp();
    await started();
    type(SELF);
    vi.advanceTimersByTime(PAUSE_MS);
    const before = session.state('gmail');
    if (before.status !== 'results') throw new Error(`expected results, got ${before.status}`);
    const chase = before.report.findings.find((f) => f.ruleId === 'chasing')!;
    analyze.mockClear();
    highlights.set.mockClear();

    editor.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    for (const piece of ['か', 'かん', '感謝']) type(`${SELF} ${piece}`, { isComposing: true, inputType: 'insertCompositionText' });
    vi.advanceTimersByTime(PAUSE_MS * 10);
    expect(analyze).not.toHaveBeenCalled();
    expect(highlights.set).not.toHaveBeenCalled();
    // The old underlines no longer match the text: they were taken down, not moved.
    expect(highlights.clear).toHaveBeenCalled();
    expect(session.apply(chase.id, chase.suggestions.findIndex((s) => s.edits.length > 0))).toEqual({ ok: false, reason: 'stale' });
    expect(editor.textContent).toBe(`${SELF} 感謝`);

    editor.dispatchEvent(new CompositionEvent('compositionend', { data: '感謝' }));
    vi.advanceTimersByTime(PAUSE_MS);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(session.state('gmail')).toMatchObject({ status: 'results', current: true });
    session.dispose();
  });

  it('a long new draft is prepared in slices of SLICE_MS, one task each; typing between slices drops the rest', async () => {
    const { session, analyze, prepare, type } = setUp();
    await started();
    analyze.mockClear();
    // A clock that moves 5 ms each time it is read: every slice must stop on its own deadline.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const long = Array.from({ length: 120 }, (_, i) => `Our product number ${i} ships with ${i + 2} features for the ${i}th team.`).join(' ');
    prepare.mockClear();
    type(long);
    vi.advanceTimersByTime(PAUSE_MS - 1);
    vi.advanceTimersToNextTimer();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(analyze).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    // More typing: the remaining slices of the old text are dropped.
    type(`${long} Thanks.`);
    expect(vi.getTimerCount()).toBe(1);
    prepare.mockClear();
    vi.advanceTimersByTime(PAUSE_MS - 1);
    vi.advanceTimersToNextTimer();
    let slices = 1;
    while (analyze.mock.calls.length === 0) {
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersToNextTimer();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(3);
    expect(analyze).toHaveBeenCalledTimes(1);
    const analysed = analyze.mock.calls[0]![0];
    expect(analysed.trim().endsWith('Thanks.')).toBe(true);
    expect(prepare.mock.calls.map(([text]) => text)).toEqual(Array(slices).fill(analysed));
    expect(session.state('gmail')).toMatchObject({ status: 'results', current: true });
    expect(SLICE_MS).toBeLessThan(50);
    session.dispose();
  });

  it('a resting pointer opens a card that closes when it leaves; a clicked card stays', async () => {
    const { editor, session, type } = setUp();
    await started();
    type(SELF);
    vi.advanceTimersByTime(PAUSE_MS);
    // No layout here: every underline claims the box (0,0)–(300,20).
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 300, top: 0, bottom: 20 }] as unknown as DOMRectList);
    const card = () => document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover') ?? null;
    const move = (x: number, y: number) => editor.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true })));

    move(10, 10);
    vi.advanceTimersByTime(HOVER_MS - 1);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(drawnText(card()!)).toContain('Just following up');
    expect(document.activeElement).not.toBe(card()?.querySelector('button'));
    move(10, 200);
    vi.advanceTimersByTime(HOVER_MS);
    expect(card()).toBeNull();

    // Opened by a click (the caret in the underlined words): moving away leaves it open.
    const text = editor.querySelector('#line')!.firstChild!;
    document.getSelection()!.collapse(text, 3);
    editor.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(card()).not.toBeNull();
    move(10, 200);
    editor.dispatchEvent(trusted(new PointerEvent('pointerleave')));
    vi.advanceTimersByTime(HOVER_MS * 3);
    expect(card()).not.toBeNull();

    // Clicked open while resting on the words, then closed with Escape at once: it stays closed.
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card()).toBeNull();
    move(10, 10);
    editor.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(card()).not.toBeNull();
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    vi.advanceTimersByTime(HOVER_MS * 3);
    expect(card()).toBeNull();
    session.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a page's synthetic key, click and pointer events open nothing and move no focus; the user's own do", async () => {
    const { editor, session, type } = setUp();
    await started();
    type(SELF);
    vi.advanceTimersByTime(PAUSE_MS);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 300, top: 0, bottom: 20 }] as unknown as DOMRectList);
    const card = () => document.querySelector('[data-ow-test-host]')?.shadowRoot?.querySelector('.ow-popover') ?? null;
    editor.focus();
    document.getSelection()!.collapse(editor.querySelector('#line')!.firstChild!, 3);
    const events = () => [
      new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true }),
      new MouseEvent('click', { bubbles: true }),
      new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }),
    ];
    for (const event of events()) editor.dispatchEvent(event);
    vi.advanceTimersByTime(HOVER_MS * 3);
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(editor);
    // The same events from the user do act (so the check above can fail).
    for (const [index, event] of events().entries()) {
      editor.dispatchEvent(trusted(event));
      vi.advanceTimersByTime(HOVER_MS);
      expect(card(), String(index)).not.toBeNull();
      editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      expect(card()).toBeNull();
    }
    session.dispose();
  });

  it('analyses a saved draft without waiting for the stored dismissals, and shows nothing until they are in', async () => {
    let loaded: (prints: string[]) => void = () => undefined;
    const first = createAnalyzer().analyze(SELF).findings.find((f) => f.ruleId === 'chasing')!;
    const { line, session, analyze, highlights } = setUp(() => new Promise((resolve) => (loaded = resolve)));
    line.textContent = SELF;
    vi.advanceTimersByTime(0);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(highlights.set).not.toHaveBeenCalled();
    expect(session.state('gmail')).toMatchObject({ status: 'analysing' });
    loaded([first.fingerprint]);
    await vi.advanceTimersByTimeAsync(0);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(highlights.set).toHaveBeenCalledTimes(1);
    const state = session.state('gmail');
    expect(state.status === 'results' && state.report.findings.map((f) => f.ruleId)).not.toContain('chasing');
    expect(state.status === 'results' && state.report.findings.length).toBeGreaterThan(0);
    session.dispose();
  });

  it('dispose() releases listeners and timers: nothing runs after it', async () => {
    const { session, analyze, type } = setUp();
    await started();
    type(SELF);
    session.dispose();
    analyze.mockClear();
    vi.advanceTimersByTime(PAUSE_MS * 10);
    type(`${SELF} More.`);
    vi.advanceTimersByTime(PAUSE_MS * 10);
    expect(analyze).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
