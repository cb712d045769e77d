/**
 * Where the score badge sits for one editor: at a corner of the editor's visible box that no line
 * of the draft's text reaches (geometry.ts `badgePosition` chooses from the measured lines).
 */
import { BADGE_HEIGHT, BADGE_WIDTH } from '../ui/inline/InlineApp';
import type { EditorView } from './editor-view';
import { badgePosition, boxAt, type Box } from './geometry';
import { MAX_EDITOR_CHARS, rawLength } from './scheduler';

const BADGE = { width: BADGE_WIDTH, height: BADGE_HEIGHT };

/**
 * The badge's box (never over the draft's text), or null while the editor is not laid out.
 * `tooLong`: the draft is past what Outward analyses; `rect`: the editor's box, when already read.
 */
export function badgeBox(editor: HTMLElement, view: Pick<EditorView, 'textLines' | 'visibleBox'>, tooLong: boolean, rect = editor.getBoundingClientRect()): Box | null {
  if (rect.width <= 0 || rect.height <= 0) return null;
  // A huge draft (a pasted document) is not measured line by line: that alone blocks the page.
  const lines = tooLong || rawLength(editor) > MAX_EDITOR_CHARS ? [] : view.textLines();
  const at = badgePosition(rect, lines, view.visibleBox(), { width: window.innerWidth, height: window.innerHeight }, BADGE);
  return at && boxAt(at, BADGE);
}
