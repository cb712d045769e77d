/**
 * The editor's geometry as pure functions over rects (viewport pixels): the box around a span's
 * rects, the part of the editor where its text can be seen, where the badge sits. The DOM is
 * read elsewhere (editor-view.ts); everything here is tested with plain numbers.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A laid-out rect (a DOMRect's numbers). */
export interface Rect extends Box {
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The box around the rects that are laid out (any width or height), or null when none is. */
export function boundingBox(rects: readonly Rect[]): Box | null {
  const laid = rects.filter((r) => r.width > 0 || r.height > 0);
  if (laid.length === 0) return null;
  return {
    left: Math.min(...laid.map((r) => r.left)),
    right: Math.max(...laid.map((r) => r.right)),
    top: Math.min(...laid.map((r) => r.top)),
    bottom: Math.max(...laid.map((r) => r.bottom)),
  };
}

/**
 * Where an element's text can be: inside its border (`rect` is its border box, `client` its
 * clientLeft/Top/Width/Height; a width or height of 0, as for an inline element, falls back to
 * the rect's), and, sideways, inside its padding (`inset`): a wrapped line never reaches into
 * it but a space hanging at its end does. Text scrolled up or down shows in the padding.
 */
export function textBox(rect: Rect, client: { left: number; top: number; width: number; height: number }, inset: { left: number; right: number } = { left: 0, right: 0 }): Box {
  const left = rect.left + client.left;
  const top = rect.top + client.top;
  const width = client.width || rect.width;
  return { left: left + Math.min(inset.left, width / 2), top, right: left + width - Math.min(inset.right, width / 2), bottom: top + (client.height || rect.height) };
}

/** `box` cut by every clipping box (the ancestors that clip their overflow) and by the viewport. */
export function visibleIn(box: Box, clippers: readonly Box[], viewport: Size): Box {
  let visible = box;
  for (const c of clippers) {
    visible = { left: Math.max(visible.left, c.left), top: Math.max(visible.top, c.top), right: Math.min(visible.right, c.right), bottom: Math.min(visible.bottom, c.bottom) };
  }
  return { left: Math.max(0, visible.left), top: Math.max(0, visible.top), right: Math.min(viewport.width, visible.right), bottom: Math.min(viewport.height, visible.bottom) };
}

/**
 * The part of a span's rect to draw inside the visible box `clip`, or null when none is seen. A
 * line cut by the bottom edge keeps its mark only while its underline (the bottom `underline`
 * pixels) is in view; whatever sticks out sideways (a space hanging past the end of a wrapped
 * line) is cut off.
 */
export function clipMark(rect: Box, clip: Box, underline: number): Box | null {
  if (rect.right - rect.left <= 0 || rect.bottom - rect.top <= 0) return null;
  if (rect.bottom > clip.bottom + underline) return null;
  const box = { left: Math.max(rect.left, clip.left), top: Math.max(rect.top, clip.top), right: Math.min(rect.right, clip.right), bottom: Math.min(rect.bottom, clip.bottom) };
  return box.right - box.left > 0 && box.bottom - box.top > 0 ? box : null;
}

/** Whether two boxes share some area (touching edges do not count). */
export function meets(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether a point lies on any of the rects (edges included). */
export function hits(rects: readonly Box[], { x, y }: Point): boolean {
  return rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/**
 * Where the badge sits: never over the draft's text. Tried in turn: on the editor's bottom
 * border at the right, below the editor, to its right, above it; the first that stays in the
 * viewport and meets no line of text in view wins (else the first, kept inside the viewport).
 * Null while the editor is not laid out.
 */
export function badgePosition(editor: Rect, lines: readonly Box[], visible: Box, viewport: Size, badge: Size): Point | null {
  if (editor.width <= 0 || editor.height <= 0) return null;
  const candidates: Point[] = [
    { x: editor.right - badge.width - 8, y: editor.bottom - badge.height / 2 },
    { x: editor.right - badge.width, y: editor.bottom + 4 },
    { x: editor.right + 4, y: editor.bottom - badge.height },
    { x: editor.right - badge.width, y: editor.top - badge.height - 4 },
  ];
  // Only the lines in view count (the rest are scrolled away inside the editor).
  const inView = lines.filter((l) => meets(l, visible));
  const fits = ({ x, y }: Point): boolean =>
    x >= 0 && y >= 0 && x + badge.width <= viewport.width && y + badge.height <= viewport.height &&
    !inView.some((l) => meets(l, { left: x, top: y, right: x + badge.width, bottom: y + badge.height }));
  const chosen = candidates.find(fits) ?? candidates[0]!;
  return { x: Math.max(4, Math.min(chosen.x, viewport.width - badge.width - 4)), y: Math.max(4, Math.min(chosen.y, viewport.height - badge.height - 4)) };
}

/** The box of something of `size` placed at `at`. */
export function boxAt(at: Point, size: Size): Box {
  return { left: at.x, top: at.y, right: at.x + size.width, bottom: at.y + size.height };
}
