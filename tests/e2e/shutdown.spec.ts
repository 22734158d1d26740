// Graceful shutdown, on a second production server of its own (`npm start`'s script on a fresh database):
// SIGTERM stops new connections at once, a request in flight still gets its answer, and the server exits 0
// with the database checkpointed, so the file is whole without a -wal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;

test('SIGTERM lets the request in flight finish, refuses new ones, and leaves the database checkpointed', async () => {
  test.setTimeout(180_000); // a second server: migrating, seeding and starting take a while on two cores
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-shutdown-'));
  const database = path.join(dir, 'shutdown.db');
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/start.ts'], {
    env: { ...process.env, DATABASE_PATH: database, PORT: String(PORT), HOSTNAME: '127.0.0.1', ADMIN_PASSWORD: 'shutdown-test-password-1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const health = () => fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.status);
  await expect.poll(() => health().catch(() => 0), { timeout: 150_000, intervals: [500] }).toBe(200);

  // A request whose body is still arriving is in flight until the client has sent it all.
  const body = 'email=someone%40example.org&password=not-the-password-at-all';
  const request = http.request({
    host: '127.0.0.1',
    port: PORT,
    path: '/login',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length },
  });
  const answered = new Promise<number>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    });
    request.on('error', reject);
  });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  request.write(body.slice(0, 10));
  await sleep(500);
  server.kill('SIGTERM');
  await sleep(500);
  // The listening socket is closed at once: a new connection is refused while the old request runs on.
  await expect(health()).rejects.toThrow();
  request.end(body.slice(10));
  expect(await answered).toBeGreaterThanOrEqual(200);
  expect(await exited).toBe(0);
  expect(output).toMatch(/SIGTERM: no new connections; finishing 1 request in flight/);
  expect(output).toMatch(/Stopped: every request in flight finished; the database is checkpointed and closed\./);
  // Checkpointed and closed by the last connection: SQLite removed the -wal.
  expect(fs.existsSync(`${database}-wal`)).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
