/**
 * Shortens an excerpt for display without cutting a word in half: long draft-level excerpts
 * (a whole paragraph) are clipped at the last word boundary before `max` characters.
 */
export function clipExcerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const lastSpace = head.lastIndexOf(' ');
  // A single very long token (a URL) has no boundary to clip at: keep it whole rather than split it.
  if (lastSpace <= 0) return clean;
  // `head` is at most `max` + 1 characters, so this end-anchored scan is bounded.
  // eslint-disable-next-line regexp/no-super-linear-move
  return `${head.slice(0, lastSpace).replace(/[\s,;:.-]+$/, '')} …`;
}
