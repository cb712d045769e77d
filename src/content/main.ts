// Content script entry: answers the popup on Gmail and LinkedIn. Composer sessions come with
// the in-page issue.
import { browser, type Runtime } from '../platform/browser';
import type { SiteId, TabState } from '../platform/protocol';

const site: SiteId = location.hostname === 'mail.google.com' ? 'gmail' : 'linkedin';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'tab/state') {
    const state: TabState = { status: 'no-composer', site };
    return Promise.resolve(state);
  }
  return undefined;
});
