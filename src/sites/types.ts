/**
 * The contract between host-page adapters (Gmail, LinkedIn) and the content script.
 * Adapters know the host page's DOM; they know nothing of rules or UI.
 */
import type { Channel, DraftContextInput, Edit, Span } from '../core/types';
import type { SiteId } from '../platform/protocol';

/** Which compose surface a composer is. */
export type ComposerKind =
  | 'gmail-new'
  | 'gmail-fullscreen'
  | 'gmail-popout'
  | 'gmail-reply'
  | 'linkedin-message'
  | 'linkedin-inmail'
  | 'linkedin-note'
  | 'linkedin-post'
  | 'linkedin-comment'
  /** An editor on Gmail or LinkedIn that no adapter rule places; analysed on the site's usual channel. */
  | 'generic';

/**
 * The analysable text of a composer at one moment, with a map back to the DOM.
 * Excluded regions (quoted history, signatures, non-editable islands, placeholders) are not in
 * `text` at all; block boundaries and line breaks appear as `\n`.
 */
export interface TextSnapshot {
  readonly text: string;
  /** A DOM Range covering `[start, end)` of `text`, or null if the snapshot is stale. */
  rangeFor(span: Span): Range | null;
  /** The text span of a DOM position pair (e.g. the current selection), or null if outside. */
  spanFor(range: Range): Span | null;
}

/** Result of applying an edit through the editor's own input path. */
export type ApplyResult = { ok: true } | { ok: false; reason: 'stale' | 'failed' };

/** One compose editor on the page. */
export interface Composer {
  /** Unique for the life of the editor element on this page. */
  readonly id: string;
  readonly site: SiteId;
  readonly kind: ComposerKind;
  /** The editable element: a contenteditable root or a textarea. */
  readonly editor: HTMLElement;
  /** Channel inferred from the surface (reply vs new message, note vs message). */
  channel(): Channel;
  /** A stable key for this draft (e.g. Gmail's draft id), used to scope dismissals; never draft text. */
  draftKey(): string;
  /** Element the score badge is positioned against (the compose window or the editor). */
  anchor(): HTMLElement;
  /** Character limit of the surface, if any (a LinkedIn connection note has 300). */
  readonly maxLength: number | null;
  /** Read the editor now. Cost is linear in the editor's size; call once per change. */
  snapshot(): TextSnapshot;
  /**
   * Replace `[edit.start, edit.end)` of `snapshot.text` with `edit.text` through the editor's input
   * path (select the range, then `execCommand('insertText')` or the editor's own API) so that one
   * Ctrl+Z undoes it. Refuses with `stale` when the editor no longer holds `expected` at that span.
   * Verifies the result by reading back and reverts with one undo if it does not match.
   */
  applyEdit(snapshot: TextSnapshot, edit: Edit, expected: string): ApplyResult;
  /**
   * What the draft answers, read now from what the page has rendered (the message a reply
   * answers, the post a comment answers, the person a note invites), or null when nothing
   * reliable is shown. Call only while the composer is focused; keep the result in memory only.
   */
  context(): DraftContextInput | null;
}

/** Callbacks an adapter reports composers through. */
export interface ComposerEvents {
  added(composer: Composer): void;
  removed(composer: Composer): void;
  /** The page looked like a compose surface but its structure was not recognised. */
  degraded(reason: string): void;
}

/** Everything the content script needs to know about one site. */
export interface SiteAdapter {
  readonly id: SiteId;
  /** Is this page mine? */
  matches(location: { hostname: string; pathname: string }): boolean;
  /**
   * Watch `document` (including open shadow roots such as LinkedIn's `#interop-outlet`) for
   * composers until `signal` aborts. Starting twice with the same signal is a no-op.
   */
  observe(document: Document, signal: AbortSignal, events: ComposerEvents): void;
}
