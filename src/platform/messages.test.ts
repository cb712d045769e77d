import { describe, expect, test, vi } from 'vitest';
import {
  handleBackgroundRequests,
  handleTabRequests,
  isBackgroundRequest,
  isTabRequest,
  NoAnswerError,
  sendToBackground,
  sendToTab,
  type MessageListener,
  type RuntimeLike,
  type TabHandlers,
} from './messages';

/** A fake runtime that records listeners and lets the test deliver messages as a given sender. */
function fakeRuntime(id = 'outward-id') {
  const listeners = new Set<MessageListener>();
  const runtime: RuntimeLike = {
    id,
    sendMessage: vi.fn(async () => undefined),
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  /** Delivers a message; each listener's answer is a promise of what it sent back, or undefined if it declined. */
  const deliver = (message: unknown, sender: { id?: string } = { id }) =>
    [...listeners].map((listener) => {
      let respond: (value: unknown) => void = () => undefined;
      const answer = new Promise<unknown>((resolve) => (respond = resolve));
      return listener(message, sender, respond) === true ? answer : undefined;
    });
  return { runtime, listeners, deliver };
}

const tabHandlers = (): TabHandlers => ({
  'tab/state': vi.fn(() => ({ status: 'no-composer' as const, site: 'gmail' as const })),
  'tab/apply': vi.fn(() => ({ ok: true as const })),
  'tab/show': vi.fn(() => ({ ok: true })),
  'tab/dismiss': vi.fn(async () => ({ ok: true })),
});

describe('validators', () => {
  test.each([
    [{ type: 'tab/state' }, true],
    [{ type: 'tab/apply', findingId: 'f1', suggestionIndex: 0 }, true],
    [{ type: 'tab/apply', findingId: 'f1', suggestionIndex: -1 }, false],
    [{ type: 'tab/apply', findingId: 'f1', suggestionIndex: 1.5 }, false],
    [{ type: 'tab/apply', findingId: 'f1' }, false],
    [{ type: 'tab/show', findingId: '' }, false],
    [{ type: 'tab/show', findingId: 7 }, false],
    [{ type: 'tab/dismiss', findingId: 'f2' }, true],
    [{ type: 'tab/other' }, false],
    [null, false],
    ['tab/state', false],
    [[{ type: 'tab/state' }], false],
  ])('isTabRequest(%j) is %s', (value, expected) => {
    expect(isTabRequest(value)).toBe(expected);
  });

  test.each([
    [{ type: 'options/open' }, true],
    [{ type: 'firstrun/open' }, true],
    [{ type: 'tab/state' }, false],
    [undefined, false],
  ])('isBackgroundRequest(%j) is %s', (value, expected) => {
    expect(isBackgroundRequest(value)).toBe(expected);
  });
});

describe('handleTabRequests', () => {
  test('routes each kind to its handler and answers with its result', async () => {
    const { runtime, deliver } = fakeRuntime();
    const handlers = tabHandlers();
    handleTabRequests(handlers, runtime);
    const [answer] = deliver({ type: 'tab/apply', findingId: 'f1', suggestionIndex: 2 });
    expect(await answer).toEqual({ ok: true });
    expect(handlers['tab/apply']).toHaveBeenCalledWith({ type: 'tab/apply', findingId: 'f1', suggestionIndex: 2 }, { id: 'outward-id' });
    expect(await deliver({ type: 'tab/dismiss', findingId: 'f1' })[0]).toEqual({ ok: true });
    expect(await deliver({ type: 'tab/state' })[0]).toEqual({ status: 'no-composer', site: 'gmail' });
  });

  test('ignores other senders and malformed payloads without throwing', () => {
    const { runtime, deliver } = fakeRuntime();
    const handlers = tabHandlers();
    handleTabRequests(handlers, runtime);
    expect(deliver({ type: 'tab/state' }, { id: 'another-extension' })).toEqual([undefined]);
    expect(deliver({ type: 'tab/state' }, {})).toEqual([undefined]);
    expect(deliver({ type: 'tab/apply', findingId: 'f1', suggestionIndex: 'x' })).toEqual([undefined]);
    expect(deliver('garbage')).toEqual([undefined]);
    expect(deliver(undefined)).toEqual([undefined]);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  test('a throwing handler answers "nothing", not an exception in the listener', async () => {
    const { runtime, deliver } = fakeRuntime();
    handleTabRequests({ ...tabHandlers(), 'tab/show': () => { throw new Error('boom'); } }, runtime);
    const answers = deliver({ type: 'tab/show', findingId: 'f1' });
    expect(answers[0]).toBeInstanceOf(Promise);
    expect(await answers[0]).toBeUndefined();
  });

  test('stops listening when asked', () => {
    const { runtime, listeners } = fakeRuntime();
    const stop = handleTabRequests(tabHandlers(), runtime);
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('handleBackgroundRequests', () => {
  test('routes requests from this extension only', async () => {
    const { runtime, deliver } = fakeRuntime();
    const open = vi.fn(() => ({ ok: true }));
    handleBackgroundRequests({ 'options/open': open, 'firstrun/open': () => ({ ok: false }) }, runtime);
    expect(await deliver({ type: 'options/open' })[0]).toEqual({ ok: true });
    expect(await deliver({ type: 'firstrun/open' })[0]).toEqual({ ok: false });
    expect(deliver({ type: 'options/open' }, { id: 'evil' })).toEqual([undefined]);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('senders', () => {
  test('sendToTab returns the answer', async () => {
    const tabs = { sendMessage: vi.fn(async () => ({ status: 'no-composer', site: 'linkedin' })) };
    expect(await sendToTab(4, { type: 'tab/state' }, { tabs })).toEqual({ status: 'no-composer', site: 'linkedin' });
    expect(tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'tab/state' });
  });

  test('sendToTab turns "no receiver" and silence into NoAnswerError', async () => {
    const failing = { sendMessage: vi.fn(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); }) };
    await expect(sendToTab(1, { type: 'tab/state' }, { tabs: failing })).rejects.toBeInstanceOf(NoAnswerError);
    const silent = { sendMessage: vi.fn(async () => undefined) };
    await expect(sendToTab(1, { type: 'tab/state' }, { tabs: silent })).rejects.toBeInstanceOf(NoAnswerError);
  });

  test('sendToBackground returns the answer', async () => {
    const { runtime } = fakeRuntime();
    runtime.sendMessage = vi.fn(async () => ({ ok: true }));
    expect(await sendToBackground({ type: 'options/open' }, { runtime })).toEqual({ ok: true });
  });
});
