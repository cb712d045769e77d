import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options, ruleName } from './Options';
import { createMockConnector } from '../mock-connector';
import { SAMPLE_RULES } from '../testing/samples';
import { DEFAULT_SETTINGS, serializeSettings, type Settings } from '../../platform/settings';

afterEach(cleanup);

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

async function renderOptions(options: Parameters<typeof createMockConnector>[0] = {}) {
  const connector = createMockConnector({ rules: SAMPLE_RULES, ...options });
  render(<Options connector={connector} />);
  await screen.findByRole('heading', { level: 2, name: 'What to flag' });
  return connector;
}

const lastSaved = (connector: ReturnType<typeof createMockConnector>) =>
  connector.calls.filter((call) => call[0] === 'saveSettings').at(-1)?.[1] as Settings | undefined;

/** Selects a file in a file input, as a user would. */
function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'outward-settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  test('groups rules by category with description, first examples and a switch', async () => {
    await renderOptions();
    const pushy = screen.getByRole('region', { name: 'Pushy' });
    const toggle = within(pushy).getByRole('switch', { name: 'Chasing' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect(within(pushy).getByText(SAMPLE_RULES[0]!.description)).toBeTruthy();
    expect(within(pushy).getByText(SAMPLE_RULES[0]!.examples.bad[0]!)).toBeTruthy();
    expect(within(pushy).getByText(SAMPLE_RULES[0]!.examples.good[0]!)).toBeTruthy();
    // Categories come in the fixed display order, only those with rules.
    const headings = within(screen.getByRole('region', { name: 'What to flag' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['About you, not them', 'Scripted empathy', 'Pushy', 'Bragging']);
  });

  test('switching a rule off saves it', async () => {
    const connector = await renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: 'Hollow opener' }));
    await waitFor(() => expect(lastSaved(connector)?.rules).toEqual({ 'hollow-opener': false }));
    expect((screen.getByRole('switch', { name: 'Hollow opener' }) as HTMLInputElement).checked).toBe(false);
  });

  test('a stored "off" shows as off', async () => {
    await renderOptions({ settings: { ...defaults(), rules: { superlatives: false } } });
    expect((screen.getByRole('switch', { name: 'Superlatives' }) as HTMLInputElement).checked).toBe(false);
  });

  test('sensitivity, default channel and sites save', async () => {
    const connector = await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: /Strict/ }));
    await waitFor(() => expect(lastSaved(connector)?.sensitivity).toBe('strict'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of message, when the page does not say' }), { target: { value: 'follow-up' } });
    await waitFor(() => expect(lastSaved(connector)?.defaultChannel).toBe('follow-up'));
    fireEvent.click(screen.getByRole('switch', { name: 'Check drafts on LinkedIn' }));
    await waitFor(() => expect(lastSaved(connector)?.sites).toEqual({ gmail: true, linkedin: false }));
  });

  test('the context switch is on by default, turns off and saves, and a stored "off" shows as off', async () => {
    const connector = await renderOptions();
    const name = 'Read the message, post or person a draft answers';
    const toggle = screen.getByRole('switch', { name }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('aria-describedby')).toBe('read-context-description');
    fireEvent.click(toggle);
    await waitFor(() => expect(lastSaved(connector)?.readContext).toBe(false));
    cleanup();
    await renderOptions({ settings: { ...defaults(), readContext: false } });
    expect((screen.getByRole('switch', { name }) as HTMLInputElement).checked).toBe(false);
  });

  test('own names and ignored phrases save as cleaned lists', async () => {
    const connector = await renderOptions();
    fireEvent.input(screen.getByRole('textbox', { name: 'Your company and product names' }), { target: { value: ' Acme \n\nacme\nAcme Cloud' } });
    await waitFor(() => expect(lastSaved(connector)?.ownNames).toEqual(['Acme', 'Acme Cloud']));
    fireEvent.input(screen.getByRole('textbox', { name: 'Phrases never to flag' }), { target: { value: 'quick question' } });
    await waitFor(() => expect(lastSaved(connector)?.ignoredPhrases).toEqual(['quick question']));
  });

  test('a save error (quota) is shown, not swallowed, and the control goes back to what is stored', async () => {
    await renderOptions({ saveError: new Error('Your settings are too large to save. Remove some names or phrases and try again.') });
    const chasing = screen.getByRole('switch', { name: 'Chasing' }) as HTMLInputElement;
    fireEvent.click(chasing);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too large to save/));
    await waitFor(() => expect(chasing.checked).toBe(true));
  });

  test('every list shows its count against its limit', async () => {
    await renderOptions({ settings: { ...defaults(), ownNames: ['Acme', 'Acme Cloud'] }, draftPhrases: ['circling back'] });
    expect(screen.getByText('2 of 100 names, up to 100 characters each')).toBeTruthy();
    expect(screen.getByText('0 of 100 phrases, up to 100 characters each')).toBeTruthy();
    expect(screen.getByText(/1 of 100 phrases, up to 100 characters each/)).toBeTruthy();
  });

  test.each([
    ['5,000 pasted names', Array.from({ length: 5000 }, (_, i) => `Name ${i}`).join('\n'), /can hold at most 100 entries; this has 5000\. Nothing was saved\./],
    ['a name over 100 characters', `Acme\n${'y'.repeat(101)}`, /at most 100 characters; "y+…" has 101\. Nothing was saved\./],
    ['names too long to sync together', Array.from({ length: 90 }, (_, i) => `${i}`.padEnd(99, 'z')).join('\n'), /too long to sync: \d+ of 8192 bytes/],
  ])('%s are refused with a message before anything is saved, and the field keeps what was saved', async (_name, text, message) => {
    const connector = await renderOptions({ settings: { ...defaults(), ownNames: ['Acme'] } });
    const field = screen.getByRole('textbox', { name: 'Your company and product names' }) as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: text } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('own-names-error')?.textContent).toMatch(message);
    expect(field.value).toBe('Acme');
    expect(connector.calls.some((call) => call[0] === 'saveSettings')).toBe(false);
    expect(screen.getByText('1 of 100 names, up to 100 characters each')).toBeTruthy();
    // A valid edit afterwards saves and clears the message.
    fireEvent.input(field, { target: { value: 'Acme\nGlobex' } });
    await waitFor(() => expect(lastSaved(connector)?.ownNames).toEqual(['Acme', 'Globex']));
    expect(document.getElementById('own-names-error')?.textContent).toBe('');
  });

  test('phrases added from drafts are listed apart, with delete', async () => {
    const connector = await renderOptions({ settings: { ...defaults(), ignoredPhrases: ['typed phrase'] }, draftPhrases: ['circling back', 'touching base'] });
    const list = screen.getByRole('list', { name: 'Phrases added from drafts' });
    expect(within(list).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['circling back', 'touching base']);
    expect((screen.getByRole('textbox', { name: 'Phrases never to flag' }) as HTMLTextAreaElement).value).toBe('typed phrase');
    fireEvent.click(within(list).getByRole('button', { name: 'Delete "circling back"' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(connector.calls).toContainEqual(['removeDraftPhrase', 'circling back']);
    expect(connector.draftPhrases).toEqual(['touching base']);
  });

  test('changes from another context show up', async () => {
    const connector = await renderOptions();
    connector.emitSettings({ ...defaults(), sensitivity: 'relaxed', ownNames: ['Globex'] });
    await waitFor(() => expect((screen.getByRole('radio', { name: /Relaxed/ }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('textbox', { name: 'Your company and product names' }) as HTMLTextAreaElement).value).toBe('Globex');
  });

  test('export hands the settings to the connector', async () => {
    const connector = await renderOptions({ settings: { ...defaults(), ownNames: ['Acme'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(connector.exported).not.toBeNull());
    expect(JSON.parse(connector.exported ?? '')).toMatchObject({ ownNames: ['Acme'] });
    expect(await screen.findByText('Settings exported to a file.')).toBeTruthy();
  });

  test('import of a valid file replaces the settings and says so', async () => {
    const connector = await renderOptions();
    const wanted: Settings = { ...defaults(), sensitivity: 'strict', ignoredPhrases: ['touch base'], rules: { chasing: false } };
    chooseFile(screen.getByLabelText('Import settings…') as HTMLInputElement, serializeSettings(wanted));
    expect(await screen.findByText('Settings imported.')).toBeTruthy();
    expect(connector.settings).toEqual(wanted);
    expect((screen.getByRole('switch', { name: 'Chasing' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('textbox', { name: 'Phrases never to flag' }) as HTMLTextAreaElement).value).toBe('touch base');
  });

  test('import says which rule switches it ignored', async () => {
    const connector = await renderOptions();
    chooseFile(screen.getByLabelText('Import settings…') as HTMLInputElement, '{"version":1,"rules":{"constructor":false,"retired-rule":false,"chasing":false}}');
    expect(await screen.findByText(/Settings imported\. Ignored switches for rules .*"constructor", "retired-rule"\./)).toBeTruthy();
    expect(connector.settings.rules).toEqual({ chasing: false });
  });

  test.each([
    ['not JSON', 'this is not json'],
    ['a foreign JSON file', '{"name":"something-else","version":"2.0.0"}'],
    ['a wrong field type', '{"version":1,"sensitivity":"loud"}'],
  ])('import of %s shows an error and changes nothing', async (_name, text) => {
    const start: Settings = { ...defaults(), ownNames: ['Acme'] };
    const connector = await renderOptions({ settings: start });
    chooseFile(screen.getByLabelText('Import settings…') as HTMLInputElement, text);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Nothing was changed\.$/));
    expect(connector.settings).toEqual(start);
    expect(connector.calls.some((call) => call[0] === 'saveSettings')).toBe(false);
  });

  test('reset asks first; Cancel keeps everything, Yes restores the defaults', async () => {
    const connector = await renderOptions({ settings: { ...defaults(), ownNames: ['Acme'], sensitivity: 'strict' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(connector.calls.some((call) => call[0] === 'resetSettings')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByRole('group', { name: /Reset every setting/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect((screen.getByRole('radio', { name: /Balanced/ }) as HTMLInputElement).checked).toBe(true));
    expect(connector.settings).toEqual(DEFAULT_SETTINGS);
    expect((screen.getByRole('textbox', { name: 'Your company and product names' }) as HTMLTextAreaElement).value).toBe('');
  });

  test('with no rules yet it says so', async () => {
    await renderOptions({ rules: [] });
    expect(screen.getByText('No rules are available yet.')).toBeTruthy();
  });

  test('ruleName turns ids into words', () => {
    expect(ruleName('hollow-opener')).toBe('Hollow opener');
    expect(ruleName('x')).toBe('X');
  });
});
