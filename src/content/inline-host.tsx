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
 * technology which control is current, by name and role.
 *
 * The pointer never reaches the root either: Firefox's originalTarget of a mouse or pointer event
 * is likewise its innermost node. Nothing inside takes the pointer (pointer-events: none); two
 * empty, transparent elements of the page's (Pad), laid exactly over the badge and the open card,
 * are all it hits there. Outward maps the event's point to its own controls by their boxes: the
 * one under the pointer gets the hover style and gives the pad its cursor, a click runs its
 * recorded handler (./controls), the wheel scrolls the card; no event is dispatched into the
 * root. A press on a pad moves no focus and starts no selection (its mousedown's default is
 * prevented). The underline layer takes no pointer at all: resting on a word is seen in the editor.
 */
import { render } from 'preact';
import { componentCss, injectCss, pageThemeCss } from '../ui/styles';
import { InlineApp, inlineCss, type InlineAppProps } from '../ui/inline/InlineApp';
import { activations } from '../ui/inline/controls';
import { markCss, mirrorCss } from './highlights';

/** The mark of the current control (drawn like a focus ring while the host has focus). */
const CURRENT = 'ow-current';
/** The mark of the control under the pointer (its hover style). */
const HOVER = 'ow-hover';

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
  /** The boxes the pointer hits over the badge and over the card (see Pad). */
  private readonly badgePad: Pad;
  private readonly cardPad: Pad;
  private hovered: Element | null = null;

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
    // (on the host: keys reach it there, and an assistive technology's click on its way into the root).
    for (const type of ['click', 'keydown']) {
      this.element.addEventListener(type, (event) => {
        this.lastActivationTrusted = event.isTrusted;
      }, true);
    }
    // While a click on the UI is dispatched (see focusCard).
    this.element.addEventListener('click', () => (this.clicking = true), true);
    this.element.addEventListener('click', () => (this.clicking = false));
    this.element.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.target === this.element) this.key(event);
    });
    // The host is focusable only while it holds the keyboard for a card (at rest it has no attribute).
    this.element.addEventListener('blur', () => {
      this.mark(null);
      this.element.removeAttribute('tabindex');
    });
    this.badgePad = new Pad(doc);
    this.cardPad = new Pad(doc);
    for (const pad of [this.badgePad, this.cardPad]) {
      const on = <E extends Event>(type: string, act: (event: E) => void): void =>
        pad.element.addEventListener(type, (event) => event.isTrusted && act(event as E), { passive: type !== 'wheel' && type !== 'mousedown' });
      const card = pad === this.cardPad;
      on<PointerEvent>('pointermove', (event) => this.hover(this.controlAt(event), pad));
      on('pointerleave', () => {
        this.hover(null, pad);
        if (card) this.props?.onCardPointer?.('leave');
      });
      if (card) on('pointerenter', () => this.props?.onCardPointer?.('enter'));
      on('pointerdown', () => card && this.props?.onCardPointer?.('down'));
      // A press never moves focus (nor starts a selection).
      on('mousedown', (event) => event.preventDefault());
      on<MouseEvent>('click', (event) => {
        const control = this.controlAt(event);
        if (!control) return;
        this.lastActivationTrusted = true;
        // While the click is dispatched (see focusCard).
        this.clicking = true;
        try {
          activations.get(control)?.(event);
        } finally {
          this.clicking = false;
        }
        this.fit();
      });
      // The card scrolls under the wheel (the box over it is not its child).
      if (card) {
        on<WheelEvent>('wheel', (event) => {
          const popover = this.root.querySelector('.ow-popover');
          if (!popover || popover.scrollHeight <= popover.clientHeight) return;
          const unit = event.deltaMode === 2 ? popover.clientHeight : event.deltaMode === 1 ? 16 : 1;
          popover.scrollBy(event.deltaX * unit, event.deltaY * unit);
          event.preventDefault();
        });
      }
    }
    if (__TEST_HOOKS__) for (const pad of [this.badgePad, this.cardPad]) pad.element.setAttribute('data-ow-test-pad', '');
    const container = near.getRootNode();
    (container instanceof ShadowRoot ? container : doc.body ?? doc.documentElement).append(this.element, this.badgePad.element, this.cardPad.element);
  }

  /** The control under a pointer event, found by the controls' boxes (no event goes into the root). */
  private controlAt(event: MouseEvent): Element | null {
    return [...this.root.querySelectorAll('button, summary')].find((control) => {
      const box = control.getBoundingClientRect();
      return event.clientX >= box.left && event.clientX < box.right && event.clientY >= box.top && event.clientY < box.bottom;
    }) ?? null;
  }

  /** Hover styles and the pointer's shape follow the control under the pointer. */
  private hover(control: Element | null, pad: Pad): void {
    if (control !== this.hovered) {
      this.hovered?.classList.remove(HOVER);
      control?.classList.add(HOVER);
      this.hovered = control;
    }
    pad.cursor = control ? getComputedStyle(control).cursor : 'default';
    this.fit();
  }

  /** The pads follow the badge and the open card. */
  private fit(): void {
    this.badgePad.fit(this.root.querySelector('.ow-score'));
    this.cardPad.fit(this.root.querySelector('.ow-popover'));
  }

  /** The theme of the badge and cards: the editor's, not the OS's. */
  theme(theme: 'light' | 'dark'): void {
    if (this.app.getAttribute('data-theme') !== theme) this.app.setAttribute('data-theme', theme);
  }

  render(props: InlineAppProps): void {
    this.props = props;
    render(<InlineApp {...props} />, this.app);
    this.fit();
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
      this.fit();
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
    return node !== null && (node === this.element || node === this.badgePad.element || node === this.cardPad.element || this.root.contains(node));
  }

  dispose(): void {
    render(null, this.app);
    this.element.remove();
    this.badgePad.element.remove();
    this.cardPad.element.remove();
  }
}

/**
 * An empty, transparent element of the page's, laid exactly over the badge or the open card: the
 * only thing there the pointer hits. Its place, size and cursor are set from a closed shadow root
 * of its own (important, so the page's CSS cannot move it, and with no attribute the page could
 * watch change).
 */
class Pad {
  readonly element: HTMLElement;
  private readonly style: HTMLStyleElement;
  cursor = 'default';
  private shown = '';

  constructor(doc: Document) {
    this.element = doc.createElement('div');
    this.style = doc.createElement('style');
    this.element.attachShadow({ mode: __TEST_HOOKS__ ? 'open' : 'closed' }).append(this.style);
    this.fit(null);
  }

  fit(over: Element | null): void {
    const r = over?.getBoundingClientRect();
    const box = r ? `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;cursor:${this.cursor}` : 'display:none';
    if (box === this.shown) return;
    this.shown = box;
    this.style.textContent = `:host{all:initial!important;position:fixed!important;z-index:2147483647!important;user-select:none!important;-webkit-user-select:none!important;${box.replace(/;/g, '!important;')}!important}`;
  }
}

