import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CATEGORIES, CATEGORY_IDS } from '../../core/categories';
import type { Channel, RuleInfo, Sensitivity } from '../../core/types';
import type { SiteId } from '../../platform/protocol';
import { CHANNELS, checkList, cleanList, DRAFT_PHRASE_NAMES, LIST_NAMES, SETTINGS_LIMITS, type ListNames, type Settings } from '../../platform/settings';
import type { Connector } from '../connector';
import { SITE_NAMES } from '../report-text';

export interface OptionsProps {
  connector: Connector;
}

/** A rule id as a short name: `hollow-opener` → "Hollow opener". */
export function ruleName(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SENSITIVITY_TEXT: Record<Sensitivity, { label: string; hint: string }> = {
  relaxed: { label: 'Relaxed', hint: 'Only the clearest cases.' },
  balanced: { label: 'Balanced', hint: 'The default: clear cases and likely ones.' },
  strict: { label: 'Strict', hint: 'Also borderline phrasing, for a close review.' },
};

export const CHANNEL_LABELS: Record<Channel | 'auto', string> = {
  auto: 'Work it out from the page',
  'cold-email': 'Cold email',
  'follow-up': 'Follow-up',
  'linkedin-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  reply: 'Reply',
  'service-reply': 'Customer service reply',
  newsletter: 'Newsletter',
};

const listText = (values: readonly string[]) => values.join('\n');

/** "3 of 100 names": a list's count against its limit. */
function countText({ one }: ListNames, count: number): string {
  return `${count} of ${SETTINGS_LIMITS.listItems} ${one}s, up to ${SETTINGS_LIMITS.itemLength} characters each`;
}

/** The options page: rules, sensitivity, own names, ignored phrases, sites, channel, backup. */
export function Options({ connector }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  /** Why the last input in a list was refused (nothing of it was saved). */
  const [listErrors, setListErrors] = useState<Partial<Record<'ownNames' | 'ignoredPhrases', string>>>({});
  const [draftPhrases, setDraftPhrases] = useState<string[]>([]);
  // The two lists are edited as free text; settings hold the cleaned lists.
  const [ownNamesText, setOwnNamesText] = useState('');
  const [phrasesText, setPhrasesText] = useState('');
  const textRef = useRef({ ownNames: '', phrases: '' });
  /** The settings as last changed or adopted, ahead of the render that shows them. */
  const latestRef = useRef<Settings | null>(null);
  textRef.current = { ownNames: ownNamesText, phrases: phrasesText };

  function adopt(next: Settings, options: { replaceText: boolean }) {
    latestRef.current = next;
    setSettings(next);
    // Keep what the user is typing unless the stored list really differs from it.
    const current = textRef.current;
    if (options.replaceText || listText(cleanList(current.ownNames.split('\n'))) !== listText(next.ownNames)) setOwnNamesText(listText(next.ownNames));
    if (options.replaceText || listText(cleanList(current.phrases.split('\n'))) !== listText(next.ignoredPhrases)) setPhrasesText(listText(next.ignoredPhrases));
  }

  useEffect(() => {
    let live = true;
    void connector.loadSettings().then((loaded) => {
      if (live) adopt(loaded, { replaceText: true });
    });
    const stop = connector.subscribeSettings((next) => adopt(next, { replaceText: false }));
    void connector.loadDraftPhrases?.().then((loaded) => {
      if (live) setDraftPhrases(loaded);
    });
    const stopDrafts = connector.subscribeDraftPhrases?.(setDraftPhrases) ?? (() => undefined);
    return () => {
      live = false;
      stop();
      stopDrafts();
    };
    // `adopt` only touches state setters and a ref, so it need not be a dependency.
  }, [connector]);

  if (!settings) {
    return (
      <main class="ow-page" aria-busy="true">
        <h1>Outward settings</h1>
        <p>Loading your settings…</p>
      </main>
    );
  }

  /** Applies a change to the latest settings (two changes before a render both count) and saves. */
  function change(update: (latest: Settings) => Settings) {
    const next = update(latestRef.current ?? current);
    latestRef.current = next;
    setSettings(next);
    setError('');
    connector.saveSettings(next).catch(async (reason: unknown) => {
      setError(reason instanceof Error ? reason.message : 'Your settings could not be saved.');
      // Every control shows what is stored (or about to be), never a value that was not saved.
      adopt(await connector.loadSettings(), { replaceText: false });
    });
  }

  /** A list edited as text: saved when within its limits, else refused with a message and the text kept as it was. */
  function editList(key: 'ownNames' | 'ignoredPhrases', text: string, input: HTMLTextAreaElement) {
    const checked = checkList(LIST_NAMES[key], text.split('\n'), key);
    if (!checked.ok) {
      setListErrors((errors) => ({ ...errors, [key]: `${checked.error} Nothing was saved.` }));
      // The field goes back to its last saved text (a controlled value the same as before does not re-render).
      input.value = key === 'ownNames' ? ownNamesText : phrasesText;
      return;
    }
    setListErrors((errors) => ({ ...errors, [key]: undefined }));
    if (key === 'ownNames') setOwnNamesText(text);
    else setPhrasesText(text);
    change((latest) => ({ ...latest, [key]: checked.list }));
  }

  async function onRemoveDraftPhrase(phrase: string) {
    setError('');
    try {
      await connector.removeDraftPhrase?.(phrase);
      setDraftPhrases((phrases) => phrases.filter((kept) => kept !== phrase));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : 'The phrase could not be deleted.');
    }
  }

  const current = settings;
  const rules = connector.listRules();
  const byCategory = CATEGORY_IDS.map((category) => ({ category, rules: rules.filter((rule) => rule.category === category) })).filter((group) => group.rules.length > 0);

  async function onImport(event: JSX.TargetedEvent<HTMLInputElement, Event>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNotice('');
    setError('');
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError('That file could not be read. Nothing was changed.');
      return;
    }
    const result = await connector.importSettings(text).catch((reason: unknown) => ({
      ok: false as const,
      error: reason instanceof Error ? reason.message : 'The settings could not be saved.',
    }));
    if (result.ok) {
      adopt(result.settings, { replaceText: true });
      setNotice(['Settings imported.', ...result.warnings].join(' '));
    } else {
      setError(`${result.error} Nothing was changed.`);
    }
  }

  async function onReset() {
    setConfirmingReset(false);
    setError('');
    try {
      adopt(await connector.resetSettings(), { replaceText: true });
      setNotice('Settings are back to their defaults.');
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : 'The settings could not be reset.');
    }
  }

  async function onExport() {
    setError('');
    try {
      await connector.exportSettings();
      setNotice('Settings exported to a file.');
    } catch {
      setError('The settings could not be exported.');
    }
  }

  return (
    <main class="ow-page">
      <h1>Outward settings</h1>
      <p class="ow-hint">Changes save as you make them and reach open drafts at once.</p>
      <div role="alert" class="ow-error">
        {error}
      </div>
      <p role="status">{notice}</p>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">What to flag</h2>
        {byCategory.length === 0 ? <p>No rules are available yet.</p> : null}
        {byCategory.map((group) => (
          <section key={group.category} aria-labelledby={`category-${group.category}`}>
            <h3 id={`category-${group.category}`}>{CATEGORIES[group.category].label}</h3>
            <p class="ow-hint">{CATEGORIES[group.category].summary}</p>
            {group.rules.map((rule) => (
              <RuleSwitch
                key={rule.id}
                rule={rule}
                enabled={current.rules[rule.id] ?? true}
                onChange={(enabled) => change((latest) => ({ ...latest, rules: { ...latest.rules, [rule.id]: enabled } }))}
              />
            ))}
          </section>
        ))}
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">How closely to check</h2>
        <fieldset class="ow-fieldset">
          <legend>Sensitivity</legend>
          {(Object.keys(SENSITIVITY_TEXT) as Sensitivity[]).map((level) => (
            <label class="ow-radio" key={level}>
              <input
                type="radio"
                name="sensitivity"
                value={level}
                checked={current.sensitivity === level}
                onChange={() => change((latest) => ({ ...latest, sensitivity: level }))}
              />
              <span>
                {SENSITIVITY_TEXT[level].label} <span class="ow-hint">— {SENSITIVITY_TEXT[level].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="ow-field">
          <label for="default-channel">Kind of message, when the page does not say</label>
          <select
            id="default-channel"
            class="ow-select"
            value={current.defaultChannel}
            onChange={(event) => {
              const channel = event.currentTarget.value as Settings['defaultChannel'];
              change((latest) => ({ ...latest, defaultChannel: channel }));
            }}
          >
            {(['auto', ...CHANNELS] as const).map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="words-title">
        <h2 id="words-title">Your words</h2>
        <div class="ow-field">
          <label for="own-names">Your company and product names</label>
          <p class="ow-hint" id="own-names-hint">
            One per line. Outward counts them as talking about yourself, like "we".
          </p>
          <textarea
            id="own-names"
            class="ow-textarea"
            aria-describedby="own-names-hint own-names-count own-names-error"
            aria-invalid={listErrors.ownNames ? 'true' : undefined}
            value={ownNamesText}
            onInput={(event) => editList('ownNames', event.currentTarget.value, event.currentTarget)}
          />
          <p class="ow-hint" id="own-names-count">
            {countText(LIST_NAMES.ownNames, current.ownNames.length)}
          </p>
          <p class="ow-error" id="own-names-error" aria-live="assertive">
            {listErrors.ownNames ?? ''}
          </p>
        </div>
        <div class="ow-field">
          <label for="ignored-phrases">Phrases never to flag</label>
          <p class="ow-hint" id="ignored-phrases-hint">
            One per line. Outward leaves these alone wherever they appear.
          </p>
          <textarea
            id="ignored-phrases"
            class="ow-textarea"
            aria-describedby="ignored-phrases-hint ignored-phrases-count ignored-phrases-error"
            aria-invalid={listErrors.ignoredPhrases ? 'true' : undefined}
            value={phrasesText}
            onInput={(event) => editList('ignoredPhrases', event.currentTarget.value, event.currentTarget)}
          />
          <p class="ow-hint" id="ignored-phrases-count">
            {countText(LIST_NAMES.ignoredPhrases, current.ignoredPhrases.length)}
          </p>
          <p class="ow-error" id="ignored-phrases-error" aria-live="assertive">
            {listErrors.ignoredPhrases ?? ''}
          </p>
        </div>
        <section aria-labelledby="draft-phrases-title">
          <h3 id="draft-phrases-title">Phrases added from drafts</h3>
          <p class="ow-hint">
            Added with "Don't flag this phrase" on a card. They are words from your drafts, so they stay in this browser on this device and are
            never synced. {countText(DRAFT_PHRASE_NAMES, draftPhrases.length)}.
          </p>
          {draftPhrases.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul class="ow-draft-phrases" aria-label="Phrases added from drafts">
              {draftPhrases.map((phrase) => (
                <li key={phrase}>
                  <span>{phrase}</span>{' '}
                  <button type="button" class="ow-button" aria-label={`Delete "${phrase}"`} onClick={() => void onRemoveDraftPhrase(phrase)}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Where Outward runs</h2>
        {(Object.keys(SITE_NAMES) as SiteId[]).map((site) => (
          <label class="ow-switch ow-check" key={site}>
            <input
              id={`site-${site}`}
              type="checkbox"
              role="switch"
              checked={current.sites[site]}
              onChange={(event) => {
                const enabled = event.currentTarget.checked;
                change((latest) => ({ ...latest, sites: { ...latest.sites, [site]: enabled } }));
              }}
            />
            Check drafts on {SITE_NAMES[site]}
          </label>
        ))}
      </section>

      <section aria-labelledby="context-title">
        <h2 id="context-title">What Outward reads beside a draft</h2>
        <label class="ow-switch ow-check">
          <input
            id="read-context"
            type="checkbox"
            role="switch"
            checked={current.readContext !== false}
            aria-describedby="read-context-description"
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              change(({ readContext: _was, ...latest }) => (enabled ? latest : { ...latest, readContext: false }));
            }}
          />
          Read the message, post or person a draft answers
        </label>
        <p id="read-context-description" class="ow-hint">
          While you write in a reply, comment or note, Outward reads what the page shows beside it (the message you answer, the post, the person's name) to find questions left unanswered, a wrong name in the greeting and comments that miss the post. It is kept in memory for that draft only: never stored, synced or sent.
        </p>
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">Back up and restore</h2>
        <div class="ow-actions">
          <button type="button" class="ow-button" onClick={() => void onExport()}>
            Export settings
          </button>
          {/* The native file input stays focusable (visually hidden); its label is the visible button. */}
          <input id="import-file" class="ow-visually-hidden ow-file-input" type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
          <label class="ow-button" for="import-file">
            Import settings…
          </label>
        </div>
        <div class="ow-actions" style={{ marginBlockStart: '1rem' }}>
          {confirmingReset ? (
            <div role="group" aria-labelledby="reset-question" class="ow-notice">
              <p id="reset-question">Reset every setting to its default? Your names and typed phrases will be cleared (phrases added from drafts stay until you delete them).</p>
              <div class="ow-actions">
                <button type="button" class="ow-button ow-button-primary" onClick={() => void onReset()}>
                  Yes, reset
                </button>
                <button type="button" class="ow-button" onClick={() => setConfirmingReset(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="ow-button" onClick={() => setConfirmingReset(true)}>
              Reset to defaults…
            </button>
          )}
        </div>
      </section>
    </main>
  );
}

interface RuleSwitchProps {
  rule: RuleInfo;
  enabled: boolean;
  onChange(enabled: boolean): void;
}

function RuleSwitch({ rule, enabled, onChange }: RuleSwitchProps) {
  const inputId = `rule-${rule.id}`;
  const bad = rule.examples.bad[0];
  const good = rule.examples.good[0];
  return (
    <div class="ow-rule">
      <div class="ow-rule-head">
        <label class="ow-switch" for={inputId}>
          <input id={inputId} type="checkbox" role="switch" checked={enabled} aria-describedby={`${inputId}-description`} onChange={(event) => onChange(event.currentTarget.checked)} />
          <span class="ow-rule-name">{ruleName(rule.id)}</span>
        </label>
      </div>
      <p class="ow-hint" id={`${inputId}-description`}>
        {rule.description}
      </p>
      {bad ? (
        <p class="ow-rule-example">
          <span class="ow-rule-example-label">Flagged: </span>
          <q>{bad}</q>
        </p>
      ) : null}
      {good ? (
        <p class="ow-rule-example">
          <span class="ow-rule-example-label">Better: </span>
          <q>{good}</q>
        </p>
      ) : null}
    </div>
  );
}
