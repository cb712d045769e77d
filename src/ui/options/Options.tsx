import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CATEGORIES, CATEGORY_IDS } from '../../core/categories';
import type { Channel, RuleInfo, Sensitivity } from '../../core/types';
import type { SiteId } from '../../platform/protocol';
import { CHANNELS, cleanList, type Settings } from '../../platform/settings';
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

/** The options page: rules, sensitivity, own names, ignored phrases, sites, channel, backup. */
export function Options({ connector }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  // The two lists are edited as free text; settings hold the cleaned lists.
  const [ownNamesText, setOwnNamesText] = useState('');
  const [phrasesText, setPhrasesText] = useState('');
  const textRef = useRef({ ownNames: '', phrases: '' });
  textRef.current = { ownNames: ownNamesText, phrases: phrasesText };

  function adopt(next: Settings, options: { replaceText: boolean }) {
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
    return () => {
      live = false;
      stop();
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

  function change(next: Settings) {
    setSettings(next);
    setError('');
    connector.saveSettings(next).catch((reason: unknown) => {
      setError(reason instanceof Error ? reason.message : 'Your settings could not be saved.');
    });
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
                onChange={(enabled) => change({ ...current, rules: { ...current.rules, [rule.id]: enabled } })}
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
                onChange={() => change({ ...current, sensitivity: level })}
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
            onChange={(event) => change({ ...current, defaultChannel: event.currentTarget.value as Settings['defaultChannel'] })}
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
            aria-describedby="own-names-hint"
            value={ownNamesText}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setOwnNamesText(text);
              change({ ...current, ownNames: cleanList(text.split('\n')) });
            }}
          />
        </div>
        <div class="ow-field">
          <label for="ignored-phrases">Phrases never to flag</label>
          <p class="ow-hint" id="ignored-phrases-hint">
            One per line. Outward leaves these alone wherever they appear.
          </p>
          <textarea
            id="ignored-phrases"
            class="ow-textarea"
            aria-describedby="ignored-phrases-hint"
            value={phrasesText}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setPhrasesText(text);
              change({ ...current, ignoredPhrases: cleanList(text.split('\n')) });
            }}
          />
        </div>
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
              onChange={(event) => change({ ...current, sites: { ...current.sites, [site]: event.currentTarget.checked } })}
            />
            Check drafts on {SITE_NAMES[site]}
          </label>
        ))}
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
              <p id="reset-question">Reset every setting to its default? Your names and phrases will be cleared.</p>
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
