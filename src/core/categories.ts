/**
 * The closed list of categories (DESIGN.md §2) with their user-facing labels and colour tokens.
 * Typed with `satisfies Record<CategoryId, …>` so a missing category fails to compile.
 */
import type { CategoryId } from './types';

export interface CategoryInfo {
  id: CategoryId;
  /** Short label for badges and the popup breakdown. */
  label: string;
  /** One line on what the category means, for the popup and options. */
  summary: string;
  /** Underline and badge colours; each readable on light and on dark backgrounds. */
  color: { light: string; dark: string };
}

export const CATEGORIES = {
  'me-focus': {
    id: 'me-focus',
    label: 'About you, not them',
    summary: 'The writer or their company is the subject instead of the reader.',
    color: { light: '#b4236b', dark: '#f28cbc' },
  },
  'feature-dump': {
    id: 'feature-dump',
    label: 'Features, no outcome',
    summary: 'Capabilities listed with no link to what changes for the reader.',
    color: { light: '#8a4b00', dark: '#f5b255' },
  },
  'fake-empathy': {
    id: 'fake-empathy',
    label: 'Scripted empathy',
    summary: 'Stock feeling claims, hollow pleasantries and phony apologies.',
    color: { light: '#6b3fb3', dark: '#b99cf0' },
  },
  pushy: {
    id: 'pushy',
    label: 'Pushy',
    summary: 'Neediness and pressure: chasing, deadlines, assumptive closes.',
    color: { light: '#b3261e', dark: '#ff8a80' },
  },
  bragging: {
    id: 'bragging',
    label: 'Bragging',
    summary: 'Superlatives and credentials before any sign of understanding the reader.',
    color: { light: '#005f8f', dark: '#6cc4f0' },
  },
  generic: {
    id: 'generic',
    label: 'Could go to anyone',
    summary: 'Template copy: stock greetings, empty merge tags, no question about them.',
    color: { light: '#4d5b00', dark: '#c2d35a' },
  },
} as const satisfies Record<CategoryId, CategoryInfo>;

/** Category ids in display order. */
export const CATEGORY_IDS: readonly CategoryId[] = ['me-focus', 'feature-dump', 'fake-empathy', 'pushy', 'bragging', 'generic'];
