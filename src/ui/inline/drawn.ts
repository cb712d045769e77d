/**
 * Text that is drawn, not written. Imported by the in-page UI only (the content script's one use
 * of Preact): every string child of an element becomes an empty span whose `data-t` attribute
 * the in-page stylesheet paints as CSS generated content (`.ow-drawn::before`). So no text node
 * of Outward's exists in the page for `window.find()`, a selection or a page's text walk to
 * reach, while the accessibility tree, which includes generated content, still reads every
 * string. Extension pages (the popup) never import this and render ordinary text.
 */
import { createElement, options } from 'preact';

function draw(children: unknown): unknown {
  if (typeof children === 'string' || typeof children === 'number') {
    return children === '' ? null : createElement('span', { class: 'ow-drawn', 'data-t': String(children) });
  }
  return Array.isArray(children) ? children.map(draw) : children;
}

const previous = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props as { children?: unknown } | null;
  if (typeof vnode.type === 'string' && props && props.children !== undefined) props.children = draw(props.children);
  previous?.(vnode);
};
