// What the request log line (scripts/request-log.mjs) learns from inside the app: who was asking. The
// production server opens an AsyncLocalStorage context per request and leaves it on globalThis under a
// registered symbol, because the server is plain JavaScript outside Next's bundle and this module is
// inside it: a symbol from Symbol.for is the same object on both sides.
import type { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = { id: string; userId: number | null };

const KEY = Symbol.for('watchfloor.requestContext');

/** Records the signed-in user on the current request's log line; a no-op outside the production server. */
export function noteRequestUser(userId: number): void {
  const storage = (globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> })[KEY];
  const context = storage?.getStore();
  if (context) context.userId = userId;
}
