/**
 * Underlines with the CSS Custom Highlight API: one named highlight per category, shared by
 * every composer on the page, so nothing is ever written inside an editor. The styles go into
 * the document (and into any shadow root that holds a composer).
 */
import { CATEGORIES, CATEGORY_IDS } from '../core/categories';
import type { CategoryId } from '../core/types';

export const HIGHLIGHT_PREFIX = 'outward-';

function css(): string {
  const rules = (theme: 'light' | 'dark'): string =>
    CATEGORY_IDS.map(
      (id) =>
        `::highlight(${HIGHLIGHT_PREFIX}${id}) { text-decoration: underline wavy ${CATEGORIES[id].color[theme]}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: color-mix(in srgb, ${CATEGORIES[id].color[theme]} 12%, transparent); }`,
    ).join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`;
}

export class Highlights {
  private readonly bySession = new Map<string, Array<{ category: CategoryId; range: Range }>>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  /** Whether this browser can draw highlights (if not, the badge and cards still work). */
  readonly supported: boolean =
    typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';

  /** Make sure the underline styles exist in the root that holds `editor`. */
  style(editor: Element): void {
    const root = editor.getRootNode() as Document | ShadowRoot;
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const doc = editor.ownerDocument;
    const style = doc.createElement('style');
    style.setAttribute('data-outward-host', '');
    style.textContent = css();
    (root.nodeType === 9 ? doc.head ?? doc.documentElement : (root as ShadowRoot)).appendChild(style);
  }

  set(sessionId: string, ranges: Array<{ category: CategoryId; range: Range }>): void {
    if (ranges.length === 0) this.bySession.delete(sessionId);
    else this.bySession.set(sessionId, ranges);
    this.flush();
  }

  clear(sessionId: string): void {
    if (this.bySession.delete(sessionId)) this.flush();
  }

  private flush(): void {
    if (!this.supported) return;
    const registry = CSS.highlights;
    for (const id of CATEGORY_IDS) {
      const ranges: Range[] = [];
      for (const list of this.bySession.values()) for (const r of list) if (r.category === id) ranges.push(r.range);
      const name = `${HIGHLIGHT_PREFIX}${id}`;
      if (ranges.length === 0) registry.delete(name);
      else registry.set(name, new Highlight(...ranges));
    }
  }
}
