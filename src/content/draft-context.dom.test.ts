// The context a draft answers, on its own with a stub composer: read from the page only while the
// editor has focus (also inside a shadow root), again at each focus, `changed` only when a read
// differs, dropped when the settings switch it off, and no reading after the session ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftContextInput } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../platform/settings';
import { DraftContext } from './draft-context';

const DANA: DraftContextInput = { kind: 'message', text: 'Does it work with Xero?', names: ['Dana Whitfield'] };
const SAM: DraftContextInput = { kind: 'post', text: 'We ship on Fridays.', names: ['Sam Ortiz'] };
const OFF = { ...DEFAULT_SETTINGS, readContext: false } as Settings;

function setUp(root: Document | ShadowRoot = document) {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  const elsewhere = document.createElement('button');
  (root === document ? document.body : root).append(editor, elsewhere);
  let page: DraftContextInput | null = DANA;
  const composer = { editor, context: vi.fn(() => page) };
  const settings = { current: DEFAULT_SETTINGS as Settings };
  const context = new DraftContext(composer, () => settings.current);
  const controller = new AbortController();
  const changed = vi.fn();
  return { editor, elsewhere, composer, settings, context, controller, changed, setPage: (next: DraftContextInput | null) => (page = next) };
}

describe('DraftContext', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads nothing until the editor gains focus, then at each focus; `changed` only when the read differs', () => {
    const { editor, elsewhere, composer, context, controller, changed, setPage } = setUp();
    elsewhere.focus();
    context.listen(controller.signal, changed);
    expect(composer.context).not.toHaveBeenCalled();
    expect(context.current).toBeNull();
    editor.focus();
    expect(composer.context).toHaveBeenCalledTimes(1);
    expect(context.current).toEqual(DANA);
    expect(changed).toHaveBeenCalledTimes(1);
    // Focused again on the same page: read again, nothing changed.
    elsewhere.focus();
    editor.focus();
    expect(composer.context).toHaveBeenCalledTimes(2);
    expect(changed).toHaveBeenCalledTimes(1);
    // The page now shows another post: the next focus reads it.
    setPage(SAM);
    elsewhere.focus();
    editor.focus();
    expect(context.current).toEqual(SAM);
    expect(changed).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('reads at once when the editor already has focus (without calling `changed`: nothing was analysed yet)', () => {
    const { editor, composer, context, controller, changed } = setUp();
    editor.focus();
    context.listen(controller.signal, changed);
    expect(composer.context).toHaveBeenCalledTimes(1);
    expect(context.current).toEqual(DANA);
    expect(changed).not.toHaveBeenCalled();
    controller.abort();
  });

  it('sees focus on an editor inside a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const { editor, composer, context, controller, changed } = setUp(host.attachShadow({ mode: 'open' }));
    editor.focus();
    context.listen(controller.signal, changed);
    expect(composer.context).toHaveBeenCalledTimes(1);
    expect(context.current).toEqual(DANA);
    controller.abort();
  });

  it('switched off, reads nothing and drops what was read, with or without focus; back on, reads at the refresh while focused', () => {
    const { editor, elsewhere, composer, settings, context, controller, changed } = setUp();
    editor.focus();
    context.listen(controller.signal, changed);
    expect(context.current).toEqual(DANA);
    settings.current = OFF;
    elsewhere.focus();
    context.refresh();
    expect(context.current).toBeNull();
    editor.focus();
    expect(composer.context).toHaveBeenCalledTimes(1);
    expect(context.current).toBeNull();
    settings.current = DEFAULT_SETTINGS as Settings;
    context.refresh();
    expect(composer.context).toHaveBeenCalledTimes(2);
    expect(context.current).toEqual(DANA);
    // Switched off again while focused: dropped at the refresh too.
    settings.current = OFF;
    context.refresh();
    expect(context.current).toBeNull();
    controller.abort();
  });

  it('a refresh without focus neither reads nor forgets while reading is on', () => {
    const { editor, elsewhere, composer, context, controller, changed } = setUp();
    editor.focus();
    context.listen(controller.signal, changed);
    elsewhere.focus();
    context.refresh();
    expect(composer.context).toHaveBeenCalledTimes(1);
    expect(context.current).toEqual(DANA);
    controller.abort();
  });

  it('reads nothing more once the signal is aborted', () => {
    const { editor, elsewhere, composer, context, controller, changed } = setUp();
    elsewhere.focus();
    context.listen(controller.signal, changed);
    controller.abort();
    editor.focus();
    expect(composer.context).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
  });
});
