import { useId } from 'preact/hooks';
import type { FindingView } from '../../platform/protocol';
import { CategoryBadge } from './CategoryBadge';
import { Drawn } from './Drawn';
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
 * Every string from the draft is rendered as a text node (Preact escapes it), never as markup; in
 * the page, as drawn text (see Drawn), so the page's find and selections cannot reach it.
 */
export function FindingCard({ finding, onApply, onDismiss, onShow, onIgnorePhrase, status, headingLevel = 3 }: FindingCardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const excerpt = clipExcerpt(finding.excerpt);
  return (
    <article class="ow-card" data-category={finding.category} aria-labelledby={headingId} data-finding-id={finding.id}>
      <div class="ow-card-head">
        <CategoryBadge category={finding.category} />
      </div>
      <Heading class="ow-card-title" id={headingId}>
        <Drawn text={finding.message} />
      </Heading>
      {excerpt && finding.level !== 'draft' ? (
        <q class="ow-card-excerpt"><Drawn text={excerpt} /></q>
      ) : null}
      <details class="ow-card-why">
        <summary><Drawn text="Why?" /></summary>
        <p><Drawn text={finding.why} /></p>
      </details>
      {finding.suggestions.length > 0 ? (
        <ul class="ow-suggestions" aria-label="Suggestions">
          {finding.suggestions.map((suggestion, index) =>
            suggestion.edits.length > 0 ? (
              <li key={index}>
                <button type="button" class="ow-button ow-button-primary" onClick={() => onApply(index)}>
                  <Drawn text={suggestion.label} />
                </button>
              </li>
            ) : (
              <li key={index} class="ow-advice">
                <Drawn class="ow-advice-tag" text="Tip: " />
                <Drawn text={suggestion.label} />
              </li>
            ),
          )}
        </ul>
      ) : null}
      <div class="ow-card-actions">
        {onShow ? (
          <button type="button" class="ow-button" onClick={onShow}>
            <Drawn text="Show in draft" />
          </button>
        ) : null}
        <button type="button" class="ow-button" onClick={onDismiss}>
          <Drawn text="Dismiss" />
        </button>
        {onIgnorePhrase ? (
          <button type="button" class="ow-button ow-button-link" onClick={onIgnorePhrase}>
            <Drawn text="Don't flag this phrase" />
          </button>
        ) : null}
      </div>
      <p class="ow-card-status" role="status">
        <Drawn text={status ?? ''} />
      </p>
    </article>
  );
}
