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
const ADMIN_PASSWORD = 'shutdown-test-password-1';

/** The server's JSON log lines (scripts/request-log.mjs); the other output is plain text. */
const logLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test('SIGTERM lets the request in flight finish, refuses new ones, and leaves the database checkpointed; every request was logged', async ({ page }) => {
  test.setTimeout(180_000); // a second server: migrating, seeding and starting take a while on two cores
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-shutdown-'));
  const database = path.join(dir, 'shutdown.db');
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_PATH: database,
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      ADMIN_EMAIL: 'admin@shutdown.test',
      ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const health = () => fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.status);
  await expect.poll(() => health().catch(() => 0), { timeout: 150_000, intervals: [500] }).toBe(200);

  // A signed-in page view is logged with the user the guard saw deep inside Next's render, and the
  // password posted to sign in appears nowhere in the output.
  await page.goto(`http://127.0.0.1:${PORT}/login`);
  await page.getByLabel('Email').fill('admin@shutdown.test');
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const timeline = await page.goto(`http://127.0.0.1:${PORT}/events?q=aukus`);
  await expect.poll(() => logLines(output).find((l) => l.url === '/events?q=aukus')).toMatchObject({ method: 'GET', status: 200, userId: 1 });
  const line = logLines(output).find((l) => l.url === '/events?q=aukus')!;
  expect(line.reqId).toBe(await timeline!.headerValue('x-request-id'));
  expect(typeof line.ms).toBe('number');
  expect(logLines(output).find((l) => l.url === '/api/health')).toMatchObject({ status: 200, userId: null });
  expect(output).not.toContain(ADMIN_PASSWORD);
  // The page's own requests (prefetches) must be over before the one in flight below is counted.
  await page.close();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await sleep(1000);

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
