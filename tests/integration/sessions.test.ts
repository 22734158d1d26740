// Server-side sessions (issue 12, finding 4): a session ends on the server when its user signs out, ends it
// from /account, signs out everywhere, or an operator disables the user, changes their role or resets their
// password; a copy of the cookie taken before stops working at once.
import { beforeEach, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { listAudit } from '../support/audit';
import { endOwnSession, signOutEverywhere } from '@/app/account/actions';
import { signOutAction } from '@/app/login/actions';
import { listActiveSessions } from '@/db/queries/sessions';
import { insertUser, purgeSignInRecords, setUserPassword, updateUserRole } from '@/db/queries/users';
import { getCurrentUser } from '@/lib/auth/guard';
import { resolveSession, startSession } from '@/lib/auth/sessions';
import { unwrap } from '@/lib/write-result';

let seq = 0;
const newUser = (role: 'admin' | 'analyst' | 'viewer' = 'analyst') =>
  unwrap(insertUser({ email: `s${++seq}@example.org`, name: `User ${seq}`, role, passwordHash: 'x', actorId: null }));

/** The guard's answer for a cookie, as a fresh request would see it. */
async function who(cookie: { uid: number; sid: string } | null) {
  session.current = cookie;
  return getCurrentUser();
}

const redirectOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return 'no redirect';
};

beforeEach(() => {
  session.current = null;
});

describe('signing out', () => {
  it('ends the session on the server: a copy of the cookie no longer opens anything', async () => {
    const id = newUser();
    const cookie = sessionFor(id);
    const copy = { ...cookie };
    expect((await who(cookie))?.id).toBe(id);
    expect(await redirectOf(() => signOutAction())).toBe('NEXT_REDIRECT;/login');
    expect(await who(copy)).toBeNull();
    expect(listActiveSessions(id)).toEqual([]);
    expect(listAudit('user', id)[0]).toMatchObject({ action: 'session.end', actorId: id, detail: expect.stringContaining('sign-out') });
  });

  it('ends only that session: the same user in another browser stays signed in', async () => {
    const id = newUser();
    const laptop = sessionFor(id);
    const desktop = sessionFor(id);
    await who(laptop);
    await redirectOf(() => signOutAction());
    expect(await who(laptop)).toBeNull();
    expect((await who(desktop))?.id).toBe(id);
  });
});

describe('the session a cookie names', () => {
  it('opens nothing for an unknown, overlong or another user’s token, or once it has expired', async () => {
    const a = newUser();
    const b = newUser();
    expect(await who({ uid: a, sid: 'not-a-token' })).toBeNull();
    expect(await who({ uid: a, sid: 'x'.repeat(10_000) })).toBeNull();
    // A token is tied to the user it was issued to.
    expect(await who({ uid: a, sid: sessionFor(b).sid })).toBeNull();
    const nineHoursAgo = new Date(Date.now() - 9 * 60 * 60 * 1000);
    expect(await who({ uid: a, sid: startSession({ userId: a, ip: '10.0.0.1', userAgent: '', now: nineHoursAgo }) })).toBeNull();
    expect(listActiveSessions(a)).toEqual([]);
  });

  it('stores only the hash of the token, and refreshes "last active" at most every five minutes', () => {
    const id = newUser();
    const start = new Date(Date.now() - 60 * 60 * 1000);
    const token = startSession({ userId: id, ip: '10.0.0.2', userAgent: 'Firefox/133', now: start });
    const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(resolveSession(token, later(1))?.lastSeenAt).toBe(start.toISOString());
    resolveSession(token, later(6));
    expect(resolveSession(token, later(7))?.lastSeenAt).toBe(later(6).toISOString());
    const rows = listActiveSessions(id, later(7));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('account changes end sessions', () => {
  it('a role change signs the user out everywhere', async () => {
    const admin = newUser('admin');
    const id = newUser('viewer');
    const cookie = sessionFor(id);
    unwrap(updateUserRole({ id, role: 'analyst', actorId: admin }));
    expect(await who(cookie)).toBeNull();
    expect(listAudit('user', id)[0]).toMatchObject({ action: 'session.end', actorId: admin, detail: '1 session: role-change' });
  });

  it('changing one’s own password keeps the session that changed it and ends the others', async () => {
    const id = newUser();
    const here = sessionFor(id);
    const elsewhere = sessionFor(id);
    const current = (await who(here))!;
    unwrap(setUserPassword({ id, passwordHash: 'new', actorId: id, reason: 'change', keepSession: current.sessionId }));
    expect((await who(here))?.id).toBe(id);
    expect(await who(elsewhere)).toBeNull();
  });
});

describe('the sessions on /account', () => {
  it('signs out another session of one’s own, but never this one or another user’s', async () => {
    const id = newUser('viewer');
    const other = newUser('viewer');
    const here = sessionFor(id);
    const phone = sessionFor(id, { userAgent: 'Mozilla/5.0 (iPhone) Version/18.1 Mobile/15E148 Safari/604.1' });
    const theirs = sessionFor(other);
    const me = (await who(here))!;
    const phoneId = listActiveSessions(id).find((s) => s.id !== me.sessionId)!.id;
    const theirId = listActiveSessions(other)[0]!.id;
    const form = (sessionId: number | string) => {
      const data = new FormData();
      data.set('sessionId', String(sessionId));
      return data;
    };

    session.current = here;
    expect(await endOwnSession(undefined, form(theirId))).toEqual({ ok: false, message: 'That session had already ended.' });
    expect((await who(theirs))?.id).toBe(other);

    session.current = here;
    expect(await endOwnSession(undefined, form(me.sessionId))).toMatchObject({ ok: false });
    session.current = here;
    expect((await endOwnSession(undefined, form('1; DROP TABLE sessions'))).fieldErrors).toEqual({ sessionId: ['Unknown session'] });

    session.current = here;
    expect(await endOwnSession(undefined, form(phoneId))).toEqual({ ok: true, message: 'That session is signed out.' });
    expect(await who(phone)).toBeNull();
    expect((await who(here))?.id).toBe(id);
  });

  it('"Sign out everywhere" ends every session of the user, this one included', async () => {
    const id = newUser();
    const cookies = [sessionFor(id), sessionFor(id), sessionFor(id)];
    session.current = cookies[0]!;
    expect(await redirectOf(() => signOutEverywhere(undefined, new FormData()))).toBe('NEXT_REDIRECT;/login?signedOut=everywhere');
    for (const cookie of cookies) expect(await who(cookie)).toBeNull();
    expect(listAudit('user', id)[0]).toMatchObject({ action: 'session.end', detail: '3 sessions: sign-out-everywhere' });
  });

  it('refuses an anonymous caller', async () => {
    session.current = null;
    expect(await signOutEverywhere(undefined, new FormData())).toMatchObject({ ok: false, message: 'Your session has ended. Sign in again.' });
  });
});

describe('retention', () => {
  it('deletes sessions that ended or expired before the cutoff, and keeps live ones', () => {
    const id = newUser();
    const longAgo = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
    startSession({ userId: id, ip: '10.0.0.3', userAgent: '', now: longAgo });
    sessionFor(id);
    const purged = purgeSignInRecords(new Date(Date.now() - 90 * 24 * 60 * 60 * 1000));
    expect(purged.sessions).toBe(1);
    expect(listActiveSessions(id)).toHaveLength(1);
  });
});
