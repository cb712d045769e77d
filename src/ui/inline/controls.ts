/**
 * Controls that never take DOM focus. Imported by the in-page UI only (with ./drawn): every
 * button and summary is taken out of the tab order (tabindex -1) and what a click on it does is
 * recorded, so the content script can run a control for a key the user pressed on the shadow host
 * without focusing it or dispatching an event into the shadow root. Firefox's originalTarget and
 * explicitOriginalTarget name the innermost node of any event a page listener sees, so a control
 * that took focus (or got a dispatched click) would hand the page a node of the closed root.
 */
import { options, type Ref } from 'preact';

type Activate = (event: Event) => void;

/** What activating each drawn control does (its click handler; a summary toggles its details). */
export const activations = new WeakMap<Element, Activate>();

const CONTROLS = new Set(['button', 'summary']);

const previous = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props as { tabIndex?: number; onClick?: Activate } | null;
  if (typeof vnode.type === 'string' && CONTROLS.has(vnode.type) && props) {
    props.tabIndex = -1;
    const onClick = props.onClick;
    const outer = vnode.ref as Ref<Element> | null | undefined;
    vnode.ref = (element: Element | null) => {
      if (element) {
        activations.set(element, (event) => {
          if (element.localName === 'summary' && element.parentElement instanceof HTMLDetailsElement) element.parentElement.open = !element.parentElement.open;
          onClick?.(event);
        });
      }
      if (typeof outer === 'function') outer(element);
      else if (outer) outer.current = element;
    };
  }
  previous?.(vnode);
};
