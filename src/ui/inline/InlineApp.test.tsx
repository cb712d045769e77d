import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { InlineApp, type InlineAppProps } from './InlineApp';
import { SAMPLE_FINDINGS } from '../testing/samples';
import { drawnText } from '../testing/drawn';

afterEach(cleanup);

const props = (over: Partial<InlineAppProps>): InlineAppProps => ({
  score: null,
  findings: SAMPLE_FINDINGS,
  badge: { x: 10, y: 10 },
  open: null,
  onBadge: vi.fn(),
  onApply: vi.fn(),
  onDismiss: vi.fn(),
  onIgnorePhrase: vi.fn(),
  onClose: vi.fn(),
  ...over,
});

describe('the score badge', () => {
  test('a score reads as a score out of 100, not as a count of issues', () => {
    const { container } = render(<InlineApp {...props({ score: 78 })} />);
    const badge = container.querySelector('.ow-score')!;
    expect(drawnText(badge)).toBe('78/100');
    expect(badge.getAttribute('aria-label')).toMatch(/^Client focus 78 of 100/);
  });

  test.each([
    ['not-english', 'Not English'],
    ['empty', 'Empty draft'],
  ] as const)('a draft not scored (%s) says so in words', (reason, words) => {
    const { container } = render(<InlineApp {...props({ score: null, notScored: reason })} />);
    expect(drawnText(container.querySelector('.ow-score')!)).toBe(words);
    expect(container.querySelector('.ow-score')!.getAttribute('aria-label')).toContain('not scored');
  });

  test("a page's synthetic click on the badge does nothing", () => {
    const onBadge = vi.fn();
    render(<InlineApp {...props({ score: 50, onBadge })} />);
    fireEvent.click(screen.getByRole('button'));
    expect(onBadge).not.toHaveBeenCalled();
  });
});

describe('drawn text', () => {
  test('badge and open list hold no text node: every string is drawn from an attribute', () => {
    const { container } = render(<InlineApp {...props({ score: 40, open: { findingId: 'list', x: 0, y: 0, maxHeight: 400, above: false } })} />);
    const popover = container.querySelector('.ow-popover')!;
    expect(drawnText(popover)).toContain(SAMPLE_FINDINGS[0]!.message);
    expect(drawnText(popover)).toContain('Dismiss');
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
    expect(texts).toEqual([]);
    expect(container.textContent).toBe('');
  });
});
