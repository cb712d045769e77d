/**
 * Underlines drawn where the page cannot read them: an overlay inside each session's closed
 * shadow root, one box per client rect of a flagged range, so nothing is written into the
 * editor and nothing names a finding anywhere a page script can enumerate (no CSS highlight
 * registry, no attributes in the light DOM). A textarea has no ranges inside it: its text is
 * measured in a mirror element laid out like it, inside the same shadow root.
 */
import { CATEGORY_IDS } from '../core/categories';
import { clipMark, type Box } from './geometry';
import type { CategoryId, Finding, Span } from '../core/types';
import type { FindingView } from '../platform/protocol';

/** One flagged span to underline. */
export interface MarkSource {
  /** The finding's id (the active one gets a background). */
  key: string;
  category: CategoryId;
  span: Span;
}

/** The underlines of findings (`views` in the same order): every one but the draft-level ones. */
export function marksFor(findings: readonly Finding[], views: readonly FindingView[]): MarkSource[] {
  const marks: MarkSource[] = [];
  findings.forEach((finding, index) => {
    const view = views[index];
    if (finding.level !== 'draft' && view && finding.end > finding.start) marks.push({ key: view.id, category: finding.category, span: { start: finding.start, end: finding.end } });
  });
  return marks;
}

/** Longest stretch of measuring underlines done in one task (see MarkLayer.layout). */
export const LAYOUT_SLICE_MS = 8;

/** Thickness of the underline at rest, drawn inside the bottom of the words' own box. */
const UNDERLINE_PX = 2;

/**
 * The overlay of one composer. `measure` gives a span's client rects now (from the editor's
 * ranges or the textarea's mirror); `clip` gives the part of the viewport the editor's text is
 * visible in. `layout()` places everything again (on scroll, resize, a change of layout).
 */
export class MarkLayer {
  readonly element: HTMLElement;
  private readonly clipBox: HTMLElement;
  private sources: MarkSource[] = [];
  private active: string | null = null;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    parent: ShadowRoot | HTMLElement,
    private readonly measure: (span: Span) => DOMRect[],
    private readonly clip: () => Box,
    private readonly textOf?: (span: Span) => string,
  ) {
    const doc = (parent.ownerDocument ?? document) as Document;
    this.element = doc.createElement('div');
    this.element.className = 'ow-marks';
    this.element.setAttribute('aria-hidden', 'true');
    this.clipBox = doc.createElement('div');
    this.clipBox.className = 'ow-marks-clip';
    this.element.appendChild(this.clipBox);
    parent.appendChild(this.element);
  }

  /** Underline colours (by category) picked for the editor's background. */
  colors(colors: Record<CategoryId, string>): void {
    for (const [id, color] of Object.entries(colors)) this.element.style.setProperty(`--ow-u-${id}`, color);
  }

  /** The underlines to draw, drawn by the next layout() (the session paints right after). */
  set(sources: MarkSource[]): void {
    this.sources = sources;
  }

  clear(): void {
    if (this.sources.length === 0) return;
    this.sources = [];
    this.layout();
  }

  /** The finding whose card is open gets a background; the others only their underline. */
  setActive(key: string | null): void {
    if (key === this.active) return;
    this.active = key;
    for (const group of this.clipBox.children) group.classList.toggle('ow-active', (group as HTMLElement).dataset['key'] === key);
  }

  get count(): number {
    return this.sources.length;
  }

  /**
   * Places every underline again, measuring their words now. Measuring is the costly part (a few
   * hundred findings in a draft near the size cap take 10–30 ms): it is done in slices of at most
   * LAYOUT_SLICE_MS, each its own task, and the new underlines replace the old ones at once when
   * all are measured. A layout() or clear() in between starts over.
   */
  layout(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    const doc = this.element.ownerDocument;
    if (this.sources.length === 0) {
      this.clipBox.replaceChildren();
      return;
    }
    const clip = this.clip();
    const width = Math.max(0, clip.right - clip.left);
    const height = Math.max(0, clip.bottom - clip.top);
    const box = { left: `${clip.left}px`, top: `${clip.top}px`, width: `${width}px`, height: `${height}px` };
    const fragment = doc.createDocumentFragment();
    const sources = this.sources;
    let next = 0;
    const step = (): void => {
      const until = performance.now() + LAYOUT_SLICE_MS;
      for (; next < sources.length; next++) {
        if (next % 8 === 0 && next > 0 && performance.now() >= until) {
          this.pending = setTimeout(step, 0);
          return;
        }
        const source = sources[next]!;
        const group = doc.createElement('span');
        group.className = source.key === this.active ? 'ow-range ow-active' : 'ow-range';
        group.dataset['key'] = source.key;
        group.dataset['category'] = source.category;
        // Test builds let the e2e tests read what is underlined (their shadow root is open).
        if (__TEST_HOOKS__ && this.textOf) group.dataset['text'] = this.textOf(source.span);
        if (width > 0 && height > 0) {
          for (const rect of this.measure(source.span)) {
            const mark = clipMark(rect, clip, UNDERLINE_PX);
            if (!mark) continue;
            const element = doc.createElement('span');
            element.className = 'ow-mark';
            Object.assign(element.style, { left: `${mark.left - clip.left}px`, top: `${mark.top - clip.top}px`, width: `${mark.right - mark.left}px`, height: `${mark.bottom - mark.top}px` });
            group.appendChild(element);
          }
        }
        fragment.appendChild(group);
      }
      this.pending = undefined;
      Object.assign(this.clipBox.style, box);
      this.clipBox.replaceChildren(fragment);
      // The open card's underline may have changed while this was measured.
      for (const group of this.clipBox.children) group.classList.toggle('ow-active', (group as HTMLElement).dataset['key'] === this.active);
    };
    step();
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.element.remove();
  }
}

/** The overlay's look: a thin underline at rest, a background only for the active finding. */
export const markCss = `
.ow-marks { position: fixed; inset: 0; pointer-events: none; z-index: 2147483645; overflow: hidden; contain: strict; }
.ow-marks-clip { position: absolute; overflow: hidden; }
.ow-range { display: contents; }
.ow-mark { position: absolute; box-sizing: border-box; border-bottom: ${UNDERLINE_PX}px solid var(--ow-u); border-radius: 1px; }
.ow-active > .ow-mark { background: color-mix(in srgb, var(--ow-u) 22%, transparent); }
${CATEGORY_IDS.map((id) => `.ow-range[data-category="${id}"] { --ow-u: var(--ow-u-${id}); }`).join('\n')}
`;

/**
 * Properties that decide where a textarea's text wraps and sits, copied as computed (those a
 * browser does not know are skipped). Fonts and their fallbacks, spacing, the wrapping rules,
 * the box; the scrollbar's own properties so the mirror gets the same one.
 */
const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontFeatureSettings', 'fontKerning', 'fontVariationSettings',
  'fontOpticalSizing', 'fontSizeAdjust', 'fontSynthesis', 'fontVariantLigatures', 'fontVariantCaps', 'fontVariantNumeric', 'fontVariantEastAsian',
  'fontVariantAlternates', 'fontVariantPosition', 'fontLanguageOverride', 'textRendering', 'webkitFontSmoothing',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'textAlignLast', 'textJustify', 'tabSize',
  'direction', 'unicodeBidi', 'writingMode', 'textOrientation', 'textCombineUpright',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'whiteSpace', 'textWrapMode', 'textWrapStyle', 'whiteSpaceCollapse', 'wordBreak', 'overflowWrap', 'lineBreak', 'hyphens', 'hyphenateCharacter', 'hyphenateLimitChars',
  'overflowX', 'overflowY', 'scrollbarWidth', 'scrollbarGutter',
] as const;

/** The language an element's text is in (its nearest `lang`, across shadow roots), or ''. */
function langOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return '';
}

/**
 * A copy of a textarea's text laid out exactly like it (same box, fonts, wrapping, scrollbar,
 * scroll), kept invisible inside the closed shadow root, so the rects of any span of the
 * textarea's value can be measured with an ordinary Range.
 */
export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly text: Text;

  constructor(
    parent: ShadowRoot | HTMLElement,
    private readonly textarea: HTMLTextAreaElement,
  ) {
    const doc = textarea.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'ow-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.box.appendChild(this.text);
    parent.appendChild(this.box);
  }

  /**
   * Lays the mirror over the textarea as it is now. Only changed properties are written, so
   * measuring many spans in a row lays the mirror out once.
   */
  private sync(): void {
    const { textarea, box } = this;
    const view = textarea.ownerDocument.defaultView ?? window;
    const style = view.getComputedStyle(textarea);
    const source = style as unknown as Record<string, string | undefined>;
    const wanted: Record<string, string> = {};
    for (const property of MIRRORED) {
      const value = source[property];
      if (typeof value === 'string' && value !== '') wanted[property] = value;
    }
    const rect = textarea.getBoundingClientRect();
    Object.assign(wanted, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      boxSizing: 'border-box',
      // A textarea keeps its spaces and line breaks whatever white-space says, unless it does not wrap.
      whiteSpace: style.whiteSpace === 'pre' || style.whiteSpace === 'nowrap' ? 'pre' : 'pre-wrap',
    });
    // Same text, box and scrollbar give the same room for the text. A scrollbar the page styled
    // (::-webkit-scrollbar) is not the mirror's: then the mirror has none and pads for it.
    const layOut = (padded: boolean): void => {
      const target = box.style as unknown as Record<string, string>;
      for (const [property, value] of Object.entries(padded ? { ...wanted, ...this.padding(style) } : wanted)) if (target[property] !== value) target[property] = value;
    };
    layOut(this.padded);
    // The language picks CJK glyphs and line-breaking rules.
    const lang = langOf(textarea);
    if (box.lang !== lang) box.lang = lang;
    // A trailing newline needs something after it to take up its line.
    const value = `${textarea.value}\u200b`;
    if (this.text.data !== value) this.text.data = value;
    if (!this.sameRoom(style)) {
      this.padded = !this.padded;
      layOut(this.padded);
    }
    box.scrollTop = textarea.scrollTop;
    box.scrollLeft = textarea.scrollLeft;
  }

  /** The mirror pads for the textarea's scrollbars (integer pixels measured on the textarea) instead of having its own. */
  private padded = false;

  private padding(style: CSSStyleDeclaration): Record<string, string> {
    const { textarea } = this;
    const px = (property: string) => parseFloat(style.getPropertyValue(property)) || 0;
    const vertical = Math.max(0, Math.round(textarea.offsetWidth - textarea.clientWidth - px('border-left-width') - px('border-right-width')));
    const horizontal = Math.max(0, Math.round(textarea.offsetHeight - textarea.clientHeight - px('border-top-width') - px('border-bottom-width')));
    return { overflowX: 'hidden', overflowY: 'hidden', paddingRight: `${px('padding-right') + vertical}px`, paddingBottom: `${px('padding-bottom') + horizontal}px` };
  }

  /** The mirror's text has the textarea's room, to the (rounded) pixel. */
  private sameRoom(style: CSSStyleDeclaration): boolean {
    const { textarea, box } = this;
    const own = box.style;
    const room = (client: number, a: string, b: string) => client - (parseFloat(a) || 0) - (parseFloat(b) || 0);
    return Math.abs(room(box.clientWidth, own.paddingLeft, own.paddingRight) - room(textarea.clientWidth, style.paddingLeft, style.paddingRight)) < 1 &&
      Math.abs(room(box.clientHeight, own.paddingTop, own.paddingBottom) - room(textarea.clientHeight, style.paddingTop, style.paddingBottom)) < 1;
  }

  rects(span: Span): DOMRect[] {
    this.sync();
    const length = this.text.data.length - 1;
    const start = Math.max(0, Math.min(span.start, length));
    const end = Math.max(start, Math.min(span.end, length));
    const range = this.textarea.ownerDocument.createRange();
    range.setStart(this.text, start);
    range.setEnd(this.text, end);
    return [...range.getClientRects()];
  }

  dispose(): void {
    this.box.remove();
  }
}

export const mirrorCss = `
.ow-mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; margin: 0; border-style: solid; border-color: transparent; contain: layout style; scrollbar-color: auto; }
`;

/**
 * The page-wide list of overlays, one per session (so the content script can drop a session's
 * underlines by its id). Nothing here is visible to the page.
 */
export class Highlights {
  private readonly layers = new Map<string, MarkLayer>();

  attach(sessionId: string, layer: MarkLayer): void {
    this.layers.set(sessionId, layer);
  }

  set(sessionId: string, sources: MarkSource[]): void {
    this.layers.get(sessionId)?.set(sources);
  }

  clear(sessionId: string): void {
    this.layers.get(sessionId)?.clear();
  }

  detach(sessionId: string): void {
    this.layers.get(sessionId)?.dispose();
    this.layers.delete(sessionId);
  }
}
