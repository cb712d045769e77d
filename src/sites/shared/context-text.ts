/**
 * Reading context beside a draft (issue 23, DESIGN.md §7): the text of elements the page has
 * already rendered, as a person sees it. Never clicks ("…more"), never expands, never writes;
 * buttons, hidden and screen-reader-only copies are left out, blocks and <br> become line breaks.
 */

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SVG|IMG|VIDEO|AUDIO|CANVAS|IFRAME|OBJECT|BUTTON|SELECT|INPUT|TEXTAREA)$/;
/** Copies for screen readers only, hidden elements, and editors (a draft is never context). */
const HIDDEN = '[hidden], .visually-hidden, .sr-only, .a11y-text, [contenteditable="true"]';
/** The most of one element that is read: a long thread's first 20,000 characters. */
const MAX = 20_000;

/** The rendered text of `root`, without the subtrees `skip` matches. */
export function renderedText(root: Element, skip?: string): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && text.length < MAX; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += (child as Text).data.replace(/\u00a0/g, ' ');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP.test(element.tagName) || element.matches(HIDDEN) || (skip !== undefined && element.matches(skip))) continue;
        if (element.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.test(element.tagName);
        if (block) text += '\n';
        walk(element);
        if (block) text += '\n';
      }
    }
  };
  walk(root);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX);
}

/** A person's name as a page shows it, or null: one line, no connection degree ("• 1st"), not too long. */
export function nameText(element: Element | null | undefined): string | null {
  if (!element) return null;
  // LinkedIn doubles names for screen readers; the visible copy is aria-hidden.
  const visible = element.querySelector('[aria-hidden="true"]') ?? element;
  const name = ((visible.getAttribute('name') ?? visible.textContent ?? '').split(/[•·]/u)[0] ?? '').replace(/\s+/g, ' ').trim();
  return name.length >= 2 && name.length <= 80 ? name : null;
}
