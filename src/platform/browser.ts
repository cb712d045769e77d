// The one place the extension API is imported; every other layer goes through `platform/`.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export { browser };
