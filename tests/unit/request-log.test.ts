// The request log: one JSON line per request with its id, the signed-in user the guard saw, the status and
// the time taken, and nothing secret from the path or query.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { noteRequestUser } from '@/lib/request-log/context';
import { createRequestLog, loggedTarget, requestIdFor } from '@/scripts/request-log.mjs';

type Line = Record<string, unknown>;

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A server that logs like the production one, with `handle` as the app; the lines it wrote. */
async function serve(handle: (req: http.IncomingMessage, res: http.ServerResponse) => void, trustProxy = false) {
  const lines: Line[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  const { around } = createRequestLog({ trustProxy, destination });
  const server = http.createServer((req, res) => around(req, res, handle));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, lines };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('request log', () => {
  it('writes the request id it answers with, the user the guard noted after an await, the status and the duration', async () => {
    const { base, lines } = await serve(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      // As lib/auth/guard.ts does, deep inside the app and after awaits: the context must follow.
      noteRequestUser(42);
      res.writeHead(200).end('ok');
    });
    const response = await fetch(`${base}/events?q=defence&country=NZL`);
    await response.text();
    await settle();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ msg: 'request', method: 'GET', url: '/events?q=defence&country=NZL', status: 200, userId: 42, level: 30 });
    expect(line!.reqId).toBe(response.headers.get('x-request-id'));
    expect(line!.ms as number).toBeGreaterThanOrEqual(15);
  });

  it('keeps users of concurrent requests apart and logs an anonymous request with no user', async () => {
    const { base, lines } = await serve(async (req, res) => {
      const user = Number(new URL(req.url!, 'http://x').searchParams.get('u'));
      await new Promise((resolve) => setTimeout(resolve, 40 - user * 10));
      if (user) noteRequestUser(user);
      res.end();
    });
    await Promise.all([1, 2, 3, 0].map((u) => fetch(`${base}/?u=${u}`).then((r) => r.text())));
    await settle();
    const byUrl = Object.fromEntries(lines.map((l) => [l.url, l.userId]));
    expect(byUrl).toEqual({ '/?u=1': 1, '/?u=2': 2, '/?u=3': 3, '/?u=0': null });
  });

  it('logs a server error at error level', async () => {
    const { base, lines } = await serve((_req, res) => res.writeHead(500).end());
    await (await fetch(`${base}/api/events`)).text();
    await settle();
    expect(lines[0]).toMatchObject({ status: 500, level: 50, msg: 'request failed' });
  });

  it('never writes a share token, a secret parameter, a cookie or a posted password', async () => {
    const { base, lines } = await serve((req, res) => {
      req.resume();
      req.on('end', () => res.end());
    });
    await (await fetch(`${base}/shared/s3cr3t-share-token/feed.xml?token=abc123&q=aukus`, { headers: { cookie: 'authjs.session-token=c00kie' } })).text();
    await (await fetch(`${base}/login`, { method: 'POST', body: 'email=a%40b.c&password=hunter2-password' })).text();
    await settle();
    const written = JSON.stringify(lines);
    for (const secret of ['s3cr3t-share-token', 'abc123', 'c00kie', 'hunter2-password']) expect(written).not.toContain(secret);
    expect(lines.map((l) => l.url)).toEqual(['/shared/[token]/feed.xml?token=%5Bredacted%5D&q=aukus', '/login']);
  });
});

describe('loggedTarget', () => {
  it('bounds what a long URL writes', () => {
    expect(loggedTarget(`/events?q=${'a'.repeat(5000)}`).length).toBeLessThanOrEqual(513);
  });
});

describe('requestIdFor', () => {
  const req = (id: string) => ({ headers: { 'x-request-id': id } }) as unknown as http.IncomingMessage;
  it("takes a trusted proxy's plain request id, and never a client's own", () => {
    expect(requestIdFor(req('proxy-id-123'), true)).toBe('proxy-id-123');
    expect(requestIdFor(req('proxy-id-123'), false)).not.toBe('proxy-id-123');
    expect(requestIdFor(req('bad id\nwith newline'), true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
