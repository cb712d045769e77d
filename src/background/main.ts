// Background (service worker in Chrome, event page in Firefox): opens the first-run page on
// install and answers the few requests that need it (opening extension pages). Settings and
// dismissals go straight to storage from each context; analysis stays in the content script.
import { browser } from '../platform/browser';
import { handleBackgroundRequests } from '../platform/messages';

async function openFirstRun(): Promise<{ ok: boolean }> {
  await browser.tabs.create({ url: browser.runtime.getURL('firstrun/firstrun.html') });
  return { ok: true };
}

async function openOptions(): Promise<{ ok: boolean }> {
  await browser.runtime.openOptionsPage();
  return { ok: true };
}

// Registered synchronously on first evaluation, so a message wakes the service worker.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openFirstRun();
});

handleBackgroundRequests({
  'options/open': () => openOptions().catch(() => ({ ok: false })),
  'firstrun/open': () => openFirstRun().catch(() => ({ ok: false })),
});
