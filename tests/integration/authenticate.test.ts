import { beforeAll, describe, expect, it } from 'vitest';
import { insertUser, listFailureTimes, setUserDisabled } from '@/db/queries/users';
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

  it('locks the account after 10 failures, even for the right password, and stores the attempts', async () => {
    const now = new Date();
    await unwrap(insertUser({ email: 'target@example.org', name: 'T', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    for (let i = 0; i < 10; i++) {
      expect((await authenticate({ email: 'target@example.org', password: `guess-${i}`, ip: '10.0.0.4', now })).ok).toBe(false);
    }
    const locked = await authenticate({ email: 'target@example.org', password: PASSWORD, ip: '10.0.0.5', now });
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    // The attempts live in the database, so a restart does not reset them.
    expect(listFailureTimes({ email: 'target@example.org', since: new Date(now.getTime() - 60_000) })).toHaveLength(10);
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await authenticate({ email: 'target@example.org', password: PASSWORD, ip: '10.0.0.5', now: later })).ok).toBe(true);
  });

  it('counts concurrent attempts: a burst of guesses gets no more than 10 checked', async () => {
    await unwrap(insertUser({ email: 'burst@example.org', name: 'B', role: 'analyst', passwordHash: await hashPassword(PASSWORD), actorId: null }));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate({ email: 'burst@example.org', password: i === 19 ? PASSWORD : `guess-${i}`, ip: '10.0.1.1' })),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(10);
    expect(results.some((r) => r.ok)).toBe(false);
  });

  it('limits one client address to 100 failures in 15 minutes', async () => {
    const now = new Date();
    for (let i = 0; i < 100; i++) await authenticate({ email: `spray-${i}@example.org`, password: 'x', ip: '10.9.9.9', now });
    const result = await authenticate({ email: 'analyst@example.org', password: PASSWORD, ip: '10.9.9.9', now });
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect((await authenticate({ email: 'analyst@example.org', password: PASSWORD, ip: '10.9.9.10', now })).ok).toBe(true);
  }, 60_000);
});
