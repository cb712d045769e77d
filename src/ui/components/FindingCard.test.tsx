import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FindingCard } from './FindingCard';
import { CategoryBadge } from './CategoryBadge';
import { ScoreGauge, scoreWord } from './ScoreGauge';
import { clipExcerpt } from './excerpt';
import { SAMPLE_FINDINGS } from '../testing/samples';
import type { FindingView } from '../../platform/protocol';

afterEach(cleanup);

const [opener, chasing, draftLevel] = SAMPLE_FINDINGS as [FindingView, FindingView, FindingView];

describe('FindingCard', () => {
  test('is an article named by its message, with badge, excerpt and why', () => {
    render(<FindingCard finding={opener} onApply={() => {}} onDismiss={() => {}} />);
    const card = screen.getByRole('article', { name: opener.message });
    expect(within(card).getByText('Scripted empathy')).toBeTruthy();
    expect(within(card).getByText(opener.excerpt)).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 3, name: opener.message })).toBeTruthy();
    const summary = within(card).getByText('Why?');
    expect(summary.tagName).toBe('SUMMARY');
    expect(within(card).getByText(opener.why)).toBeTruthy();
  });

  test('offers Apply only for suggestions with edits and passes the index', () => {
    const onApply = vi.fn();
    render(<FindingCard finding={opener} onApply={onApply} onDismiss={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the opener' }));
    expect(onApply).toHaveBeenCalledWith(0);
    // The advice-only suggestion is text, not a button.
    expect(screen.queryByRole('button', { name: /something you noticed/ })).toBeNull();
    expect(screen.getByText('Start with something you noticed about them')).toBeTruthy();
  });

  test('Dismiss, Show and "Don\'t flag this phrase" call back; optional ones appear only when given', () => {
    const onDismiss = vi.fn();
    const onShow = vi.fn();
    const onIgnorePhrase = vi.fn();
    const { rerender } = render(<FindingCard finding={chasing} onApply={() => {}} onDismiss={onDismiss} />);
    expect(screen.queryByRole('button', { name: 'Show in draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: "Don't flag this phrase" })).toBeNull();
    rerender(<FindingCard finding={chasing} onApply={() => {}} onDismiss={onDismiss} onShow={onShow} onIgnorePhrase={onIgnorePhrase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show in draft' }));
    fireEvent.click(screen.getByRole('button', { name: "Don't flag this phrase" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onShow).toHaveBeenCalledTimes(1);
    expect(onIgnorePhrase).toHaveBeenCalledTimes(1);
  });

  test('shows a status line in a live region', () => {
    const status = 'The text changed since this was checked — nothing was applied.';
    render(<FindingCard finding={chasing} onApply={() => {}} onDismiss={() => {}} status={status} />);
    expect(screen.getByRole('status').textContent).toBe(status);
  });

  test('honours the heading level', () => {
    render(<FindingCard finding={chasing} onApply={() => {}} onDismiss={() => {}} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
  });

  test('renders draft text as text, never as markup', () => {
    const hostile: FindingView = {
      ...chasing,
      excerpt: '<img src=x onerror="alert(1)"> circling back',
      message: 'Replace "<b>circling</b>" with something new.',
      suggestions: [{ label: 'Replace with "<script>x</script>"', edits: [{ start: 0, end: 1, text: 'x' }] }],
    };
    const { container } = render(<FindingCard finding={hostile} onApply={() => {}} onDismiss={() => {}} />);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(screen.getByText(hostile.excerpt)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Replace with "<script>x</script>"' })).toBeTruthy();
  });

  test('does not repeat a whole-draft excerpt', () => {
    render(<FindingCard finding={draftLevel} onApply={() => {}} onDismiss={() => {}} />);
    expect(screen.queryByText(draftLevel.excerpt)).toBeNull();
    expect(screen.getByText('About you, not them')).toBeTruthy();
  });
});

describe('CategoryBadge', () => {
  test('shows the label and carries the category for colour', () => {
    const { container } = render(<CategoryBadge category="pushy" suffix="(2)" />);
    expect(screen.getByText('Pushy (2)')).toBeTruthy();
    expect(container.querySelector('[data-category="pushy"]')).not.toBeNull();
  });
});

describe('ScoreGauge', () => {
  test.each([
    [0, 'All about you'],
    [19, 'All about you'],
    [20, 'Mostly about you'],
    [50, 'Half you, half them'],
    [79, 'Mostly about them'],
    [80, 'All about them'],
    [100, 'All about them'],
  ])('score %i reads "%s"', (score, word) => {
    expect(scoreWord(score)).toBe(word);
  });

  test('is a meter with the score and the word', () => {
    render(<ScoreGauge score={72.4} />);
    const meter = screen.getByRole('meter', { name: 'Client focus' });
    expect(meter.getAttribute('aria-valuenow')).toBe('72');
    expect(meter.getAttribute('aria-valuetext')).toBe('72 out of 100: Mostly about them');
  });

  test('clamps out-of-range scores', () => {
    render(<ScoreGauge score={140} />);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('100');
  });
});

describe('clipExcerpt', () => {
  test('keeps short text and collapses whitespace', () => {
    expect(clipExcerpt('a  b\n c')).toBe('a b c');
  });
  test('clips at a word boundary, never mid-word', () => {
    const text = 'alpha beta gamma delta epsilon';
    const clipped = clipExcerpt(text, 13);
    expect(clipped).toBe('alpha beta …');
    for (const word of clipped.replace(' …', '').split(' ')) expect(text.split(' ')).toContain(word);
  });
  test('keeps one long token whole', () => {
    const url = 'https://example.com/' + 'x'.repeat(200);
    expect(clipExcerpt(url, 50)).toBe(url);
  });
});
