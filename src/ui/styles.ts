/**
 * Stylesheets as strings. `componentCss` styles the shared components (card, badge, gauge) and is
 * injected both into the extension pages and into the in-page shadow roots, where the host
 * page's CSS cannot reach; `pageCss` adds the layout of the popup, options and first-run pages.
 * Strings (not .css files) because a shadow root needs its sheet as text.
 */
import { CATEGORIES, CATEGORY_IDS } from '../core/categories';

/** Category colour custom properties for one theme (`light` or `dark`). */
function categoryTokens(theme: 'light' | 'dark'): string {
  return CATEGORY_IDS.map((id) => `--ow-cat-${id}: ${CATEGORIES[id].color[theme]};`).join('\n  ');
}

/** The colour tokens of one theme. */
function themeTokens(theme: 'light' | 'dark'): string {
  return theme === 'light'
    ? `--ow-bg: #ffffff;
  --ow-surface: #f6f7f9;
  --ow-text: #1c1f24;
  --ow-muted: #4a515c;
  --ow-border: #c9ced6;
  --ow-accent: #0b5cad;
  --ow-accent-text: #ffffff;
  --ow-focus: #0b5cad;
  --ow-gauge-track: #dde1e7;
  --ow-gauge-fill: #0b5cad;
  --ow-warn: #8a3b00;
  ${categoryTokens('light')}`
    : `--ow-bg: #1b1d21;
  --ow-surface: #25282d;
  --ow-text: #eceef1;
  --ow-muted: #b5bcc6;
  --ow-border: #4a505a;
  --ow-accent: #8cc4ff;
  --ow-accent-text: #0d1116;
  --ow-focus: #8cc4ff;
  --ow-gauge-track: #3a3f47;
  --ow-gauge-fill: #8cc4ff;
  --ow-warn: #ffb27a;
  ${categoryTokens('dark')}`;
}

/**
 * In the page, the theme follows the editor's own background (light Gmail under a dark OS stays
 * light): the in-page root carries `data-theme`, whose tokens win over the OS-based ones.
 */
export const pageThemeCss = `
[data-theme="light"] { color-scheme: light; ${themeTokens('light')} }
[data-theme="dark"] { color-scheme: dark; ${themeTokens('dark')} }
`;

// `:root` matches in extension pages, `:host` inside a shadow root; each ignores the other.
// Contrast: text colours below reach WCAG AA (4.5:1) on their backgrounds in both themes.
export const componentCss = `
:root, :host {
  color-scheme: light dark;
  --ow-font: system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  ${themeTokens('light')}
}
@media (prefers-color-scheme: dark) {
  :root, :host {
    ${themeTokens('dark')}
  }
}

.ow-card, .ow-chip, .ow-gauge, .ow-button {
  font-family: var(--ow-font);
  box-sizing: border-box;
}
.ow-card *, .ow-gauge * { box-sizing: border-box; }

/* Words break between words only; long unbroken tokens (URLs) may wrap anywhere rather than overflow. */
.ow-card, .ow-gauge { overflow-wrap: break-word; hyphens: none; }

.ow-button {
  font: inherit;
  font-size: 0.875rem;
  line-height: 1.3;
  min-height: 2rem;
  padding: 0.3rem 0.75rem;
  border-radius: 6px;
  border: 1px solid var(--ow-border);
  background: var(--ow-bg);
  color: var(--ow-text);
  cursor: pointer;
  text-align: start;
}
.ow-button:is(:hover, .ow-hover) { background: var(--ow-surface); }
.ow-button-primary {
  background: var(--ow-accent);
  border-color: var(--ow-accent);
  color: var(--ow-accent-text);
}
.ow-button-primary:is(:hover, .ow-hover) { background: var(--ow-accent); filter: brightness(1.08); }
.ow-button-link {
  border-color: transparent;
  background: transparent;
  color: var(--ow-accent);
  text-decoration: underline;
  padding-inline: 0.25rem;
}
.ow-button:focus-visible, .ow-card summary:focus-visible, .ow-card :focus-visible {
  outline: 3px solid var(--ow-focus);
  outline-offset: 2px;
}

/* The category chip: in the card's flow (its class is its own; the in-page score badge is .ow-score). */
.ow-chip {
  position: static;
  display: inline-flex;
  align-items: center;
  gap: 0.35rem;
  font-size: 0.75rem;
  font-weight: 600;
  line-height: 1.2;
  padding: 0.15rem 0.5rem;
  border-radius: 999px;
  border: 1px solid var(--ow-chip-color, var(--ow-border));
  color: var(--ow-chip-color, var(--ow-text));
  background: var(--ow-bg);
  white-space: normal;
}
.ow-chip::before {
  content: "";
  inline-size: 0.55rem;
  block-size: 0.55rem;
  border-radius: 50%;
  background: var(--ow-chip-color, var(--ow-muted));
  flex: none;
}
${CATEGORY_IDS.map((id) => `.ow-chip[data-category="${id}"] { --ow-chip-color: var(--ow-cat-${id}); }`).join('\n')}

.ow-card {
  background: var(--ow-bg);
  color: var(--ow-text);
  border: 1px solid var(--ow-border);
  border-inline-start: 4px solid var(--ow-card-color, var(--ow-border));
  border-radius: 8px;
  padding: 0.75rem;
  font-size: 0.875rem;
  line-height: 1.45;
  max-inline-size: 100%;
}
${CATEGORY_IDS.map((id) => `.ow-card[data-category="${id}"] { --ow-card-color: var(--ow-cat-${id}); }`).join('\n')}
.ow-card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-block-end: 0.4rem; }
.ow-card-title { font-size: 0.95rem; font-weight: 600; margin: 0; line-height: 1.35; }
.ow-card-excerpt {
  display: block;
  margin: 0 0 0.5rem;
  padding: 0.3rem 0.5rem;
  border-radius: 4px;
  background: var(--ow-surface);
  color: var(--ow-text);
  font-style: normal;
  white-space: pre-wrap;
}
.ow-card-why { margin-block: 0.4rem; }
.ow-card-why summary { cursor: pointer; color: var(--ow-accent); inline-size: fit-content; }
.ow-card-why p { margin: 0.35rem 0 0; color: var(--ow-muted); }
.ow-suggestions { list-style: none; margin: 0.5rem 0; padding: 0; display: flex; flex-direction: column; gap: 0.35rem; }
.ow-advice { color: var(--ow-text); padding-inline-start: 0.5rem; border-inline-start: 2px solid var(--ow-border); }
.ow-advice-tag { font-weight: 600; }
.ow-card-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; margin-block-start: 0.5rem; }
.ow-card-status { margin: 0.4rem 0 0; color: var(--ow-warn); font-weight: 600; }
.ow-card-status:empty { margin: 0; }


.ow-visually-hidden {
  position: absolute !important;
  inline-size: 1px; block-size: 1px;
  margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;

/** Base of every extension page (popup, options, first run); used together with `componentCss`. */
export const pageCss = `
html { background: var(--ow-bg); color: var(--ow-text); }
body {
  margin: 0;
  font-family: var(--ow-font);
  font-size: 0.9375rem;
  line-height: 1.5;
  background: var(--ow-bg);
  color: var(--ow-text);
  overflow-wrap: break-word;
}
a { color: var(--ow-accent); }
a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid var(--ow-focus);
  outline-offset: 2px;
}
h1, h2, h3 { line-height: 1.25; }
p { margin-block: 0.5rem; }

`;

/** The popup's layout. */
export const popupCss = `
.ow-gauge { display: grid; gap: 0.35rem; color: var(--ow-text); }
.ow-gauge-figure { display: flex; align-items: baseline; gap: 0.5rem; flex-wrap: wrap; }
.ow-gauge-number { font-size: 2rem; font-weight: 700; line-height: 1; }
.ow-gauge-max { color: var(--ow-muted); font-size: 0.875rem; }
.ow-gauge-word { font-size: 1rem; font-weight: 600; }
.ow-gauge-track { block-size: 0.6rem; border-radius: 999px; background: var(--ow-gauge-track); overflow: hidden; }
.ow-gauge-fill { block-size: 100%; border-radius: 999px; background: var(--ow-gauge-fill); }
.ow-popup { inline-size: 380px; max-inline-size: 100%; padding: 0.75rem 1rem 1rem; display: grid; gap: 0.75rem; }
.ow-results { display: grid; gap: 1rem; }
.ow-popup-header { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; flex-wrap: wrap; }
.ow-popup-header h1 { font-size: 1.05rem; margin: 0; }
.ow-popup-message h2 { font-size: 1rem; margin: 0 0 0.25rem; }
.ow-popup-message p { margin: 0 0 0.5rem; color: var(--ow-muted); }
.ow-popup-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.ow-popup-footer { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: space-between; border-block-start: 1px solid var(--ow-border); padding-block-start: 0.5rem; }
.ow-section-title { font-size: 0.95rem; margin: 0 0 0.35rem; }
.ow-breakdown { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
.ow-breakdown li { display: flex; justify-content: space-between; gap: 0.75rem; }
.ow-breakdown-points { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.ow-group { display: grid; gap: 0.5rem; margin-block-end: 0.75rem; }
.ow-group-title { font-size: 0.95rem; margin: 0; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
.ow-findings-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.ow-notice { padding: 0.5rem 0.75rem; border-radius: 6px; background: var(--ow-surface); border: 1px solid var(--ow-border); }
.ow-error { color: var(--ow-warn); font-weight: 600; }

`;

/** Layout of the full-page documents (options and first run). */
export const documentCss = `
.ow-page { max-inline-size: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.ow-page h1 { font-size: 1.6rem; margin-block: 0 0.5rem; }
.ow-page h2 { font-size: 1.2rem; margin-block: 1.75rem 0.5rem; }
.ow-page h3 { font-size: 1.05rem; margin-block: 1rem 0.35rem; }
.ow-fieldset { border: 1px solid var(--ow-border); border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.ow-fieldset legend { font-weight: 600; padding-inline: 0.25rem; }
.ow-field { display: grid; gap: 0.25rem; margin-block: 0.5rem; }
.ow-field label { font-weight: 600; }
.ow-hint { color: var(--ow-muted); font-size: 0.875rem; margin: 0; }
.ow-input, .ow-select, .ow-textarea {
  font: inherit;
  color: var(--ow-text);
  background: var(--ow-bg);
  border: 1px solid var(--ow-border);
  border-radius: 6px;
  padding: 0.35rem 0.5rem;
  max-inline-size: 100%;
  box-sizing: border-box;
}
.ow-textarea { min-block-size: 5rem; inline-size: 100%; resize: vertical; }
.ow-radio, .ow-check { display: flex; align-items: center; gap: 0.5rem; margin-block: 0.25rem; }
.ow-rule { border-block-start: 1px solid var(--ow-border); padding-block: 0.75rem; display: grid; gap: 0.35rem; }
.ow-rule-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; }
.ow-rule-name { font-weight: 600; margin: 0; }
.ow-rule-example { margin: 0; font-size: 0.875rem; }
.ow-rule-example-label { font-weight: 600; }
.ow-switch { display: inline-flex; align-items: center; gap: 0.4rem; cursor: pointer; white-space: nowrap; }
.ow-switch.ow-check { display: flex; }
.ow-switch input { inline-size: 1.1rem; block-size: 1.1rem; accent-color: var(--ow-accent); }
.ow-file-input:focus-visible + .ow-button { outline: 3px solid var(--ow-focus); outline-offset: 2px; }
.ow-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.ow-example { border: 1px solid var(--ow-border); border-radius: 8px; padding: 0.75rem 1rem; background: var(--ow-surface); }
.ow-example p { margin: 0.35rem 0; }
.ow-mark { background: transparent; color: inherit; text-decoration: underline wavy var(--ow-cat-fake-empathy); text-underline-offset: 3px; }
`;

/** Adds a stylesheet (from a string) to a document or shadow root, once per root and sheet. */
export function injectCss(root: Document | ShadowRoot, css: string, id: string): void {
  // nodeType, not instanceof: a content script's and a page's Document constructors can differ.
  const isDocument = root.nodeType === 9;
  const host = isDocument ? (root as Document).head : (root as ShadowRoot);
  if (host.querySelector(`style[data-ow="${id}"]`)) return;
  const style = (isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument).createElement('style');
  style.dataset['ow'] = id;
  style.textContent = css;
  host.appendChild(style);
}
