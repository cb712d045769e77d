/** Builds a Composer from an editor element and the site's knowledge of it. */
import type { Channel, DraftContextInput, Edit } from '../../core/types';
import type { SiteId } from '../../platform/protocol';
import type { ApplyResult, Composer, ComposerKind, TextSnapshot } from '../types';
import { applyThroughInput, snapshotEditable, snapshotTextarea } from './dom-text';

export interface ComposerSpec {
  site: SiteId;
  kind: ComposerKind;
  editor: HTMLElement;
  channel(): Channel;
  anchor(): HTMLElement;
  draftKey(): string;
  maxLength: number | null;
  isExcluded(element: Element): boolean;
  /** What the draft answers (see Composer.context); none when omitted. */
  context?(): DraftContextInput | null;
}

let counter = 0;

export function makeComposer(spec: ComposerSpec): Composer {
  counter += 1;
  const id = `${spec.site}-${counter}`;
  const take = (): TextSnapshot =>
    spec.editor.tagName === 'TEXTAREA' ? snapshotTextarea(spec.editor as HTMLTextAreaElement) : snapshotEditable(spec.editor, spec.isExcluded);
  return {
    id,
    site: spec.site,
    kind: spec.kind,
    editor: spec.editor,
    maxLength: spec.maxLength,
    channel: spec.channel,
    anchor: spec.anchor,
    draftKey: spec.draftKey,
    snapshot: take,
    context(): DraftContextInput | null {
      try {
        return spec.context?.() ?? null;
      } catch {
        // Unexpected markup: no context rather than a wrong one, and never a broken composer.
        return null;
      }
    },
    applyEdit(snapshot: TextSnapshot, edit: Edit, expected: string): ApplyResult {
      return applyThroughInput(spec.editor, take, snapshot, edit, expected);
    },
  };
}

/** The element an event really started on, through open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/** `element.closest(selector)` that also climbs out of shadow roots. */
export function closestDeep(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
