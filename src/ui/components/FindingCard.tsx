import type { FindingView } from '../../platform/protocol';
import { CategoryBadge } from './CategoryBadge';
import { clipExcerpt } from './excerpt';

export interface FindingCardProps {
  finding: FindingView;
  /** Apply the suggestion at this index (only offered for suggestions with edits). */
  onApply(suggestionIndex: number): void;
  onDismiss(): void;
  /** Scroll the page to the words and select them (the popup offers it; the in-page card does not). */
  onShow?(): void;
  /** Add the excerpt to the phrases never flagged (offered only for phrase-level findings). */
  onIgnorePhrase?(): void;
  /** A short outcome line, e.g. "The text changed since this was checked — nothing was applied." */
  status?: string;
  /** @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * One finding: category, the flagged words, what to do about them, why, and the actions.
 * Every string from the draft is rendered as a text node (Preact escapes it), never as markup.
 */
export function FindingCard({ finding, onApply, onDismiss, onShow, onIgnorePhrase, status, headingLevel = 3 }: FindingCardProps) {
  // From the finding's id (unique within a report, so among the cards shown with it; never a
  // space), not useId(): that was the content script's only use of preact/hooks, now left out of it.
  const headingId = `ow-card-title-${finding.id}`;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const excerpt = clipExcerpt(finding.excerpt);
  return (
    <article class="ow-card" data-category={finding.category} aria-labelledby={headingId} data-finding-id={finding.id}>
      <div class="ow-card-head">
        <CategoryBadge category={finding.category} />
      </div>
      <Heading class="ow-card-title" id={headingId}>
        {finding.message}
      </Heading>
      {excerpt && finding.level !== 'draft' ? (
        <q class="ow-card-excerpt">{excerpt}</q>
      ) : null}
      <details class="ow-card-why">
        <summary>Why?</summary>
        <p>{finding.why}</p>
      </details>
      {finding.suggestions.length > 0 ? (
        <ul class="ow-suggestions" aria-label="Suggestions">
          {finding.suggestions.map((suggestion, index) =>
            suggestion.edits.length > 0 ? (
              <li key={index}>
                <button type="button" class="ow-button ow-button-primary" onClick={() => onApply(index)}>
                  {suggestion.label}
                </button>
              </li>
            ) : (
              <li key={index} class="ow-advice">
                <span class="ow-advice-tag">Tip: </span>
                {suggestion.label}
              </li>
            ),
          )}
        </ul>
      ) : null}
      <div class="ow-card-actions">
        {onShow ? (
          <button type="button" class="ow-button" onClick={onShow}>
            Show in draft
          </button>
        ) : null}
        <button type="button" class="ow-button" onClick={onDismiss}>
          Dismiss
        </button>
        {onIgnorePhrase ? (
          <button type="button" class="ow-button ow-button-link" onClick={onIgnorePhrase}>
            Don't flag this phrase
          </button>
        ) : null}
      </div>
      <p class="ow-card-status" role="status">
        {status ?? ''}
      </p>
    </article>
  );
}
