/**
 * Named popup states built from sample data, for the instrumented build's `?gallery=` route
 * (accessibility checks of states a fixture cannot easily reach) and for the screenshots.
 */
import type { PopupState } from '../connector';
import { SAMPLE_REPORT } from '../testing/samples';

export const GALLERY: Record<string, PopupState> = {
  unsupported: { status: 'unsupported' },
  'not-answering': { status: 'not-answering', site: 'gmail' },
  'no-composer': { status: 'no-composer', site: 'gmail' },
  paused: { status: 'paused', site: 'linkedin' },
  degraded: { status: 'degraded', site: 'linkedin' },
  'not-english': { status: 'not-scored', site: 'gmail', channel: 'cold-email', reason: 'not-english', message: 'Not scored: this draft is mostly not in English.', current: true },
  empty: { status: 'not-scored', site: 'gmail', channel: 'cold-email', reason: 'empty', message: 'Not scored: the draft is empty.', current: true },
  analysing: { status: 'analysing', site: 'gmail', channel: 'cold-email' },
  results: { status: 'results', site: 'gmail', channel: 'cold-email', report: SAMPLE_REPORT, current: true },
  'results-clean': {
    status: 'results',
    site: 'linkedin',
    channel: 'linkedin-message',
    report: { score: 92, findings: [], warnings: [], contributions: [{ key: 'balance:question', category: null, label: 'Asks them a question', points: 5 }], writerReferences: 1, readerReferences: 6, words: 48 },
    current: true,
  },
};

/** The gallery state with this name, or null. */
export function galleryState(name: string | null): PopupState | null {
  return name !== null && Object.hasOwn(GALLERY, name) ? (GALLERY[name] ?? null) : null;
}
