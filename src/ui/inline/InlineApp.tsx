/**
 * What Outward draws next to a composer: the score badge and, when open, the card for one
 * finding or the list of all of them. Presentational: the content script passes data and
 * callbacks; nothing here touches the editor or extension APIs. Only trusted events (the user's,
 * never a page's synthetic ones) reach the callbacks.
 */
import type { FindingView } from '../../platform/protocol';
import { FindingCard } from '../components/FindingCard';
import './drawn';
import './controls';
import type { Placement } from './placement';

/** The badge's size in pixels (a pill: a small meter and the score out of 100, or a state in words). */
export const BADGE_WIDTH = 88;
export const BADGE_HEIGHT = 24;

export interface InlineAppProps {
  score: number | null;
  /** Why the draft is not scored, when it is not (shown in words instead of a score). */
  notScored?: 'empty' | 'not-english' | 'too-long' | null;
  findings: FindingView[];
  /** Badge position (viewport coordinates of its top-left corner). */
  badge: { x: number; y: number } | null;
  /** The open card: one finding, or the list (`'list'`), placed by placeCard(). */
  open: ({ findingId: string | 'list' } & Placement) | null;
  /** A finding whose card stays open with `status` though the latest analysis no longer lists it. */
  held?: FindingView | null;
  status?: string;
  onBadge(): void;
  onApply(findingId: string, suggestionIndex: number): void;
  onDismiss(findingId: string): void;
  onIgnorePhrase(findingId: string): void;
  onClose(): void;
  /** The pointer entered or left the open card, or pressed inside it (hover-opened cards stay then). */
  onCardPointer?(event: 'enter' | 'leave' | 'down'): void;
}

const NOT_SCORED_WORDS = { 'not-english': 'Not English', empty: 'Empty draft', 'too-long': 'Too long' } as const;

export function InlineApp(props: InlineAppProps) {
  const { score, findings, badge, open } = props;
  const count = findings.length;
  const words = props.notScored ? NOT_SCORED_WORDS[props.notScored] : null;
  const label =
    props.notScored === 'too-long'
      ? 'Too long: not checked. Outward checks drafts up to about 6,000 words.'
      : words !== null
      ? `${words}: not scored. Outward checks drafts written in English.`
      : score === null
        ? 'Checking this draft'
        : `Client focus ${score} of 100 — ${count} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  const one = (id: string) => {
    const found = findings.filter((f) => f.id === id);
    return found.length === 0 && props.held?.id === id ? [props.held] : found;
  };
  const shown = open ? (open.findingId === 'list' ? findings : one(open.findingId)) : [];
  return (
    <div class="ow-inline">
      {badge ? (
        <button type="button" class="ow-score" style={{ left: `${badge.x}px`, top: `${badge.y}px` }} aria-label={label} onClick={(event) => event.isTrusted && props.onBadge()}>
          {words !== null ? (
            <span class="ow-score-words">{words}</span>
          ) : score === null ? (
            <span class="ow-score-words">Checking…</span>
          ) : (
            <>
              <span class="ow-score-meter" aria-hidden="true">
                <span class="ow-score-fill" style={{ inlineSize: `${Math.max(0, Math.min(100, score))}%` }} />
              </span>
              <span class="ow-score-number">{score}</span>
              <span class="ow-score-of">/100</span>
            </>
          )}
        </button>
      ) : null}
      {open && shown.length > 0 ? (
        <div
          class="ow-popover"
          role="dialog"
          aria-label="Outward suggestion"
          style={{ left: `${open.x}px`, maxHeight: `${open.maxHeight}px`, ...(open.above ? { bottom: `${open.y}px` } : { top: `${open.y}px` }) }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && event.isTrusted) {
              event.stopPropagation();
              props.onClose();
            }
          }}
        >
          <button type="button" class="ow-close" aria-label="Close" onClick={(event) => event.isTrusted && props.onClose()}>
            ×
          </button>
          {shown.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              status={props.status}
              onApply={(index) => props.onApply(finding.id, index)}
              onDismiss={() => props.onDismiss(finding.id)}
              onIgnorePhrase={finding.level === 'phrase' ? () => props.onIgnorePhrase(finding.id) : undefined}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Layout of the in-page UI (added to componentCss inside the shadow root). */
export const inlineCss = `
:host { all: initial; }
/* Every string is drawn from data-t (./drawn.ts), never a text node; nothing can be selected. */
.ow-drawn::before { content: attr(data-t); }
/* Nothing inside is ever hit: the pointer lands on page-visible boxes over the badge and the card (inline-host.tsx). */
:host, * { -webkit-user-select: none; user-select: none; pointer-events: none !important; }
.ow-inline { font-family: var(--ow-font); }
.ow-score {
  position: fixed; z-index: 2147483646; box-sizing: border-box; inline-size: ${BADGE_WIDTH}px; block-size: ${BADGE_HEIGHT}px;
  display: inline-flex; align-items: center; justify-content: center; gap: 0.3rem; padding: 0 0.5rem;
  border-radius: 6px; border: 1px solid var(--ow-border); background: var(--ow-bg); color: var(--ow-text);
  font: 600 0.75rem/1 var(--ow-font); cursor: pointer; box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); white-space: nowrap; overflow: hidden;
}
.ow-score-meter { inline-size: 1.5rem; block-size: 0.3rem; border-radius: 999px; background: var(--ow-gauge-track); overflow: hidden; flex: none; }
.ow-score-fill { display: block; block-size: 100%; background: var(--ow-gauge-fill); }
.ow-score-number { font-variant-numeric: tabular-nums; }
.ow-score-of { color: var(--ow-muted); font-weight: 400; }
.ow-score-words { font-weight: 600; }
.ow-score:focus-visible, .ow-close:focus-visible { outline: 3px solid var(--ow-focus); outline-offset: 2px; }
/* Controls never take DOM focus; the keyboard's current one is marked while the host has it. */
:host(:focus) .ow-current { outline: 3px solid var(--ow-focus); outline-offset: 2px; }
.ow-live { position: fixed !important; inset-block-start: 0; inset-inline-start: 0; }
.ow-popover {
  position: fixed; z-index: 2147483647; width: min(22rem, calc(100vw - 1rem)); max-height: min(28rem, calc(100vh - 1rem));
  overflow: auto; background: var(--ow-bg); color: var(--ow-text); border: 1px solid var(--ow-border);
  border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); padding: 0.75rem;
}
.ow-close { float: right; border: none; background: transparent; color: var(--ow-text); font-size: 1.25rem; cursor: pointer; }
`;
