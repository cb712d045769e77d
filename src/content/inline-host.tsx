/**
 * Hosts the in-page UI (underline overlay, badge and cards) in a closed shadow root outside the
 * editor, so the page's CSS cannot restyle it and the page's scripts cannot reach into it. The
 * host element carries nothing that names the product.
 *
 * DOM focus never enters the root: Firefox gives page listeners every focus and key event's
 * innermost node (`originalTarget`, `explicitOriginalTarget`), closed root or not. The keyboard
 * works an open card (or the list) through the host itself, which the page already sees: the
 * host takes focus (with a tabindex only while it has it), one control at a time is marked as
 * the current one (drawn with the focus ring), Tab and Shift+Tab move the mark round the card,
 * Enter and Space run it, Escape closes the card. A live region inside the root tells assistive
 * technology which control is current, by name and role. A click on a control does not focus it
 * (its mousedown's default is prevented). Mouse and pointer events over the badge or a card still
 * name a node of the root in Firefox (README, Privacy: known limits).
 */
import { render } from 'preact';
import { componentCss, injectCss, pageThemeCss } from '../ui/styles';
import { InlineApp, inlineCss, type InlineAppProps } from '../ui/inline/InlineApp';
import { activations } from '../ui/inline/controls';
import { markCss, mirrorCss } from './highlights';

/** The mark of the current control (drawn like a focus ring while the host has focus). */
const CURRENT = 'ow-current';

export class InlineHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  /** Where the overlay and a textarea's mirror go (below the badge and cards). */
  readonly layer: HTMLElement;
  private readonly app: HTMLElement;
  /** Where the current control is announced (aria-live, drawn text). */
  private readonly live: HTMLElement;
  private props: InlineAppProps | null = null;
  /** The control keys act on while the host has focus. */
  private current: Element | null = null;
  private clicking = false;
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
    this.live = doc.createElement('div');
    this.live.className = 'ow-live ow-visually-hidden';
    this.live.setAttribute('aria-live', 'assertive');
    this.live.setAttribute('aria-atomic', 'true');
    this.root.append(this.layer, this.app, this.live);
    // Synthetic events a page dispatches are untrusted; record what really activated a control
    // (on the host: keys reach it there, clicks on their way into the root).
    for (const type of ['click', 'keydown', 'pointerdown']) {
      this.element.addEventListener(type, (event) => {
        this.lastActivationTrusted = event.isTrusted;
      }, true);
    }
    // While a click on the UI is dispatched (see focusCard).
    this.element.addEventListener('click', () => (this.clicking = true), true);
    this.element.addEventListener('click', () => (this.clicking = false));
    // A press on the UI never moves focus into the root (nor does it start a selection there).
    this.root.addEventListener('mousedown', (event) => {
      if (event.isTrusted) event.preventDefault();
    });
    this.element.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.target === this.element) this.key(event);
    });
    // The host is focusable only while it holds the keyboard for a card (at rest it has no attribute).
    this.element.addEventListener('blur', () => {
      this.mark(null);
      this.element.removeAttribute('tabindex');
    });
    const container = near.getRootNode();
    (container instanceof ShadowRoot ? container : doc.body ?? doc.documentElement).appendChild(this.element);
  }

  /** The theme of the badge and cards: the editor's, not the OS's. */
  theme(theme: 'light' | 'dark'): void {
    if (this.app.getAttribute('data-theme') !== theme) this.app.setAttribute('data-theme', theme);
  }

  render(props: InlineAppProps): void {
    this.props = props;
    render(<InlineApp {...props} />, this.app);
    if (!this.element.matches(':focus')) return this.mark(null);
    const controls = this.controls();
    if (controls.length > 0) {
      if (!controls.includes(this.current!)) this.mark(controls[0]!);
      return;
    }
    this.mark(null);
    // The card went (dismissed, applied) while it had the keyboard: back to the draft, unless
    // whatever closed it (Escape, the close button) has already done that.
    setTimeout(() => {
      if (this.element.matches(':focus') && this.controls().length === 0) this.props?.onClose();
    }, 0);
  }

  /** Keyboard users land in the open card: the host takes focus, the card's first control is current. */
  focusCard(): void {
    const take = (): void => {
      this.element.tabIndex = -1;
      this.element.focus({ preventScroll: true });
      this.mark(this.controls().find((c) => !c.matches('.ow-close')) ?? null);
    };
    // Focus moved while a click on the badge is dispatched gets that click's node as its
    // explicitOriginalTarget in Firefox: it moves once the click is over.
    if (this.clicking) setTimeout(take, 0);
    else take();
  }

  /** The open card's controls, in order. */
  private controls(): Element[] {
    return [...this.root.querySelectorAll('.ow-popover :is(button, summary)')];
  }

  private key(event: KeyboardEvent): void {
    const controls = this.controls();
    const current = this.current;
    if (event.altKey || event.ctrlKey || event.metaKey || !current) return;
    if (event.key === 'Tab') {
      // Round the card, as in a dialog (Escape leaves it).
      this.mark(controls.at((controls.indexOf(current) + (event.shiftKey ? -1 : 1)) % controls.length)!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      activations.get(current)?.(event);
      // Still current (a summary opened or closed): say its new state.
      if (this.current === current) this.mark(current, true);
    } else if (event.key === 'Escape') this.props?.onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  /** Make `control` the current one: drawn with the focus ring, and said in the live region. */
  private mark(control: Element | null, again = false): void {
    if (this.current === control && !again) return;
    this.current?.classList.remove(CURRENT);
    this.current = control;
    this.live.replaceChildren();
    if (!control) return;
    control.classList.add(CURRENT);
    control.scrollIntoView({ block: 'nearest' });
    // Its name (drawn text or aria-label), then its role or state.
    const name = control.getAttribute('aria-label') ?? [...control.querySelectorAll('[data-t]')].map((e) => e.getAttribute('data-t')).join('');
    const said = this.live.ownerDocument.createElement('span');
    said.className = 'ow-drawn';
    said.setAttribute('data-t', `${name}, ${control.matches('summary') ? (control.matches('[open] > *') ? 'expanded' : 'collapsed') : 'button'}`);
    this.live.append(said);
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.element || this.root.contains(node));
  }

  dispose(): void {
    render(null, this.app);
    this.element.remove();
  }
}

