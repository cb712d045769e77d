// Where one editor's badge sits, with a stub view of its lines: on the bottom border at the right
// when no text is there, below the editor when a line runs under that corner, none while the
// editor is not laid out, and the lines of a draft too long to analyse (or a huge pasted one)
// are never measured.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_HEIGHT, BADGE_WIDTH } from '../ui/inline/InlineApp';
import { badgeBox } from './badge';
import type { Rect } from './geometry';
import { MAX_EDITOR_CHARS } from './scheduler';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height, right: left + width, bottom: top + height });
/** The editor at (100, 100), 600 by 300, all of it in view (happy-dom's viewport is 1024 by 768). */
const EDITOR = rect(100, 100, 600, 300);

function setUp(lines: Rect[], box: Rect = EDITOR) {
  const editor = document.createElement('div');
  editor.textContent = 'Draft text.';
  document.body.append(editor);
  vi.spyOn(editor, 'getBoundingClientRect').mockReturnValue(box as DOMRect);
  const view = { textLines: vi.fn(() => lines as DOMRect[]), visibleBox: vi.fn(() => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom })) };
  return { editor, view };
}

describe('badgeBox', () => {
  afterEach(() => document.body.replaceChildren());

  it('sits on the bottom border at the right when no line of text is there', () => {
    const { editor, view } = setUp([rect(110, 110, 400, 20)]);
    const top = 400 - BADGE_HEIGHT / 2;
    expect(badgeBox(editor, view, false)).toEqual({ left: 700 - BADGE_WIDTH - 8, top, right: 700 - 8, bottom: top + BADGE_HEIGHT });
  });

  it('goes below the editor when a line of text runs under the bottom-right corner', () => {
    const { editor, view } = setUp([rect(110, 370, 580, 20)]);
    expect(badgeBox(editor, view, false)).toEqual({ left: 700 - BADGE_WIDTH, top: 404, right: 700, bottom: 404 + BADGE_HEIGHT });
  });

  it('places against the box it is given rather than reading the editor again', () => {
    const { editor, view } = setUp([]);
    const moved = rect(0, 0, 300, 200);
    expect(badgeBox(editor, view, false, moved as DOMRect)).toMatchObject({ right: 300 - 8, top: 200 - BADGE_HEIGHT / 2 });
    expect(editor.getBoundingClientRect).not.toHaveBeenCalled();
  });

  it('is null while the editor is not laid out, without measuring anything', () => {
    const { editor, view } = setUp([], rect(0, 0, 0, 0));
    expect(badgeBox(editor, view, false)).toBeNull();
    expect(view.textLines).not.toHaveBeenCalled();
    expect(view.visibleBox).not.toHaveBeenCalled();
  });

  it('does not measure the lines of a draft too long to analyse, nor of a huge editor', () => {
    const under = [rect(110, 370, 580, 20)];
    const tooLong = setUp(under);
    // Unmeasured, the line under the corner is not seen: the badge stays on the border.
    expect(badgeBox(tooLong.editor, tooLong.view, true)).toMatchObject({ top: 400 - BADGE_HEIGHT / 2 });
    expect(tooLong.view.textLines).not.toHaveBeenCalled();
    const huge = setUp(under);
    huge.editor.textContent = 'x'.repeat(MAX_EDITOR_CHARS + 1);
    expect(badgeBox(huge.editor, huge.view, false)).toMatchObject({ top: 400 - BADGE_HEIGHT / 2 });
    expect(huge.view.textLines).not.toHaveBeenCalled();
    huge.editor.textContent = 'x'.repeat(MAX_EDITOR_CHARS);
    expect(badgeBox(huge.editor, huge.view, false)).toMatchObject({ top: 404 });
    expect(huge.view.textLines).toHaveBeenCalledTimes(1);
  });
});
