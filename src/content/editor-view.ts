/**
 * What the content script reads from the editor's DOM, for a contenteditable root or a textarea
 * alike: the rects and text of a span of an analysed snapshot, the caret and selection, where the
 * text can be seen, its lines, the background it sits on. A textarea has no ranges inside, so
 * its text is measured in a mirror. Nothing here writes into the editor except selecting a
 * finding's words for the popup's "Show in draft" and putting back the user's own selection.
 */
import type { Edit, Span } from '../core/types';
import type { TextSnapshot } from '../sites/types';
import { textBox, visibleIn, type Box } from './geometry';
import { TextareaMirror } from './highlights';

/** Several edits of a suggestion as one replacement of the window they cover: one change, one undo. */
export function oneEdit(text: string, edits: readonly Edit[]): Edit {
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  let replacement = text.slice(start, end);
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    replacement = replacement.slice(0, e.start - start) + e.text + replacement.slice(e.end - start);
  }
  return { start, end, text: replacement };
}

/** The element that contains `node` for layout: its parent, or the host of its shadow root. */
const up = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);

export class EditorView {
  /** A textarea's text is measured in a mirror (it has no ranges inside). */
  private readonly mirror: TextareaMirror | null;

  constructor(
    readonly editor: HTMLElement,
    layer: ShadowRoot | HTMLElement,
  ) {
    this.mirror = editor.tagName === 'TEXTAREA' ? new TextareaMirror(layer, editor as HTMLTextAreaElement) : null;
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.mirror ? (this.editor as HTMLTextAreaElement) : null;
  }

  /** Client rects of a span of the snapshot's text, now. */
  rects(snapshot: TextSnapshot, span: Span): DOMRect[] {
    if (this.mirror) return this.mirror.rects(span);
    const range = snapshot.rangeFor(span);
    return range ? [...range.getClientRects()] : [];
  }

  /** The text of a span (what the overlay marks, for the instrumented build's tests). */
  text(snapshot: TextSnapshot, span: Span): string {
    if (this.mirror) return snapshot.text.slice(span.start, span.end);
    return snapshot.rangeFor(span)?.toString() ?? snapshot.text.slice(span.start, span.end);
  }

  /** The caret or selection in the editor as a span of the snapshot's text (null when outside). */
  caret(snapshot: TextSnapshot | null): Span | null {
    const textarea = this.textarea;
    if (textarea) return { start: textarea.selectionStart, end: textarea.selectionEnd };
    const selection = this.editor.ownerDocument.getSelection();
    return selection && selection.rangeCount > 0 && snapshot ? snapshot.spanFor(selection.getRangeAt(0)) : null;
  }

  /** The user's selection now, to put back later with `restoreSelection`. */
  selection(): Range | Span | null {
    const textarea = this.textarea;
    if (textarea) return { start: textarea.selectionStart, end: textarea.selectionEnd };
    const selection = this.editor.ownerDocument.getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  }

  restoreSelection(saved: Range | Span | null): void {
    if (!saved) return;
    if (saved instanceof Range || !this.mirror) {
      const selection = this.editor.ownerDocument.getSelection();
      selection?.removeAllRanges();
      if ('cloneRange' in saved) selection?.addRange(saved);
    } else (this.editor as HTMLTextAreaElement).setSelectionRange(saved.start, saved.end);
  }

  /** Scroll to a span's words and select them (the popup's "Show in draft"). */
  select(snapshot: TextSnapshot, span: Span): boolean {
    const textarea = this.textarea;
    if (textarea) {
      textarea.focus();
      textarea.setSelectionRange(span.start, span.end);
      textarea.scrollIntoView({ block: 'center' });
      return true;
    }
    const range = snapshot.rangeFor(span);
    if (!range) return false;
    const selection = this.editor.ownerDocument.getSelection();
    this.editor.focus();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (range.startContainer.parentElement ?? this.editor).scrollIntoView({ block: 'center' });
    return true;
  }

  /**
   * Where the editor's text can be seen: the editor's box inside its border (and sideways inside
   * its padding), cut by every ancestor that clips its overflow, and by the viewport.
   */
  visibleBox(): Box {
    const editor = this.editor;
    const view = editor.ownerDocument.defaultView ?? window;
    const style = view.getComputedStyle(editor);
    // Lines that scroll sideways (they do not wrap) show in the padding too.
    const inset = editor.scrollWidth > editor.clientWidth ? undefined : { left: parseFloat(style.paddingLeft) || 0, right: parseFloat(style.paddingRight) || 0 };
    const inside = textBox(editor.getBoundingClientRect(), { left: editor.clientLeft, top: editor.clientTop, width: editor.clientWidth, height: editor.clientHeight }, inset);
    const clippers: Box[] = [];
    for (let node = up(editor); node && node !== editor.ownerDocument.documentElement; node = up(node)) {
      const clips = view.getComputedStyle(node);
      if (clips.overflowX !== 'visible' || clips.overflowY !== 'visible') clippers.push(node.getBoundingClientRect());
    }
    return visibleIn(inside, clippers, { width: view.innerWidth, height: view.innerHeight });
  }

  /** The boxes of the editor's lines of text now (its text nodes', or the textarea's mirror's). */
  textLines(): DOMRect[] {
    const textarea = this.textarea;
    if (textarea && this.mirror) {
      const length = textarea.value.length;
      return length > 0 ? this.mirror.rects({ start: 0, end: length }) : [];
    }
    const doc = this.editor.ownerDocument;
    const walker = doc.createTreeWalker(this.editor, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    const lines: DOMRect[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue || node.nodeValue.trim() === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) lines.push(r);
    }
    return lines;
  }

  /** The background colours from the editor outwards, up to the first opaque one (nearest first). */
  backgrounds(): string[] {
    const view = this.editor.ownerDocument.defaultView ?? window;
    const layers: string[] = [];
    for (let node: Element | null = this.editor; node; node = up(node)) {
      const color = view.getComputedStyle(node).backgroundColor;
      layers.push(color);
      if (color.startsWith('rgb(') || /^#[0-9a-f]{6}$/i.test(color)) break;
    }
    return layers;
  }

  dispose(): void {
    this.mirror?.dispose();
  }
}

/**
 * Calls `moved` on the next frame whenever the editor may have moved: a scroll anywhere, a
 * resize of the window or of the editor. While `watching()`, one rect read per frame also
 * notices it moving for any other reason (a compose window dragged or docked, content above it
 * growing) and calls `moved` in that frame.
 */
export class Follower {
  private frame = 0;
  private watchFrame = 0;
  private lastBox = '';

  constructor(
    private readonly editor: HTMLElement,
    private readonly signal: AbortSignal,
    private readonly watching: () => boolean,
    private readonly moved: () => void,
  ) {
    const soon = (): void => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.moved());
    };
    window.addEventListener('scroll', soon, { signal, capture: true, passive: true });
    window.addEventListener('resize', soon, { signal, passive: true });
    // The editor growing, shrinking or moving with its window moves the words too.
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(soon);
      observer.observe(editor);
      signal.addEventListener('abort', () => observer.disconnect());
    }
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      cancelAnimationFrame(this.watchFrame);
    });
  }

  private box(): string {
    const r = this.editor.getBoundingClientRect();
    return `${r.left},${r.top},${r.width},${r.height}`;
  }

  /** Everything was just drawn where the editor is now: watch from here. */
  painted(): void {
    this.lastBox = this.box();
    this.watch();
  }

  private watch(): void {
    cancelAnimationFrame(this.watchFrame);
    if (this.signal.aborted || !this.watching()) return;
    this.watchFrame = requestAnimationFrame(() => {
      if (this.signal.aborted) return;
      const box = this.box();
      if (box !== this.lastBox) {
        this.lastBox = box;
        this.moved();
      } else this.watch();
    });
  }
}
