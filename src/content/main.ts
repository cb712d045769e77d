// Content script entry (Gmail and LinkedIn, top frame). Composers are found when they get focus;
// the analyser (and compromise inside it) is loaded once the page has loaded and is idle (right
// away when a composer is already in the page, else a second later), or on the first focus of a
// composer if that comes first — never during page load — so the first focus of a composer
// holding a saved draft finds it ready.
import type { IncrementalAnalyzer } from '../core/types';
import { handleTabRequests } from '../platform/messages';
import type { SiteId, TabState } from '../platform/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../platform/settings';
// The read side of the settings store only: the content script never writes settings.
import { addDismissal, addDraftPhrase, loadDismissals, loadDraftPhrases, readSettings, watchDraftPhrases, watchReadSettings } from '../platform/storage';
import { gmail } from '../sites/gmail/adapter';
import { linkedin } from '../sites/linkedin/adapter';
import { eventTarget } from '../sites/shared/composer';
import { Highlights } from './highlights';
import { Session } from './session';

const site: SiteId = location.hostname === 'mail.google.com' ? 'gmail' : 'linkedin';
const adapter = site === 'gmail' ? gmail : linkedin;

// Until the stored settings are read, nothing beside a draft is read either: the user may have
// switched that off (DESIGN.md §7).
let settings: Settings = structuredClone({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites }, readContext: false }) as Settings;
/** Phrases added from drafts with "Don't flag this phrase" (storage.local, this device only). */
let draftPhrases: string[] = [];
/** The settings the analyser sees: the synced ones plus this device's phrases from drafts. */
let effective: Settings = settings;
let analyzer: IncrementalAnalyzer | null = null;
const highlights = new Highlights();
const sessions = new Map<Element, Session>();
let active: Session | null = null;
/** The last focused editor looked like a composer but its structure was not recognised. */
let degraded = false;

/** The analyser, created on first use: esbuild evaluates a require()d module only when called. */
function getAnalyzer(): IncrementalAnalyzer {
  if (!analyzer) {
    // The end-to-end benchmark times page load against this moment (instrumented builds only).
    if (__TEST_HOOKS__) performance.mark('outward:analyser-load');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy evaluation of the analyser bundle (DESIGN.md §6)
    const core = require('../core/index') as typeof import('../core/index');
    analyzer = core.createAnalyzer();
    if (__TEST_HOOKS__) performance.mark('outward:analyser-ready');
    // Compromise's first use (building its tagger) in a task of its own, right after the one that
    // evaluated it, instead of inside the first analysis after a pause (a no-op once a real
    // draft has been tagged).
    setTimeout(() => {
      core.warmUp();
      if (__TEST_HOOKS__) performance.mark('outward:warm');
    }, 0);
  }
  return analyzer;
}

const paused = (): boolean => settings.sites[site] === false;

const deps = {
  analyzer: getAnalyzer,
  settings: () => effective,
  highlights,
  dismissed: (key: string) => loadDismissals(key).catch(() => []),
  dismiss: (key: string, fingerprint: string) => void addDismissal(key, fingerprint).catch(() => undefined),
  // Kept on this device only, never in the synced settings (DESIGN.md §7); a refusal (list full,
  // storage full) rejects with the message the card shows.
  ignorePhrase: async (phrase: string): Promise<void> => {
    adoptDraftPhrases(await addDraftPhrase(phrase));
  },
};

function dropDisconnected(): void {
  for (const [editor, session] of sessions) {
    if (!editor.isConnected) {
      session.dispose();
      sessions.delete(editor);
      if (active === session) active = null;
    }
  }
}

/** Start (or switch to) the session of the composer that holds `target`, if it is one. */
function discover(target: Element | null): void {
  try {
    if (paused() || !target) return;
    const existing = [...sessions.entries()].find(([editor]) => editor === target || editor.contains(target));
    if (existing) {
      active = existing[1];
      degraded = false;
      return;
    }
    const composer = adapter.composerFor(target);
    if (!composer) {
      // Something editable where a compose box belongs, in a shape we do not know: touch nothing,
      // and let the popup say so.
      if (adapter.looksLikeComposer(target)) {
        degraded = true;
        active = null;
      }
      return;
    }
    degraded = false;
    dropDisconnected();
    const session = new Session(composer, deps);
    sessions.set(composer.editor, session);
    active = session;
  } catch {
    // An unrecognised structure must never break the page: stay out of it.
  }
}

/** The focused element, looking inside open shadow roots (LinkedIn's #interop-outlet). */
function deepActiveElement(): Element | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

// Only the browser's own events (isTrusted) start or switch a session: a page's synthetic
// focusin or input on a composer it never focused must not make Outward analyse it.
window.addEventListener('focusin', (event) => {
  if (event.isTrusted) discover(eventTarget(event));
}, true);
// Typing into an editor that was focused before this script ran (autofocus) also starts a session.
window.addEventListener('input', (event) => {
  if (!event.isTrusted) return;
  if (!active || !active.composer.editor.contains(eventTarget(event))) discover(eventTarget(event));
}, true);
discover(deepActiveElement());

/** After page load, how long before the analyser is loaded in the next idle period when no composer is in the page (DESIGN.md §6). */
const WARM_AFTER_LOAD_MS = 1000;
/** The longest wait for an idle period after that: a page that is never idle still gets it. */
const WARM_IDLE_TIMEOUT_MS = 2000;

/** Longest stretch of tagging done in one idle task (as a session's slices after a pause). */
const WARM_SLICE_MS = 20;

const idle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: WARM_IDLE_TIMEOUT_MS });
  else setTimeout(callback, 0);
};

/**
 * Tags the sentences of drafts already in the page's composers (a draft Gmail restores), a slice
 * per idle period, so the first focus of such a composer only assembles its result. Reads the
 * editors' text; writes nothing.
 */
function prepareSavedDrafts(analyzer: IncrementalAnalyzer): void {
  const prepare = analyzer.prepare?.bind(analyzer);
  if (!prepare) return;
  const drafts: Array<{ text: string; options: Parameters<typeof prepare>[1] }> = [];
  const seen = new Set<Element>();
  for (const element of document.querySelectorAll('[contenteditable="true"], textarea')) {
    try {
      const composer = adapter.composerFor(element);
      if (!composer || seen.has(composer.editor)) continue;
      seen.add(composer.editor);
      const text = composer.snapshot().text;
      if (text.trim() === '') continue;
      const s = effective;
      drafts.push({
        text,
        options: { channel: s.defaultChannel === 'auto' ? composer.channel() : s.defaultChannel, sensitivity: s.sensitivity, rules: s.rules, ownNames: s.ownNames, ignoredPhrases: s.ignoredPhrases },
      });
    } catch {
      // A structure the adapter does not expect: it is analysed on focus, as before.
    }
  }
  const step = (): void => {
    const draft = drafts[0];
    if (!draft || paused()) return;
    const until = performance.now() + WARM_SLICE_MS;
    if (prepare(draft.text, draft.options, () => performance.now() < until)) drafts.shift();
    idle(step);
  };
  idle(step);
}

/** Whether the page holds a composer (a draft Gmail restored, an open message box): one query, no text read. */
function composerInPage(): boolean {
  for (const element of document.querySelectorAll('[contenteditable="true"], textarea')) {
    try {
      if (adapter.composerFor(element)) return true;
    } catch {
      // A structure the adapter does not expect counts as none.
    }
  }
  return false;
}

/**
 * Loads the analyser and warms compromise's tagger while the page is idle, unless Outward is
 * paused here: in the first idle period after load when the page already holds a composer (it
 * is about to be used: its first focus should find the analyser ready, not wait on loading it),
 * else a second after load.
 */
function warmAhead(): void {
  const start = (): void => {
    if (paused()) return;
    const ready = analyzer !== null;
    const loaded = getAnalyzer();
    // Its first use is warmUp() in a task of its own (queued by getAnalyzer), then saved drafts.
    if (!ready) setTimeout(() => prepareSavedDrafts(loaded), 0);
    else prepareSavedDrafts(loaded);
  };
  const later = (): void => {
    if (composerInPage()) idle(start);
    else setTimeout(() => idle(start), WARM_AFTER_LOAD_MS);
  };
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
warmAhead();

// Closing a compose window removes its editor; release that session's listeners.
new MutationObserver(() => {
  if (sessions.size > 0) queueMicrotask(dropDisconnected);
}).observe(document.documentElement, { childList: true, subtree: true });

function recompute(): void {
  effective = draftPhrases.length === 0 ? settings : { ...settings, ignoredPhrases: [...settings.ignoredPhrases, ...draftPhrases] };
}

/** A new list of phrases from drafts: analyse open drafts again if it changed. */
function adoptDraftPhrases(next: string[]): void {
  if (next.join('\n') === draftPhrases.join('\n')) return;
  draftPhrases = next;
  recompute();
  for (const session of sessions.values()) session.refresh();
}

void readSettings()
  .then((loaded) => {
    settings = loaded;
    recompute();
    // A draft focused before the settings arrived reads its context now, if it is on.
    for (const session of sessions.values()) session.refresh();
  })
  .catch(() => undefined);
void loadDraftPhrases()
  .then(adoptDraftPhrases)
  .catch(() => undefined);
watchDraftPhrases(adoptDraftPhrases);
watchReadSettings((next) => {
  settings = next;
  recompute();
  if (paused()) {
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
    active = null;
  } else for (const session of sessions.values()) session.refresh();
});

function stateOfTab(): TabState {
  if (paused()) return { status: 'paused', site };
  if (degraded) return { status: 'degraded', site };
  if (!active || !active.composer.editor.isConnected) return { status: 'no-composer', site };
  const state = active.state(site);
  // An editor the adapter could not place is analysed all the same; the popup says it is generic.
  return active.composer.kind === 'generic' && 'channel' in state ? { ...state, generic: true } : state;
}

// Through the browser's own API (platform/messages.ts), so the polyfill stays out of this bundle.
handleTabRequests({
  'tab/state': () => stateOfTab(),
  'tab/apply': (request) => (active ? active.apply(request.findingId, request.suggestionIndex) : { ok: false, reason: 'not-found' }),
  'tab/show': (request) => ({ ok: active !== null && active.show(request.findingId) }),
  'tab/dismiss': (request) => ({ ok: active !== null && active.dismiss(request.findingId) }),
});
