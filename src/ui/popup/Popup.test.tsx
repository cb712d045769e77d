import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from './Popup';
import { createMockConnector } from '../mock-connector';
import { GALLERY } from './gallery';
import { SAMPLE_REPORT } from '../testing/samples';
import type { PopupState } from '../connector';

afterEach(cleanup);

function renderPopup(state: PopupState, options: Parameters<typeof createMockConnector>[0] = {}) {
  const connector = createMockConnector({ state, ...options });
  render(<Popup connector={connector} />);
  return connector;
}

const results = GALLERY['results'] as PopupState;

describe('the context line', () => {
  test('shows the line the content script gives for what it read beside the draft', async () => {
    const context = { kind: 'message', name: 'Dana Whitfield', questions: 2, answered: 1, line: "Replying to Dana's message: 2 questions, 1 answered" };
    renderPopup({ ...(results as object), context } as PopupState);
    expect(await screen.findByText("Replying to Dana's message: 2 questions, 1 answered")).toBeTruthy();
  });

  test('is absent when nothing was read', async () => {
    renderPopup(results);
    await screen.findByRole('meter');
    expect(screen.queryByText(/^(?:Replying|Commenting|Writing) to/)).toBeNull();
  });
});

describe('popup states', () => {
  test.each([
    ['unsupported', { status: 'unsupported' }, 'Outward works in Gmail and LinkedIn'],
    ['no composer', { status: 'no-composer', site: 'gmail' }, 'Click into a draft in Gmail or LinkedIn'],
    ['page open before install', { status: 'not-answering', site: 'gmail' }, 'Reload this tab to start Outward'],
    ['paused', { status: 'paused', site: 'linkedin' }, 'Outward is paused on LinkedIn'],
    ['degraded', { status: 'degraded', site: 'gmail' }, "Outward couldn't find the message box"],
    ['not English', { status: 'not-scored', site: 'gmail', channel: 'cold-email', reason: 'not-english', message: 'Not scored: this draft is mostly not in English.', current: true }, "This draft doesn't look like English"],
    ['empty', { status: 'not-scored', site: 'gmail', channel: 'cold-email', reason: 'empty', message: 'Not scored: the draft is empty.', current: true }, 'Not scored yet'],
    ['analysing', { status: 'analysing', site: 'gmail', channel: 'cold-email' }, 'Checking your draft…'],
  ] as Array<[string, PopupState, string]>)('%s: shows its heading', async (_name, state, heading) => {
    renderPopup(state);
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
    expect(screen.queryByRole('meter')).toBeNull();
  });

  test.each([
    ['results', { ...(results as object), generic: true }],
    ['analysing', { status: 'analysing', site: 'linkedin', channel: 'linkedin-message', generic: true }],
  ] as Array<[string, PopupState]>)('an editor the site adapter could not place (%s) is said to be checked as a generic composer', async (_name, state) => {
    renderPopup(state);
    expect(await screen.findByText(/checks it as a generic composer/)).toBeTruthy();
  });

  test('a placed composer is not called generic', async () => {
    renderPopup(results);
    await screen.findByRole('meter');
    expect(screen.queryByText(/generic composer/)).toBeNull();
  });

  test('before the first answer it says it is checking', () => {
    renderPopup({ status: 'unsupported' });
    expect(screen.getByRole('heading', { name: 'Checking this tab…' })).toBeTruthy();
  });

  test('page open before install: "Reload tab" reloads it', async () => {
    const connector = renderPopup({ status: 'not-answering', site: 'linkedin' });
    fireEvent.click(await screen.findByRole('button', { name: 'Reload tab' }));
    expect(connector.calls).toContainEqual(['reloadTab']);
  });

  test('degraded offers a reload too', async () => {
    const connector = renderPopup({ status: 'degraded', site: 'linkedin' });
    fireEvent.click(await screen.findByRole('button', { name: 'Reload tab' }));
    expect(connector.calls).toContainEqual(['reloadTab']);
  });

  test('pause, then resume, on this site', async () => {
    const connector = renderPopup({ status: 'no-composer', site: 'gmail' });
    fireEvent.click(await screen.findByRole('button', { name: 'Pause on Gmail' }));
    expect(await screen.findByRole('heading', { name: 'Outward is paused on Gmail' })).toBeTruthy();
    expect(connector.calls).toContainEqual(['setSiteEnabled', 'gmail', false]);
    expect(screen.getByRole('status').textContent).toBe('Outward is paused on Gmail.');
    fireEvent.click(screen.getByRole('button', { name: 'Resume on Gmail' }));
    expect(await screen.findByRole('heading', { name: 'Click into a draft in Gmail or LinkedIn' })).toBeTruthy();
    expect(connector.calls).toContainEqual(['setSiteEnabled', 'gmail', true]);
  });

  test('no pause button where there is no site', async () => {
    renderPopup({ status: 'unsupported' });
    await screen.findByRole('heading', { name: 'Outward works in Gmail and LinkedIn' });
    expect(screen.queryByRole('button', { name: /^Pause/ })).toBeNull();
  });

  test('the Settings button opens the options page', async () => {
    const connector = renderPopup({ status: 'unsupported' });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(connector.calls).toContainEqual(['openOptions']);
  });

  test('follows state changes pushed by the connector', async () => {
    const connector = renderPopup({ status: 'analysing', site: 'gmail', channel: 'cold-email' });
    await screen.findByRole('heading', { name: 'Checking your draft…' });
    connector.setState(results);
    expect(await screen.findByRole('meter', { name: 'Client focus' })).toBeTruthy();
  });
});

describe('popup results', () => {
  test('shows the score with its word, the breakdown and every finding grouped by category', async () => {
    renderPopup(results);
    const meter = await screen.findByRole('meter', { name: 'Client focus' });
    expect(meter.getAttribute('aria-valuenow')).toBe(String(SAMPLE_REPORT.score));
    expect(meter.getAttribute('aria-valuetext')).toContain('Half you, half them');
    const moves = screen.getByRole('region', { name: 'What moves the score' });
    const items = within(moves).getAllByRole('listitem').map((item) => item.textContent);
    // Most negative first, positives after.
    expect(items[0]).toContain('Talks about you more than them');
    expect(items[0]).toContain('\u221220');
    expect(items.at(-1)).toContain('+5');
    expect(screen.getByRole('heading', { level: 2, name: '3 suggestions' })).toBeTruthy();
    for (const finding of SAMPLE_REPORT.findings) expect(screen.getByRole('article', { name: finding.message })).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['About you, not them (1)', 'Scripted empathy (1)', 'Pushy (1)']);
  });

  test('Apply, Show and Dismiss go to the connector with the finding id', async () => {
    const connector = renderPopup(results);
    const card = await screen.findByRole('article', { name: SAMPLE_REPORT.findings[1]!.message });
    fireEvent.click(within(card).getByRole('button', { name: 'Replace with "one more idea for you"' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Show in draft' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: SAMPLE_REPORT.findings[1]!.message })).toBeNull());
    expect(connector.calls).toContainEqual(['apply', 'f2', 0]);
    expect(connector.calls).toContainEqual(['show', 'f2']);
    expect(connector.calls).toContainEqual(['dismiss', 'f2']);
  });

  test('a change in the number of findings is announced politely', async () => {
    const connector = renderPopup(results);
    await screen.findByRole('meter');
    fireEvent.click(within(screen.getByRole('article', { name: SAMPLE_REPORT.findings[2]!.message })).getByRole('button', { name: 'Dismiss' }));
    const announcement = await screen.findByText('2 suggestions now.');
    expect(announcement.getAttribute('role')).toBe('status');
    expect(connector.calls).toContainEqual(['dismiss', 'f3']);
  });

  test('a stale apply says nothing was applied, on that card', async () => {
    renderPopup(results, { applyOutcome: { ok: false, reason: 'stale' } });
    const card = await screen.findByRole('article', { name: SAMPLE_REPORT.findings[0]!.message });
    fireEvent.click(within(card).getByRole('button', { name: 'Remove the opener' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toMatch(/nothing was applied/));
  });

  test('Copy report puts a plain-text summary on the clipboard', async () => {
    const connector = renderPopup(results);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(connector.copied).not.toBeNull());
    const text = connector.copied ?? '';
    expect(text).toContain(`Client focus: ${SAMPLE_REPORT.score}/100`);
    for (const finding of SAMPLE_REPORT.findings) expect(text).toContain(finding.message);
    expect(text).not.toMatch(/<[a-z]/i);
    expect(await screen.findByText('Report copied.')).toBeTruthy();
  });

  test('a clean draft says there is nothing to flag', async () => {
    renderPopup(GALLERY['results-clean'] as PopupState);
    expect(await screen.findByRole('heading', { name: 'Nothing to flag' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  test('every control is a native button or summary (keyboard reachable, Enter and Space work)', async () => {
    const { container } = render(<Popup connector={createMockConnector({ state: results })} />);
    await screen.findByRole('meter');
    const clickable = container.querySelectorAll('[onclick], [role="button"]:not(button)');
    expect(clickable).toHaveLength(0);
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.textContent?.trim()).not.toBe('');
    }
  });
});
