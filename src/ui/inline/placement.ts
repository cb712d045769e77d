/**
 * Where the suggestion card goes, from the client rect of what it is about (the underlined
 * words, or the badge for the list). Pure: the content script passes rects, the card is drawn
 * with the result. The card prefers the space below its anchor, flips above when there is more
 * room there, never leaves the viewport sideways, and gets a max height that fits the side it
 * is on (it scrolls inside beyond that).
 */
export interface Anchor {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Placement {
  /** Left edge, in viewport pixels. */
  x: number;
  /** Distance from the viewport's top (below) or bottom (above) to the card's near edge. */
  y: number;
  above: boolean;
  /** Tallest the card may be on that side. */
  maxHeight: number;
}

/** The card's widest and tallest (see `.ow-popover`: 22rem by 28rem at 16px). */
export const CARD_WIDTH = 352;
export const CARD_HEIGHT = 448;
/** Space between the anchor and the card, and kept free along the viewport's edges. */
const GAP = 6;
const MARGIN = 8;

export interface PlaceOptions {
  /** Line the card up with the anchor's left edge (a word) or right edge (the badge). */
  align?: 'start' | 'end';
  /** The side tried first: below for words, above for the badge (below it is the Send row). */
  prefer?: 'below' | 'above';
}

export function placeCard(anchor: Anchor, viewport: Viewport, { align = 'start', prefer = 'below' }: PlaceOptions = {}): Placement {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN);
  const wanted = align === 'end' ? anchor.right - width : anchor.left;
  const x = Math.max(MARGIN, Math.min(wanted, viewport.width - MARGIN - width));
  const belowRoom = viewport.height - anchor.bottom - GAP - MARGIN;
  const aboveRoom = anchor.top - GAP - MARGIN;
  const enough = Math.min(CARD_HEIGHT, viewport.height - 2 * MARGIN);
  const above = prefer === 'above' ? aboveRoom >= enough || aboveRoom >= belowRoom : belowRoom < enough && aboveRoom > belowRoom;
  // An anchor scrolled partly out of view still gets a card inside the viewport.
  const y = above ? Math.max(MARGIN, viewport.height - anchor.top + GAP) : Math.max(MARGIN, anchor.bottom + GAP);
  return { x, y, above, maxHeight: Math.max(0, Math.min(CARD_HEIGHT, viewport.height - y - MARGIN)) };
}
