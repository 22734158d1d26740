// The production HTTP server: Next's request handler behind a thin Node server that decides which
// client address the app sees, and shuts down gracefully. Plain JavaScript so it runs without the
// react-server condition the TypeScript scripts use. Arguments come from scripts/start.ts, which
// validated the environment.
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { createRequestLog } from './request-log.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    hostname: { type: 'string' },
    'trust-proxy': { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'info' },
  },
});
const port = Number(values.port);
const hostname = values.hostname;
/** How long a shutdown waits for requests in flight before it closes their connections. */
const GRACE_MS = 10_000;

const { logger, around } = createRequestLog({ level: values['log-level'], trustProxy: values['trust-proxy'] });
const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

let inFlight = 0;
let stopping = false;

const server = http
  .createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (stopping && inFlight === 0) finish('every request in flight finished');
    });
    // Without a trusted proxy, whatever X-Forwarded-For a client sends is a claim, not a fact: replace it
    // with the socket address so rate limits cannot be dodged by forging the header.
    if (!values['trust-proxy']) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
    // A connection kept alive is closed once its current response is done.
    if (stopping) res.setHeader('Connection', 'close');
    around(req, res, handle);
  })
  .listen(port, hostname, () => {
    logger.info({ hostname, port }, 'listening');
  });

// SIGTERM (a service manager, or scripts/start.ts passing on Ctrl-C): stop accepting connections at
// once, let the requests in flight finish for up to GRACE_MS, then write the WAL back into the database
// file and close it, so that the file on disk is whole without its -wal.
function stop(signal) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: no new connections; finishing ${inFlight} request${inFlight === 1 ? '' : 's'} in flight (at most ${GRACE_MS / 1000} s)…`);
  server.close();
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    finish(`${inFlight} request${inFlight === 1 ? '' : 's'} cut off after ${GRACE_MS / 1000} s`);
  }, GRACE_MS).unref();
  if (inFlight === 0) finish('no request was in flight');
}

let finished = false;
function finish(why) {
  if (finished) return;
  finished = true;
  // The app's one connection (db/index.ts keeps it on globalThis); absent if no request opened it.
  const db = globalThis.watchfloorDb;
  try {
    if (db) {
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      db.$client.close();
    }
    logger.info(`Stopped: ${why}; the database is checkpointed and closed.`);
    process.exit(0);
  } catch (error) {
    logger.error(`watchfloor: closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal));
