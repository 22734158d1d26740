import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import {
  insertUser,
  listSignInFailures,
  purgeSignInRecords,
  recordSignInRefusal,
  setUserDisabled,
  setUserPassword,
  startLoginAttempt,
} from '@/db/queries/users';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { unwrap } from '@/lib/write-result';

const PASSWORD = 'ferry-lantern-quartz';
let userId = 0;

beforeAll(async () => {
  userId = unwrap(insertUser({ email: 'Analyst@Example.org', name: 'An', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
});

describe('authenticate', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const result = await authenticate({ email: 'analyst@example.ORG', password: PASSWORD, ip: '10.0.0.1' });
    expect(result.ok && result.user.id).toBe(userId);
    expect(JSON.stringify(result)).not.toMatch(/argon2/);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    expect(await authenticate({ email: 'analyst@example.org', password: 'wrong', ip: '10.0.0.2' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: 'nobody@example.org', password: 'wrong', ip: '10.0.0.2' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a disabled user with the same answer', async () => {
    const id = unwrap(insertUser({ email: 'off@example.org', name: 'Off', role: 'viewer', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    setUserDisabled({ id, disabled: true, actorId: null });
    expect(await authenticate({ email: 'off@example.org', password: PASSWORD, ip: '10.0.0.3' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('slows guesses from one address: five free, then each waits twice as long after the last', async () => {
    const t0 = new Date();
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    await unwrap(insertUser({ email: 'slow@example.org', name: 'S', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    const guess = (seconds: number, password = 'wrong') => authenticate({ email: 'slow@example.org', password, ip: '10.0.0.4', now: at(seconds) });
    for (let i = 0; i < 5; i++) expect(await guess(0)).toEqual({ ok: false, reason: 'invalid' });
    // The sixth try waits 1 s after the fifth failure, the seventh 2 s after the sixth, and so on.
    expect(await guess(0.5, PASSWORD)).toEqual({ ok: false, reason: 'locked', retryAt: at(1) });
    expect(await guess(1)).toEqual({ ok: false, reason: 'invalid' });
    expect(await guess(2.5)).toMatchObject({ ok: false, reason: 'locked', retryAt: at(3) });
    expect((await guess(3, PASSWORD)).ok).toBe(true);
    // The attempts live in the database, so a restart does not reset them.
    expect(listSignInFailures({ email: 'slow@example.org', since: t0 })).toHaveLength(6);
  });

  it('locks an account at 10 failures for addresses it has not signed in from, never for its usual one', async () => {
    const now = new Date();
    await unwrap(insertUser({ email: 'target@example.org', name: 'T', role: 'admin', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    const tryAs = (ip: string, password: string) => authenticate({ email: 'target@example.org', password, ip, now });
    expect((await tryAs('10.0.2.1', PASSWORD)).ok).toBe(true); // the owner's usual address
    // Someone else's guesses, from ten addresses.
    for (let i = 0; i < 10; i++) expect(await tryAs(`10.0.3.${i}`, `guess-${i}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tryAs('10.0.4.1', PASSWORD)).toMatchObject({ ok: false, reason: 'locked' });
    expect((await tryAs('10.0.2.1', PASSWORD)).ok).toBe(true);
    // Waiting ends it, as does `npm run user -- unlock` (tests/integration/user-cli.test.ts) or a reset.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await authenticate({ email: 'target@example.org', password: PASSWORD, ip: '10.0.4.1', now: later })).ok).toBe(true);
  });

  it('forgets the failures on a password reset and on enable, ending the lockout', async () => {
    const now = new Date();
    const id = unwrap(insertUser({ email: 'reset@example.org', name: 'R', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    // Each time from a new address: one that has signed in is the account's usual one, never locked.
    const lockOut = async (ip: string) => {
      for (let i = 0; i < 10; i++) await authenticate({ email: 'reset@example.org', password: 'wrong', ip: `10.0.5.${i}`, now });
      expect(await authenticate({ email: 'reset@example.org', password: PASSWORD, ip, now })).toMatchObject({ reason: 'locked' });
    };
    await lockOut('10.0.6.1');
    unwrap(setUserPassword({ id, passwordHash: await hashPassword(PASSWORD), actorId: null, reason: 'reset' }));
    expect((await authenticate({ email: 'reset@example.org', password: PASSWORD, ip: '10.0.6.1', now })).ok).toBe(true);
    await lockOut('10.0.6.2');
    unwrap(setUserDisabled({ id, disabled: true, actorId: null }));
    unwrap(setUserDisabled({ id, disabled: false, actorId: null }));
    expect((await authenticate({ email: 'reset@example.org', password: PASSWORD, ip: '10.0.6.2', now })).ok).toBe(true);
  });

  it('counts concurrent attempts: a burst of guesses from one address gets no more than 5 checked', async () => {
    await unwrap(insertUser({ email: 'burst@example.org', name: 'B', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate({ email: 'burst@example.org', password: i === 19 ? PASSWORD : `guess-${i}`, ip: '10.0.1.1', now })),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(15);
    expect(results.some((r) => r.ok)).toBe(false);
  });

  it('audits the first refusal of each key and window, and only counts a flood of them', async () => {
    const now = new Date();
    const audited = () =>
      getDb()
        .$client.prepare(`SELECT count(*) FROM audit_log WHERE action = 'auth.locked-out' AND detail LIKE 'flood@example.org from 10.0.8.1:%'`)
        .pluck()
        .get();
    for (let i = 0; i < 5; i++) await authenticate({ email: 'flood@example.org', password: 'wrong', ip: '10.0.8.1', now });
    for (let i = 0; i < 200; i++) expect((await authenticate({ email: 'flood@example.org', password: 'wrong', ip: '10.0.8.1', now })).ok).toBe(false);
    expect(audited()).toBe(1);
    const key = 'locked|flood@example.org from 10.0.8.1: too many failures from this address';
    expect(getDb().$client.prepare('SELECT count FROM sign_in_refusals WHERE key = ?').pluck().get(key)).toBe(200);
    // A new window audits again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(recordSignInRefusal({ key, action: 'auth.locked-out', detail: 'flood@example.org from 10.0.8.1: again', now: later, windowMs: 15 * 60_000 })).toBe(
      1,
    );
    expect(audited()).toBe(2);
  });

  it('deletes sign-in attempts older than the retention (SIGN_IN_RETENTION_DAYS, 90 by default)', async () => {
    const now = new Date();
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    startLoginAttempt({ email: 'old@example.org', ip: '10.0.9.1', at: daysAgo(91) });
    startLoginAttempt({ email: 'old@example.org', ip: '10.0.9.1', at: daysAgo(89) });
    const kept = () => listSignInFailures({ email: 'old@example.org', since: daysAgo(1000) }).length;
    expect(kept()).toBe(2);
    // A sign-in purges, at most hourly: two hours on, this one does.
    expect((await authenticate({ email: 'analyst@example.org', password: PASSWORD, ip: '10.0.0.1', now: new Date(now.getTime() + 2 * 3600_000) })).ok).toBe(
      true,
    );
    expect(kept()).toBe(1);
    expect(purgeSignInRecords(daysAgo(0))).toMatchObject({ attempts: expect.any(Number) });
    expect(kept()).toBe(0);
  });

  it('limits one client address to 100 failures in 15 minutes', async () => {
    const now = new Date();
    for (let i = 0; i < 100; i++) await authenticate({ email: `spray-${i}@example.org`, password: 'x', ip: '10.9.9.9', now });
    const result = await authenticate({ email: 'analyst@example.org', password: PASSWORD, ip: '10.9.9.9', now });
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect((await authenticate({ email: 'analyst@example.org', password: PASSWORD, ip: '10.9.9.10', now })).ok).toBe(true);
  }, 60_000);
});
