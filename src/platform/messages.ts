/**
 * Typed helpers over the message protocol (`protocol.ts`): validators for both request unions,
 * senders that return the paired response type, and handlers that take one function per
 * request kind (a missing kind is a type error) and ignore anything that is not a well-formed
 * request from this extension.
 *
 * The helpers take the runtime/tabs API as an argument so tests pass a fake; when it is left
 * out they use the browser's own API (`nativeApi`), not the polyfill: every call here returns a
 * promise natively in MV3, and handlers answer through `sendResponse`, which both browsers (and
 * the polyfill) support. That keeps the polyfill out of the popup bundle (15 KB budget).
 */
import type { BackgroundRequest, BackgroundResponses, TabRequest, TabResponses } from './protocol';

/** Who sent a message (the polyfill's `Runtime.MessageSender` satisfies it). */
export interface MessageSenderLike {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * A `runtime.onMessage` listener: returns `true` and later calls `sendResponse` to answer, or
 * returns `undefined` to leave the message to other listeners.
 */
export type MessageListener = (message: unknown, sender: MessageSenderLike, sendResponse: (response: unknown) => void) => true | undefined;

/** The parts of `browser.runtime` used here. */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
}

/** The parts of `browser.tabs` used here. */
export interface TabsLike {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export interface MessagingApi {
  runtime: RuntimeLike;
  tabs: TabsLike;
}

/** The content script of a tab did not answer (not injected yet, or the page was open before install). */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
  constructor(message = 'The page did not answer.') {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finding id as the content script issues them: short, non-empty text. */
function isFindingId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** Whether `value` is a well-formed `TabRequest`. */
export function isTabRequest(value: unknown): value is TabRequest {
  if (!isRecord(value)) return false;
  const type = value['type'];
  if (type === 'tab/state') return true;
  if (type === 'tab/show' || type === 'tab/dismiss') return isFindingId(value['findingId']);
  if (type === 'tab/apply') {
    const index = value['suggestionIndex'];
    return isFindingId(value['findingId']) && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 10;
  }
  return false;
}

/** Whether `value` is a well-formed `BackgroundRequest`. */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (!isRecord(value)) return false;
  return value['type'] === 'options/open' || value['type'] === 'firstrun/open';
}

type Handler<Request extends { type: string }, Responses, K extends Request['type']> = (
  request: Extract<Request, { type: K }>,
  sender: MessageSenderLike,
) => (K extends keyof Responses ? Responses[K] : never) | Promise<K extends keyof Responses ? Responses[K] : never>;

/** One handler per tab request kind. */
export type TabHandlers = { [K in TabRequest['type']]: Handler<TabRequest, TabResponses, K> };
/** One handler per background request kind. */
export type BackgroundHandlers = { [K in BackgroundRequest['type']]: Handler<BackgroundRequest, BackgroundResponses, K> };

function unreachable(value: never): never {
  throw new Error(`unhandled request ${JSON.stringify(value)}`);
}

function dispatchTab(handlers: TabHandlers, request: TabRequest, sender: MessageSenderLike): unknown {
  switch (request.type) {
    case 'tab/state':
      return handlers['tab/state'](request, sender);
    case 'tab/apply':
      return handlers['tab/apply'](request, sender);
    case 'tab/show':
      return handlers['tab/show'](request, sender);
    case 'tab/dismiss':
      return handlers['tab/dismiss'](request, sender);
    default:
      return unreachable(request);
  }
}

function dispatchBackground(handlers: BackgroundHandlers, request: BackgroundRequest, sender: MessageSenderLike): unknown {
  switch (request.type) {
    case 'options/open':
      return handlers['options/open'](request, sender);
    case 'firstrun/open':
      return handlers['firstrun/open'](request, sender);
    default:
      return unreachable(request);
  }
}

/** Builds a listener that answers only well-formed requests from this extension. */
function guardedListener<R>(runtime: RuntimeLike, isRequest: (value: unknown) => value is R, dispatch: (request: R, sender: MessageSenderLike) => unknown): MessageListener {
  return (message, sender, sendResponse) => {
    // Messages from web pages or other extensions never reach a handler.
    if (!sender || sender.id !== runtime.id) return undefined;
    if (!isRequest(message)) return undefined;
    // A handler that throws answers `undefined` (the sender sees "no answer"), never an exception here.
    Promise.resolve()
      .then(() => dispatch(message, sender))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

/**
 * The browser's own extension API: Firefox's `browser`, else Chrome's `chrome`, whose MV3
 * methods return promises. Used where only promise-returning calls are needed.
 */
export function nativeApi(): unknown {
  const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('The extension API is not available here.');
  return api;
}

function realApi(): MessagingApi {
  return nativeApi() as MessagingApi;
}

function register(listener: MessageListener, runtime: RuntimeLike): () => void {
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Content-script side: answers the popup's tab requests. Returns a function that stops listening. */
export function handleTabRequests(handlers: TabHandlers, runtime?: RuntimeLike): () => void {
  const rt = runtime ?? realApi().runtime;
  return register(guardedListener(rt, isTabRequest, (request, sender) => dispatchTab(handlers, request, sender)), rt);
}

/** Background side: answers requests from the popup, options and content scripts. */
export function handleBackgroundRequests(handlers: BackgroundHandlers, runtime?: RuntimeLike): () => void {
  const rt = runtime ?? realApi().runtime;
  return register(guardedListener(rt, isBackgroundRequest, (request, sender) => dispatchBackground(handlers, request, sender)), rt);
}

/** Sends a request to the content script of a tab; rejects with NoAnswerError when nothing answers. */
export async function sendToTab<R extends TabRequest>(tabId: number, request: R, api?: Pick<MessagingApi, 'tabs'>): Promise<TabResponses[R['type']]> {
  const { tabs } = api ?? realApi();
  let answer: unknown;
  try {
    answer = await tabs.sendMessage(tabId, request);
  } catch (error) {
    // "Receiving end does not exist" (Chrome) / "Could not establish connection" (Firefox).
    throw new NoAnswerError(error instanceof Error ? error.message : String(error));
  }
  if (answer === undefined || answer === null) throw new NoAnswerError();
  return answer as TabResponses[R['type']];
}

/** Sends a request to the background. */
export async function sendToBackground<R extends BackgroundRequest>(request: R, api?: Pick<MessagingApi, 'runtime'>): Promise<BackgroundResponses[R['type']]> {
  const { runtime } = api ?? realApi();
  const answer = await runtime.sendMessage(request);
  if (answer === undefined || answer === null) throw new NoAnswerError('The background did not answer.');
  return answer as BackgroundResponses[R['type']];
}
