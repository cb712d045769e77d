/**
 * Text that is drawn, not written: inside the page (the in-page card and badge), every string
 * is painted as CSS generated content from an attribute of an empty element, so no text node of
 * Outward's exists in the page for `window.find()`, a selection or a page's text walk to reach,
 * while the accessibility tree (which includes generated content) still reads it. Extension
 * pages (popup) render ordinary text: the context is false there.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/** True under the in-page UI: strings are drawn as generated content. */
export const DrawText = createContext(false);

/** The attribute the generated content reads. */
export const DRAWN_ATTRIBUTE = 'data-t';

export function Drawn({ text, class: className }: { text: string; class?: string }): ComponentChildren {
  if (useContext(DrawText)) return <span class={className ? `ow-drawn ${className}` : 'ow-drawn'} data-t={text} />;
  return className ? <span class={className}>{text}</span> : text;
}

/** Generated content for drawn strings, and no selection anywhere in the in-page UI. */
export const drawnCss = `
.ow-drawn::before { content: attr(${DRAWN_ATTRIBUTE}); }
* { -webkit-user-select: none; user-select: none; }
`;

/**
 * What a drawn subtree says, for tests (the instrumented build's open root) and nothing else:
 * its text nodes and drawn strings in document order.
 */
export function drawnText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else text += (node as Element).getAttribute(DRAWN_ATTRIBUTE) ?? '';
  }
  return text;
}
