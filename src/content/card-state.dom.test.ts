// The card and hover state machine on its own, with fake timers and a stub editor: which card is
// open after resting the pointer, clicking, Alt+Shift+N, Escape; a refused apply holds its card
// open with a message; a new analysis closes a card whose finding is gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/types';
import type { FindingView } from '../platform/protocol';
import { CardState, HOVER_MS, findingAtCaret, nextFinding, type CardDeps } from './card-state';

const view = (id: string): FindingView => ({ id, excerpt: `words of ${id}` }) as FindingView;
const finding = (start: number, end: number, level: Finding['level'] = 'phrase'): Finding => ({ start, end, level }) as Finding;

/** Two findings: "a" under the point (10, 10), "b" under (10, 50). */
function setUp(overrides: Partial<CardDeps> = {}) {
  let views = [view('a'), view('b')];
  const deps = {
    ready: vi.fn(() => true),
    findingAt: vi.fn(({ y }: { x: number; y: number }) => (y < 20 ? 'a' : y < 60 ? 'b' : null)),
    atCaret: vi.fn((): string | null => 'a'),
    next: vi.fn((): string | null => 'b'),
    wordsOf: vi.fn((id: string) => (id === 'a' ? { left: 0, right: 100, top: 0, bottom: 20 } : { left: 0, right: 100, top: 40, bottom: 60 })),
    view: vi.fn((id: string) => views.find((v) => v.id === id)),
    ours: vi.fn(() => false),
    ignorePhrase: vi.fn(() => Promise.resolve()),
    editorBox: vi.fn(() => ({ left: 0, right: 600, top: 0, bottom: 300 })),
    paint: vi.fn(),
    focusCard: vi.fn(),
    saveSelection: vi.fn(),
    returnToEditor: vi.fn(),
    ...overrides,
  };
  const card = new CardState(deps);
  return { card, deps, setViews: (next: FindingView[]) => (views = next) };
}

/** An event as the browser makes it for the user's own input. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('CardState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card after the pointer rests HOVER_MS on an underline, and closes it when the pointer leaves', () => {
    const { card, deps } = setUp();
    card.pointerAt({ x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_MS - 1);
    expect(card.open).toBeNull();
    vi.advanceTimersByTime(1);
    expect(card.activeId).toBe('a');
    expect(deps.saveSelection).toHaveBeenCalledTimes(1);
    expect(deps.focusCard).not.toHaveBeenCalled();
    // Resting on another underline moves the hover card there.
    card.pointerAt({ x: 10, y: 50 });
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.activeId).toBe('b');
    card.pointerAt(null);
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.open).toBeNull();
  });

  it('keeps a hover card while the pointer is over the card, and closes it once it leaves the card', () => {
    const { card } = setUp();
    card.pointerAt({ x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_MS);
    card.cardPointer('enter');
    card.pointerAt(null);
    vi.advanceTimersByTime(HOVER_MS * 2);
    expect(card.activeId).toBe('a');
    card.cardPointer('leave');
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.open).toBeNull();
  });

  it('a pointer down in a hover card makes it stay; a card opened by click is not replaced by hovering', () => {
    const { card } = setUp();
    card.pointerAt({ x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_MS);
    card.cardPointer('down');
    card.cardPointer('leave');
    card.pointerAt(null);
    vi.advanceTimersByTime(HOVER_MS * 2);
    expect(card.activeId).toBe('a');
    card.pointerAt({ x: 10, y: 50 });
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.activeId).toBe('a');
  });

  it('does nothing on a rest while the draft is not analysed, and nothing after dispose', () => {
    const ready = vi.fn(() => false);
    const { card, deps } = setUp({ ready });
    card.pointerAt({ x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.open).toBeNull();
    ready.mockReturnValue(true);
    card.pointerAt({ x: 10, y: 10 });
    card.dispose();
    vi.advanceTimersByTime(HOVER_MS);
    expect(card.open).toBeNull();
    expect(deps.paint).not.toHaveBeenCalled();
  });

  it("listens to the user's click, Alt+Shift+N and Escape in the editor, never to a page's synthetic events", () => {
    const { card, deps } = setUp();
    const editor = document.createElement('div');
    document.body.appendChild(editor);
    const controller = new AbortController();
    card.listen(editor, controller.signal);
    const altN = () => new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true });
    editor.dispatchEvent(new MouseEvent('click'));
    editor.dispatchEvent(altN());
    expect(card.open).toBeNull();
    editor.dispatchEvent(trusted(new MouseEvent('click')));
    expect(card.activeId).toBe('a');
    expect(deps.focusCard).not.toHaveBeenCalled();
    editor.dispatchEvent(trusted(altN()));
    expect(card.activeId).toBe('b');
    expect(deps.focusCard).toHaveBeenCalledTimes(1);
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(card.open).toBeNull();
    expect(deps.returnToEditor).toHaveBeenCalledTimes(1);
    controller.abort();
    editor.dispatchEvent(trusted(new MouseEvent('click')));
    expect(card.open).toBeNull();
    editor.remove();
  });

  it('the badge toggles the list above it; the list is not an underline', () => {
    const { card, deps } = setUp();
    card.toggleList({ left: 500, right: 588, top: 280, bottom: 304 });
    expect(card.open?.findingId).toBe('list');
    expect(card.activeId).toBeNull();
    expect(deps.focusCard).toHaveBeenCalledTimes(1);
    card.toggleList({ left: 500, right: 588, top: 280, bottom: 304 });
    expect(card.open).toBeNull();
  });

  it('a stale apply holds the card open with its message through an analysis without its finding', () => {
    const { card, setViews } = setUp();
    card.openFinding('a', true);
    card.apply('a', () => ({ ok: false, reason: 'stale' }));
    expect(card.status).toMatch(/changed/);
    expect(card.held?.id).toBe('a');
    setViews([view('b')]);
    card.analysed();
    expect(card.activeId).toBe('a');
    // Applying a held card again is refused without trying.
    const apply = vi.fn(() => ({ ok: true }) as const);
    card.apply('a', apply);
    expect(apply).not.toHaveBeenCalled();
    // Letting go of the message closes the held card, its finding being gone.
    card.release();
    expect(card.open).toBeNull();
    expect(card.status).toBeUndefined();
  });

  it('a card whose finding is gone after an analysis closes; a failed apply says so', () => {
    const { card, setViews } = setUp();
    card.openFinding('b', false);
    card.apply('b', () => ({ ok: false, reason: 'failed' }));
    expect(card.status).toMatch(/could not be applied/);
    expect(card.held).toBeNull();
    setViews([view('a')]);
    card.analysed();
    expect(card.open).toBeNull();
  });

  it('"Don\'t flag this phrase" closes the card once kept, and shows the reason when refused', async () => {
    const ignorePhrase = vi.fn().mockRejectedValueOnce(new Error('The list is full.')).mockResolvedValueOnce(undefined);
    const { card } = setUp({ ignorePhrase });
    card.openFinding('a', false);
    card.ignorePhrase('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(ignorePhrase).toHaveBeenCalledWith('words of a');
    expect(card.status).toBe('The list is full.');
    expect(card.activeId).toBe('a');
    card.ignorePhrase('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(card.open).toBeNull();
    expect(card.status).toBeUndefined();
  });

  it('follows its words, or the badge, when the page moves', () => {
    const { card, deps } = setUp();
    card.openFinding('a', false);
    const before = card.open;
    vi.mocked(deps.wordsOf).mockReturnValue({ left: 0, right: 100, top: 200, bottom: 220 });
    card.place(null);
    expect(card.open?.y).not.toBe(before?.y);
    card.toggleList({ left: 500, right: 588, top: 280, bottom: 304 });
    const list = card.open;
    card.place({ left: 300, right: 388, top: 280, bottom: 304 });
    expect(card.open?.x).not.toBe(list?.x);
  });
});

describe('findingAtCaret and nextFinding', () => {
  const findings = [finding(0, 0, 'draft'), finding(5, 10), finding(20, 30)];
  const views = [view('d'), view('p'), view('q')];

  it('finds the finding the caret is in (never a draft-level one)', () => {
    expect(findingAtCaret(findings, views, { start: 7, end: 7 })).toBe('p');
    expect(findingAtCaret(findings, views, { start: 10, end: 10 })).toBeNull();
    expect(findingAtCaret(findings, views, null)).toBeNull();
  });

  it('moves to the next finding after the caret, wrapping to the first', () => {
    expect(nextFinding(findings, views, 10)).toBe('q');
    expect(nextFinding(findings, views, 25)).toBe('p');
    expect(nextFinding([finding(0, 0, 'draft')], [view('d')], -1)).toBeNull();
  });
});
