// `npm run user`: help and command-line mistakes are answered without opening, or creating, the database.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-user-cli-'));
const database = path.join(dir, 'never-created.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// Each case starts tsx, which on a busy two-core machine takes far longer than the usual test budget.
vi.setConfig({ testTimeout: 120_000 });

// Asynchronous, so that the concurrent cases below share the few seconds tsx takes to start.
function user(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['--conditions=react-server', 'scripts/user.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: database } },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

it.concurrent.each([['--help'], ['-h'], ['help']])('prints the usage for %s and exits 0', async (flag) => {
  const run = await user(flag);
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('Usage:');
  expect(run.stdout).toContain('npm run user -- add <email> --role <admin|analyst|viewer>');
  expect(run.status).toBe(0);
  expect(fs.existsSync(database)).toBe(false);
});

it.concurrent.each([[[]], [['bogus']], [['--bogus']]])('refuses %j with the usage and exit code 1', async (args) => {
  const run = await user(...args);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^watchfloor: /);
  expect(run.stderr).toContain('Usage:');
  expect(run.status).toBe(1);
  expect(fs.existsSync(database)).toBe(false);
});

/** Runs the CLI on this test file's own database (tests/support/temp-database.ts). */
function userHere(...args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) =>
    execFile(
      path.resolve('node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/user.ts', ...args],
      { encoding: 'utf8', env: { ...process.env } },
      (error, stdout) => resolve({ status: error ? 1 : 0, stdout }),
    ),
  );
}

it('disable and reset-password end every session of the user at once', async () => {
  const { insertUser } = await import('@/db/queries/users');
  const { listActiveSessions } = await import('@/db/queries/sessions');
  const { startSession, resolveSession } = await import('@/lib/auth/sessions');
  const { unwrap } = await import('@/lib/write-result');
  const id = unwrap(insertUser({ email: 'leaver@example.org', name: 'Leaver', role: 'analyst', passwordHash: 'x', actorId: null }));
  const token = startSession({ userId: id, ip: '10.2.0.1', userAgent: '' });
  expect(resolveSession(token)).toBeDefined();
  expect(await userHere('disable', 'leaver@example.org')).toEqual({ status: 0, stdout: 'Disabled leaver@example.org; every session of theirs has ended.\n' });
  expect(resolveSession(token)).toBeUndefined();
  expect((await userHere('enable', 'leaver@example.org')).status).toBe(0);
  // Re-enabling does not bring the ended session back.
  expect(resolveSession(token)).toBeUndefined();
  const second = startSession({ userId: id, ip: '10.2.0.1', userAgent: '' });
  const reset = await userHere('reset-password', 'leaver@example.org');
  expect(reset.stdout).toMatch(/^Reset the password of leaver@example.org; every session of theirs has ended. New password: /);
  expect(resolveSession(second)).toBeUndefined();
  expect(listActiveSessions(id)).toEqual([]);
});

it('unlocks an account: its failed sign-ins are forgotten, so the right password works again at once', async () => {
  const { insertUser } = await import('@/db/queries/users');
  const { authenticate } = await import('@/lib/auth/authenticate');
  const { hashPassword } = await import('@/lib/auth/password');
  const password = 'ferry-lantern-quartz';
  insertUser({ email: 'locked@example.org', name: 'L', role: 'admin', passwordHash: await hashPassword(password), actorId: null });
  for (let i = 0; i < 10; i++) await authenticate({ email: 'locked@example.org', password: 'guess', ip: `10.1.0.${i}` });
  expect(await authenticate({ email: 'locked@example.org', password, ip: '10.1.1.1' })).toMatchObject({ ok: false, reason: 'locked' });
  const run = await new Promise<{ status: number | null; stdout: string }>((resolve) =>
    execFile(
      path.resolve('node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/user.ts', 'unlock', 'Locked@Example.org'],
      { encoding: 'utf8', env: { ...process.env } }, // this test file's own database (tests/support/temp-database.ts)
      (error, stdout) => resolve({ status: error ? 1 : 0, stdout }),
    ),
  );
  expect(run).toEqual({ status: 0, stdout: 'Unlocked locked@example.org: forgot 10 failed sign-in attempts.\n' });
  expect((await authenticate({ email: 'locked@example.org', password, ip: '10.1.1.1' })).ok).toBe(true);
});
