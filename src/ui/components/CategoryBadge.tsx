import type { CategoryId } from '../../core/types';
import { CATEGORIES } from '../../core/categories';

export interface CategoryBadgeProps {
  category: CategoryId;
  /** Appended to the label, e.g. a count: "Pushy (2)". */
  suffix?: string;
}

/** A small pill with the category's colour dot and label; the colour is never the only cue. */
export function CategoryBadge({ category, suffix }: CategoryBadgeProps) {
  const info = CATEGORIES[category];
  return (
    <span class="ow-chip" data-category={category}>
      {suffix ? `${info.label} ${suffix}` : info.label}
    </span>
  );
}
