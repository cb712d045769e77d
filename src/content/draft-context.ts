/**
 * What a draft answers (issue 23, DESIGN.md §7): the message, post or person the composer writes
 * to, read from the page only while the editor has focus, kept in this object's memory only:
 * never stored, sent or written into the page. The settings switch turns it off.
 */
import type { DraftContextInput } from '../core/types';
import type { Settings } from '../platform/settings';
import type { Composer } from '../sites/types';

export class DraftContext {
  private value: DraftContextInput | null = null;

  constructor(
    private readonly composer: Pick<Composer, 'editor' | 'context'>,
    private readonly settings: () => Settings,
  ) {}

  /** The context read last, for the analyser; null before the first read and while switched off. */
  get current(): DraftContextInput | null {
    return this.value;
  }

  /** Reads the context now if the editor is focused, and again each time it gains focus; `changed` when a read differs. */
  listen(signal: AbortSignal, changed: () => void): void {
    if (this.focused()) this.read();
    this.composer.editor.addEventListener('focusin', () => {
      if (this.read()) changed();
    }, { signal });
  }

  /** The settings changed: read again while the editor has focus; switched off, forget it even without focus. */
  refresh(): void {
    if (this.focused()) this.read();
    else if (this.settings().readContext === false) this.value = null;
  }

  /** Whether the editor has focus now (also inside a shadow root). */
  private focused(): boolean {
    const editor = this.composer.editor;
    const active = (editor.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && (active === editor || editor.contains(active));
  }

  /** Reads (or, switched off, forgets) the context; true when it changed. */
  private read(): boolean {
    const next = this.settings().readContext === false ? null : this.composer.context();
    if (JSON.stringify(next) === JSON.stringify(this.value)) return false;
    this.value = next;
    return true;
  }
}
