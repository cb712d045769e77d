/**
 * What a drawn subtree says (see components/Drawn), for tests: its text nodes and its drawn
 * strings (`data-t`) in document order.
 */
export function drawnText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else text += (node as Element).getAttribute('data-t') ?? '';
  }
  return text;
}
