import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CATEGORIES, CATEGORY_IDS } from '../../core/categories';
import type { ApplyOutcome, ReportView, SiteId } from '../../platform/protocol';
import type { Connector, PopupState } from '../connector';
import { FindingCard } from '../components/FindingCard';
import { ScoreGauge } from '../components/ScoreGauge';
import { formatPoints, reportText, SITE_NAMES } from '../report-text';

export interface PopupProps {
  connector: Connector;
}

/** The card-level line shown after an apply that did not go through. */
export function applyStatus(outcome: ApplyOutcome): string | undefined {
  if (outcome.ok) return undefined;
  switch (outcome.reason) {
    case 'stale':
      return 'The text changed since this was checked — nothing was applied.';
    case 'not-found':
      return 'This part of the draft is gone — nothing was applied.';
    case 'failed':
      return 'Outward could not make this change. You can edit the draft by hand.';
  }
}

/** The toolbar popup: the active draft's score, why, and every finding with its actions. */
export function Popup({ connector }: PopupProps) {
  const [state, setState] = useState<PopupState | null>(null);
  const [cardStatus, setCardStatus] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');

  // The finding count last shown, so a change while the popup is open is announced politely.
  const lastCount = useRef<number | null>(null);

  const refresh = useCallback(async () => {
    let next: PopupState;
    try {
      next = await connector.getState();
    } catch {
      next = { status: 'unsupported' };
    }
    setState(next);
    const count = next.status === 'results' ? next.report.findings.length : null;
    if (count !== null && lastCount.current !== null && count !== lastCount.current) {
      setAnnouncement(count === 0 ? 'Nothing left to flag.' : `${count} ${count === 1 ? 'suggestion' : 'suggestions'} now.`);
    }
    lastCount.current = count;
  }, [connector]);

  useEffect(() => {
    void refresh();
    return connector.subscribeState(() => void refresh());
  }, [connector, refresh]);

  const site = state && 'site' in state ? state.site : null;

  async function setSiteEnabled(target: SiteId, enabled: boolean) {
    await connector.setSiteEnabled(target, enabled);
    setAnnouncement(enabled ? `Outward is on for ${SITE_NAMES[target]}.` : `Outward is paused on ${SITE_NAMES[target]}.`);
    await refresh();
  }

  async function apply(findingId: string, index: number) {
    const outcome = await connector.apply(findingId, index);
    const message = applyStatus(outcome);
    setCardStatus((current) => {
      const next = { ...current };
      if (message) next[findingId] = message;
      else delete next[findingId];
      return next;
    });
    if (outcome.ok) setAnnouncement('Change applied. Press Ctrl+Z in the draft to undo it.');
    await refresh();
  }

  async function dismiss(findingId: string) {
    await connector.dismiss(findingId);
    await refresh();
  }

  async function copyReport(report: ReportView, target: SiteId) {
    try {
      await connector.copyText(reportText(report, target));
      setAnnouncement('Report copied.');
    } catch {
      setAnnouncement('Could not copy the report.');
    }
  }

  return (
    <div class="ow-popup">
      <header class="ow-popup-header">
        <h1>Outward{site ? ` · ${SITE_NAMES[site]}` : ''}</h1>
        {site && state && state.status !== 'paused' && state.status !== 'not-answering' ? (
          <button type="button" class="ow-button" onClick={() => void setSiteEnabled(site, false)}>
            Pause on {SITE_NAMES[site]}
          </button>
        ) : null}
      </header>
      <main>
        {state && 'generic' in state && state.generic ? (
          <p class="ow-hint">
            Outward doesn't know this kind of box on {SITE_NAMES[state.site]}, so it checks it as a generic composer.
          </p>
        ) : null}
        {state && 'context' in state && <p class="ow-hint">{state.context?.line}</p>}
        <Body
          state={state}
          connector={connector}
          cardStatus={cardStatus}
          onApply={apply}
          onDismiss={dismiss}
          onResume={(target) => void setSiteEnabled(target, true)}
          onCopy={copyReport}
        />
      </main>
      <p class="ow-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <footer class="ow-popup-footer">
        <button type="button" class="ow-button ow-button-link" onClick={() => void connector.openOptions()}>
          Settings
        </button>
      </footer>
    </div>
  );
}

interface BodyProps {
  state: PopupState | null;
  connector: Connector;
  cardStatus: Record<string, string>;
  onApply(findingId: string, index: number): Promise<void>;
  onDismiss(findingId: string): Promise<void>;
  onResume(site: SiteId): void;
  onCopy(report: ReportView, site: SiteId): Promise<void>;
}

function Message({ title, children, busy }: { title: string; children?: ComponentChildren; busy?: boolean }) {
  return (
    <section class="ow-popup-message" aria-busy={busy ? 'true' : undefined}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const NOT_SCORED_TITLES = { 'too-long': 'Too long to check', 'not-english': "This draft doesn't look like English", empty: 'Not scored yet' } as const;
const NOT_SCORED_HINTS = {
  'too-long': '',
  'not-english': ' Outward checks English drafts only, so there is nothing to flag here.',
  empty: ' Write a few words and the score appears a moment after you stop typing.',
} as const;

function Body({ state, connector, cardStatus, onApply, onDismiss, onResume, onCopy }: BodyProps) {
  if (state === null) {
    return (
      <Message title="Checking this tab…" busy>
        <p>One moment.</p>
      </Message>
    );
  }
  switch (state.status) {
    case 'unsupported':
      return (
        <Message title="Outward works in Gmail and LinkedIn">
          <p>Open a draft in Gmail or LinkedIn to see how much it is about your reader.</p>
        </Message>
      );
    case 'not-answering':
      return (
        <Message title="Reload this tab to start Outward">
          <p>This page was open before Outward was installed or updated, so Outward cannot see it yet. Save your draft first if it is not saved.</p>
          <button type="button" class="ow-button ow-button-primary" onClick={() => void connector.reloadTab()}>
            Reload tab
          </button>
        </Message>
      );
    case 'no-composer':
      return (
        <Message title="Click into a draft in Gmail or LinkedIn">
          <p>Click into the message you are writing and its score appears here.</p>
        </Message>
      );
    case 'paused':
      return (
        <Message title={`Outward is paused on ${SITE_NAMES[state.site]}`}>
          <p>Your drafts here are not checked until you turn it back on.</p>
          <button type="button" class="ow-button ow-button-primary" onClick={() => onResume(state.site)}>
            Resume on {SITE_NAMES[state.site]}
          </button>
        </Message>
      );
    case 'degraded':
      return (
        <Message title="Outward couldn't find the message box">
          <p>{SITE_NAMES[state.site]} may have changed its page, so this draft is not checked. Reloading the tab can help.</p>
          <button type="button" class="ow-button" onClick={() => void connector.reloadTab()}>
            Reload tab
          </button>
        </Message>
      );
    case 'not-scored':
      // One message for the three reasons: the title and a hint after the analyser's own words.
      return (
        <Message title={NOT_SCORED_TITLES[state.reason]}>
          <p>
            {state.message}
            {NOT_SCORED_HINTS[state.reason]}
          </p>
        </Message>
      );
    case 'analysing':
      return (
        <Message title="Checking your draft…" busy>
          <p>The score appears a moment after you stop typing.</p>
        </Message>
      );
    case 'results':
      return <Results report={state.report} site={state.site} cardStatus={cardStatus} connector={connector} onApply={onApply} onDismiss={onDismiss} onCopy={onCopy} />;
  }
}

interface ResultsProps {
  report: ReportView;
  site: SiteId;
  connector: Connector;
  cardStatus: Record<string, string>;
  onApply(findingId: string, index: number): Promise<void>;
  onDismiss(findingId: string): Promise<void>;
  onCopy(report: ReportView, site: SiteId): Promise<void>;
}

function Results({ report, site, connector, cardStatus, onApply, onDismiss, onCopy }: ResultsProps) {
  const pulling = report.contributions.filter((c) => Math.round(c.points) < 0).sort((a, b) => a.points - b.points);
  const helping = report.contributions.filter((c) => Math.round(c.points) > 0).sort((a, b) => b.points - a.points);
  const groups = CATEGORY_IDS.map((category) => ({ category, findings: report.findings.filter((f) => f.category === category) })).filter(
    (group) => group.findings.length > 0,
  );
  return (
    <div class="ow-results">
      <section aria-labelledby="ow-score-title">
        <h2 id="ow-score-title" class="ow-visually-hidden">
          Score
        </h2>
        <ScoreGauge score={report.score} />
        <p class="ow-hint">
          You mention yourself {report.writerReferences} {report.writerReferences === 1 ? 'time' : 'times'} and your reader {report.readerReferences}{' '}
          {report.readerReferences === 1 ? 'time' : 'times'}.
        </p>
      </section>
      {pulling.length > 0 || helping.length > 0 ? (
        <section aria-labelledby="ow-breakdown-title">
          <h2 id="ow-breakdown-title" class="ow-section-title">
            What moves the score
          </h2>
          <ul class="ow-breakdown">
            {[...pulling, ...helping].map((contribution) => (
              <li key={contribution.key}>
                <span>{contribution.label}</span>
                <span class="ow-breakdown-points" aria-label={`${formatPoints(contribution.points)} points`}>
                  {formatPoints(contribution.points)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="ow-popup-toolbar">
        <button type="button" class="ow-button" onClick={() => void onCopy(report, site)}>
          Copy report
        </button>
      </div>
      <section aria-labelledby="ow-findings-title">
        <h2 id="ow-findings-title" class="ow-section-title">
          {report.findings.length === 0
            ? 'Nothing to flag'
            : `${report.findings.length} ${report.findings.length === 1 ? 'suggestion' : 'suggestions'}`}
        </h2>
        {report.findings.length === 0 ? <p>This draft reads as written for them. Nice work.</p> : null}
        {groups.map((group) => (
          <section class="ow-group" key={group.category} aria-labelledby={`ow-group-${group.category}`}>
            <h3 class="ow-group-title" id={`ow-group-${group.category}`}>
              {CATEGORIES[group.category].label} ({group.findings.length})
            </h3>
            <ul class="ow-findings-list">
              {group.findings.map((finding) => (
                <li key={finding.id}>
                  <FindingCard
                    finding={finding}
                    headingLevel={4}
                    status={cardStatus[finding.id]}
                    onApply={(index) => void onApply(finding.id, index)}
                    onShow={() => void connector.show(finding.id)}
                    onDismiss={() => void onDismiss(finding.id)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
