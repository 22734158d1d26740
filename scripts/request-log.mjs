// One structured log line per request (pino, JSON on stdout): a request id, who asked, what they asked
// for and how long the answer took. Plain JavaScript, loaded by scripts/server.mjs. Nothing secret is
// written: no headers, cookies or bodies (so never a password), share-link tokens replaced in the path,
// and the values of secret-looking query parameters replaced.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino from 'pino';

/** Where lib/request-log/context.ts finds the current request (the same registered symbol). */
const CONTEXT_KEY = Symbol.for('watchfloor.requestContext');
const MAX_TARGET = 512;
const SECRET_PARAM = /token|secret|password|key|code|sig/i;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The path and query as logged: `/shared/<token>` becomes `/shared/[token]`, secret parameters `[redacted]`. */
export function loggedTarget(url) {
  const parsed = new URL(url ?? '/', 'http://server.invalid');
  const path = parsed.pathname.replace(/^\/shared\/[^/]+/, '/shared/[token]');
  for (const name of new Set(parsed.searchParams.keys())) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '[redacted]');
  }
  const query = parsed.searchParams.toString();
  const target = query ? `${path}?${query}` : path;
  return target.length > MAX_TARGET ? `${target.slice(0, MAX_TARGET)}…` : target;
}

/**
 * The request's id: a trusted proxy's X-Request-Id when it is a plain token (so its log and ours join up),
 * otherwise a new one. A client's own header is not trusted, as with X-Forwarded-For.
 */
export function requestIdFor(req, trustProxy) {
  const sent = req.headers['x-request-id'];
  return trustProxy && typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
}

export function createRequestLog({ level = 'info', trustProxy = false, destination } = {}) {
  const logger = pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  const storage = new AsyncLocalStorage();
  globalThis[CONTEXT_KEY] = storage;

  /** Runs `handle` inside the request's context and logs its line once the response is done or cut off. */
  function around(req, res, handle) {
    const started = process.hrtime.bigint();
    const context = { id: requestIdFor(req, trustProxy), userId: null };
    res.setHeader('X-Request-Id', context.id);
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        reqId: context.id,
        method: req.method,
        url: loggedTarget(req.url),
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        userId: context.userId,
        ip: req.socket.remoteAddress,
      };
      // A response cut off before it was sent in full: at info, since browsers drop prefetches all the
      // time when the user moves on; a shutdown cutting requests off says so itself (scripts/server.mjs).
      if (!res.writableFinished) logger.info({ ...line, aborted: true }, 'request aborted');
      else if (res.statusCode >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    });
    storage.run(context, () => handle(req, res));
  }

  return { logger, around };
}
