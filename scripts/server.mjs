// The production HTTP server: Next's request handler behind a thin Node server that decides which
// client address the app sees. Plain JavaScript so it runs without the react-server condition the
// TypeScript scripts use. Arguments come from scripts/start.ts, which validated the environment.
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({
  options: { port: { type: 'string' }, hostname: { type: 'string' }, 'trust-proxy': { type: 'boolean', default: false } },
});
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((req, res) => {
    // Without a trusted proxy, whatever X-Forwarded-For a client sends is a claim, not a fact: replace it
    // with the socket address so rate limits cannot be dodged by forging the header.
    if (!values['trust-proxy']) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
    handle(req, res);
  })
  .listen(port, hostname, () => {
    console.log(`Listening on ${hostname}:${port}`);
  });
