/** Test-only: parse `[[…]]` markers in rule examples into the plain text and the marked spans. */
import type { Span } from '../types';

export function parseMarkers(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i += 1) {
    if (marked.startsWith('[[', i) && open === -1 && !marked.startsWith('[[[', i + 1)) {
      open = text.length;
      i += 1;
    } else if (marked.startsWith(']]', i) && open !== -1 && !marked.startsWith(']]]', i)) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i += 1;
    } else {
      text += marked[i];
    }
  }
  if (open !== -1) throw new Error(`unclosed [[ in example: ${marked}`);
  return { text, spans };
}

/** Apply a suggestion's edits (any order) to a text. */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}
