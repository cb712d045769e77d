/**
 * The text model of an editor: one walk over its DOM gives the analysable text (excluded
 * subtrees left out, blocks and <br> as line breaks) and an exact map from text offsets back to
 * DOM positions, so highlights and edits land on the words the analyser saw.
 */
import type { Edit, Span } from '../../core/types';
import type { ApplyResult, TextSnapshot } from '../types';

/** A run of text from one DOM text node: text offsets [start, start + length) ↔ node offsets [from, from + length). */
interface Run {
  node: Text;
  start: number;
  from: number;
  length: number;
}

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);

/** A snapshot of a contenteditable editor. `isExcluded` says which subtrees the analyser must not see. */
export function snapshotEditable(editor: HTMLElement, isExcluded: (element: Element) => boolean): TextSnapshot {
  const runs: Run[] = [];
  let text = '';
  const breakLine = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data.replace(/\u00a0/g, ' ');
        if (value.length > 0) {
          runs.push({ node: child as Text, start: text.length, from: 0, length: value.length });
          text += value;
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP.has(element.tagName) || isExcluded(element)) {
          // An excluded block still separates the text around it.
          if (BLOCK.has(element.tagName) || isExcluded(element)) breakLine();
          continue;
        }
        if (element.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.has(element.tagName);
        if (block) breakLine();
        walk(element);
        if (block) breakLine();
      }
    }
  };
  walk(editor);
  // The `-- ` line starts a plain-text signature: everything from it on is not analysed.
  const signature = /(^|\n)-- ?\n/.exec(text);
  if (signature) {
    const cut = signature.index + signature[1]!.length;
    text = text.slice(0, cut);
    while (runs.length > 0 && runs[runs.length - 1]!.start >= cut) runs.pop();
    const last = runs[runs.length - 1];
    if (last && last.start + last.length > cut) last.length = cut - last.start;
  }
  const version = text;

  /** The DOM position of a text offset; `preferEnd` picks the end of a run over the start of the next. */
  const position = (offset: number, preferEnd: boolean): [Text, number] | null => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (offset < run.start) hi = mid - 1;
      else if (offset > run.start + run.length || (offset === run.start + run.length && !preferEnd)) lo = mid + 1;
      else return [run.node, run.from + (offset - run.start)];
    }
    // Offsets on a line break: use the neighbouring run.
    const next = runs.find((r) => r.start >= offset);
    if (next) return [next.node, next.from];
    const last = runs[runs.length - 1];
    return last ? [last.node, last.from + last.length] : null;
  };

  return {
    text: version,
    rangeFor(span: Span): Range | null {
      if (span.start < 0 || span.end > version.length || span.start > span.end) return null;
      const a = position(span.start, false);
      const b = position(span.end, true);
      if (!a || !b || !a[0].isConnected || !b[0].isConnected) return null;
      const range = editor.ownerDocument.createRange();
      try {
        range.setStart(a[0], Math.min(a[1], a[0].length));
        range.setEnd(b[0], Math.min(b[1], b[0].length));
      } catch {
        return null;
      }
      return range;
    },
    spanFor(range: Range): Span | null {
      const offsetOf = (node: Node, offset: number): number | null => {
        const run = runs.find((r) => r.node === node && offset >= r.from && offset <= r.from + r.length);
        return run ? run.start + (offset - run.from) : null;
      };
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      return start === null || end === null ? null : { start, end };
    },
  };
}

/** A snapshot of a textarea: its value is the text; there are no DOM ranges inside it. */
export function snapshotTextarea(textarea: HTMLTextAreaElement): TextSnapshot {
  const text = textarea.value;
  return {
    text,
    rangeFor: () => null,
    spanFor: () => null,
  };
}

/**
 * Apply an edit through the editor's own input path: select exactly the span, then
 * `insertText` (or `delete`), so the browser's undo stack and the site's listeners see one
 * ordinary user edit. Refuses when the span no longer holds `expected`; checks the result.
 */
export function applyThroughInput(editor: HTMLElement, take: () => TextSnapshot, snapshot: TextSnapshot, edit: Edit, expected: string): ApplyResult {
  const now = take();
  if (now.text !== snapshot.text || now.text.slice(edit.start, edit.end) !== expected) return { ok: false, reason: 'stale' };
  const doc = editor.ownerDocument;
  const want = now.text.slice(0, edit.start) + edit.text + now.text.slice(edit.end);
  if (editor.tagName === 'TEXTAREA') {
    editor.focus();
    (editor as HTMLTextAreaElement).setSelectionRange(edit.start, edit.end);
  } else {
    edit = keepSpacesInText(now, edit);
    const range = now.rangeFor(edit);
    if (!range) return { ok: false, reason: 'failed' };
    editor.focus();
    const selection = doc.getSelection();
    if (!selection) return { ok: false, reason: 'failed' };
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const done = edit.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, edit.text);
  if (!done) return { ok: false, reason: 'failed' };
  const after = take().text;
  // Editors may normalise trailing whitespace; compare ignoring a trailing newline.
  return after === want || after.replace(/\n$/, '') === want.replace(/\n$/, '') ? { ok: true } : { ok: false, reason: 'failed' };
}

/**
 * A deletion between two spaces (`software. I hope… well. Just` → `software. Just`) is made as
 * the insertion of the earlier space and the next character over both: `delete` on such a span
 * left a no-break space in Firefox when the page had split the text into nodes that start with
 * a space (and either space of the two taken instead did the same), while an inserted space
 * between two characters stays a plain space. The text is the same; it is still one edit.
 */
function keepSpacesInText(now: TextSnapshot, edit: Edit): Edit {
  const { start, end } = edit;
  const space = now.text[start - 1];
  const next = now.text[end];
  if (edit.text !== '' || start < 1 || end <= start || space !== ' ' || now.text[end - 1] !== ' ' || next === undefined || /\s/.test(next)) return edit;
  return { start: start - 1, end: end + 1, text: space + next };
}
