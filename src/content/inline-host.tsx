/**
 * Hosts the in-page UI (badge and cards) in a closed shadow root outside the editor, so the
 * page's CSS cannot restyle it and the page's scripts cannot reach into it.
 */
import { render } from 'preact';
import { componentCss, injectCss } from '../ui/styles';
import { InlineApp, inlineCss, type InlineAppProps } from '../ui/inline/InlineApp';

export class InlineHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  /** Whether the last pointer or key activation inside the UI came from the user. */
  lastActivationTrusted = false;

  constructor(near: Element) {
    const doc = near.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('data-outward-host', '');
    // Closed in what ships; open in the instrumented test build so tests and screenshots can see in.
    this.root = this.element.attachShadow({ mode: __TEST_HOOKS__ ? 'open' : 'closed' });
    injectCss(this.root, componentCss, 'components');
    injectCss(this.root, inlineCss, 'inline');
    // Synthetic events a page dispatches are untrusted; record what really activated a control.
    for (const type of ['click', 'keydown', 'pointerdown']) {
      this.root.addEventListener(type, (event) => {
        this.lastActivationTrusted = event.isTrusted;
      }, true);
    }
    const container = near.getRootNode();
    (container instanceof ShadowRoot ? container : doc.body ?? doc.documentElement).appendChild(this.element);
  }

  render(props: InlineAppProps): void {
    render(<InlineApp {...props} />, this.root);
  }

  /** Focus the first control of the open card (keyboard users land in it). */
  focusCard(): void {
    (this.root.querySelector('.ow-popover button:not(.ow-close), .ow-popover summary') as HTMLElement | null)?.focus();
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.element || this.root.contains(node));
  }

  dispose(): void {
    render(null, this.root);
    this.element.remove();
  }
}
