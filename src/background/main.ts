// Background (service worker in Chrome, event page in Firefox): opens the first-run page on
// install. Message handling grows with the popup and options issue.
import { browser } from '../platform/browser';

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('firstrun/firstrun.html') });
});
