/**
 * Hosts the in-page UI (underline overlay, badge and cards) in a closed shadow root outside the
 * editor, so the page's CSS cannot restyle it and the page's scripts cannot reach into it. The
 * host element carries nothing that names the product.
 */
import { render } from 'preact';
import { componentCss, injectCss, pageThemeCss } from '../ui/styles';
import { InlineApp, inlineCss, type InlineAppProps } from '../ui/inline/InlineApp';
import { markCss, mirrorCss } from './highlights';

export class InlineHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  /** Where the overlay and a textarea's mirror go (below the badge and cards). */
  readonly layer: HTMLElement;
  private readonly app: HTMLElement;
  /** Whether the last pointer or key activation inside the UI came from the user. */
  lastActivationTrusted = false;

  constructor(near: Element) {
    const doc = near.ownerDocument;
    this.element = doc.createElement('div');
    // Closed in what ships; open in the instrumented test build so tests and screenshots can see in
    // (and find it: only that build marks the host).
    if (__TEST_HOOKS__) this.element.setAttribute('data-ow-test-host', '');
    this.root = this.element.attachShadow({ mode: __TEST_HOOKS__ ? 'open' : 'closed' });
    injectCss(this.root, componentCss, 'components');
    injectCss(this.root, pageThemeCss, 'theme');
    injectCss(this.root, inlineCss, 'inline');
    injectCss(this.root, markCss + mirrorCss, 'marks');
    this.layer = doc.createElement('div');
    this.app = doc.createElement('div');
    this.app.setAttribute('data-theme', 'light');
    this.root.append(this.layer, this.app);
    // Synthetic events a page dispatches are untrusted; record what really activated a control.
    for (const type of ['click', 'keydown', 'pointerdown']) {
      this.root.addEventListener(type, (event) => {
        this.lastActivationTrusted = event.isTrusted;
      }, true);
    }
    const container = near.getRootNode();
    (container instanceof ShadowRoot ? container : doc.body ?? doc.documentElement).appendChild(this.element);
  }

  /** The theme of the badge and cards: the editor's, not the OS's. */
  theme(theme: 'light' | 'dark'): void {
    if (this.app.getAttribute('data-theme') !== theme) this.app.setAttribute('data-theme', theme);
  }

  render(props: InlineAppProps): void {
    render(<InlineApp {...props} />, this.app);
  }

  /** Focus the first control of the open card (keyboard users land in it). */
  focusCard(): void {
    (this.root.querySelector('.ow-popover button:not(.ow-close), .ow-popover summary') as HTMLElement | null)?.focus();
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.element || this.root.contains(node));
  }

  dispose(): void {
    render(null, this.app);
    this.element.remove();
  }
}
