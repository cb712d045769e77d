/**
 * Finding composers by what they are rather than what they are called: the editing host an
 * event landed in, whether it is a surface people write messages in (role, multi-line, its place
 * in the page), and a generic composer for one Outward cannot place on a site it serves.
 * Class names stay hints in the site adapters; nothing here depends on them.
 */
import type { Channel } from '../../core/types';
import type { SiteId } from '../../platform/protocol';
import type { Composer } from '../types';
import { closestDeep, makeComposer } from './composer';

/** Containers a message is written in: dialogs (ARIA or native), forms, landmarks that hold a compose box. */
export const COMPOSE_PLACES = '[role="dialog"], [role="alertdialog"], dialog, form, [role="form"]';

/** Never a writing surface, whatever its markup says: search and pickers, read-only or hidden fields. */
const NOT_WRITING = '[role="combobox"], [role="searchbox"], [role="search"] *, [aria-readonly="true"], [aria-hidden="true"], [aria-hidden="true"] *, [hidden]';

/**
 * The element that owns the editing at `element`: a textarea, or the outermost contenteditable
 * element around it (its editing host). Null when `element` is not inside anything editable.
 */
export function editingHost(element: Element): HTMLElement | null {
  if (element.tagName === 'TEXTAREA') return (element as HTMLTextAreaElement).readOnly || (element as HTMLTextAreaElement).disabled ? null : (element as HTMLElement);
  if (!(element as HTMLElement).isContentEditable) return null;
  let host = element as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/**
 * Whether an editing host is somewhere a person writes a message, judged by semantics:
 * - never a search box, a picker, a read-only or hidden field, or a one-line textarea (`rows="1"`:
 *   recipients and tags);
 * - a contenteditable that calls itself a textbox (`role="textbox"` or `aria-multiline="true"`);
 * - otherwise (a bare contenteditable, a textarea) only where messages are composed: a dialog or a form.
 * `notEditor` is the site's own list of editables that are not drafts.
 */
export function isWritingSurface(host: HTMLElement, notEditor: string): boolean {
  if (host.matches(NOT_WRITING) || host.matches(notEditor)) return false;
  if (host.tagName === 'TEXTAREA') {
    if (host.getAttribute('rows') === '1') return false;
    return closestDeep(host, COMPOSE_PLACES) !== null;
  }
  if (host.getAttribute('role') === 'textbox' || host.getAttribute('aria-multiline') === 'true') return true;
  return closestDeep(host, COMPOSE_PLACES) !== null;
}

/**
 * The accessible name of an element as far as the page states it: `aria-label`, the text of the
 * elements `aria-labelledby` names, or the placeholder. Used as a hint, never as the only test
 * (names are in the page's language).
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const text = ids
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  return (element.getAttribute('aria-placeholder') ?? element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder') ?? '').trim();
}

/** Per-element keys for editors that carry nothing stable of their own. */
const generatedKeys = new WeakMap<Element, string>();
let generated = 0;

/**
 * A key for an element that is unique on this page: its own id when it has a usable one,
 * otherwise one generated the first time it is asked for and kept for the element's life.
 */
export function elementKey(element: Element): string {
  const id = element.id;
  if (/^[\w\-:.]{1,80}$/.test(id)) return id;
  let key = generatedKeys.get(element);
  if (!key) {
    generated += 1;
    key = `editor-${generated}`;
    generatedKeys.set(element, key);
  }
  return key;
}

/**
 * A key for an editor that carries no draft id, the same after the page is loaded again (so a
 * dismissal there survives a reload): the page's path, the editor's accessible name (else its
 * tag), and its place among the editors of that name on the page. Never draft text.
 */
function stableKey(editor: HTMLElement): string {
  const name = accessibleName(editor) || editor.tagName.toLowerCase();
  const root = editor.getRootNode() as Document | ShadowRoot;
  const editors = [...root.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])')].filter((e) => (accessibleName(e) || e.tagName.toLowerCase()) === name);
  const place = Math.max(0, editors.indexOf(editor));
  return keyPart(`${editor.ownerDocument.location?.pathname ?? ''}:${name}#${place}`);
}

/**
 * An editor on a site Outward serves that no adapter rule places: analysed all the same, on the
 * site's usual channel, with its badge on the nearest compose container. `excluded` is the site's
 * list of subtrees never analysed (quotes, signatures, non-editable islands).
 */
export function genericComposer(site: SiteId, editor: HTMLElement, channel: Channel, excluded: string): Composer {
  const container = (closestDeep(editor, COMPOSE_PLACES) as HTMLElement | null) ?? editor;
  const key = `${site}:generic:${stableKey(editor)}`;
  return makeComposer({
    site,
    kind: 'generic',
    editor,
    maxLength: editor.tagName === 'TEXTAREA' && (editor as HTMLTextAreaElement).maxLength > 0 ? (editor as HTMLTextAreaElement).maxLength : null,
    isExcluded: (element) => element.matches(excluded),
    channel: () => channel,
    anchor: () => container,
    draftKey: () => key,
  });
}

/**
 * A piece of a draft key taken from the page (an id, a URN, a profile path): kept to the
 * characters a stored key may hold and to a bounded length, so any page value makes a valid key.
 */
export function keyPart(value: string): string {
  return value.replace(/[^\w\-:./#]/g, '_').slice(0, 120);
}
