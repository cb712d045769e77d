import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FirstRun } from './FirstRun';

afterEach(cleanup);

test('says what Outward does, the privacy promise, an example and where settings are', () => {
  const onOpenSettings = vi.fn();
  render(<FirstRun onOpenSettings={onOpenSettings} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Outward' })).toBeTruthy();
  expect(screen.getByText('Your drafts never leave your browser.')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'A 20-second example' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
  expect(onOpenSettings).toHaveBeenCalledTimes(1);
});
