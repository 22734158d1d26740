// A write that finds the database locked by another connection's long transaction (an import being
// applied, in practice) waits busy_timeout and is then refused in words, with nothing written: a form
// keeps what was sent, a route answers 503. Here the lock is held by a second connection and the app's
// wait shortened, so that the test does not wait the real 5 s.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { saveView } from '@/app/views/actions';
import { getDb } from '@/db';
import { openDatabase } from '@/db/client';
import { insertUser, listSignInFailures } from '@/db/queries/users';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { insertView, listViews } from '@/db/queries/views';
import { seedReferenceData } from '@/db/seed';
import { guardedRoute } from '@/lib/auth/route';
import { DATABASE_BUSY } from '@/lib/database-busy';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

let analyst = 0;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

/** Runs `write` while a second connection holds the write lock. */
async function whileLocked<T>(write: () => Promise<T>): Promise<T> {
  const other = openDatabase(process.env.DATABASE_PATH!, { migrate: false });
  other.$client.prepare('BEGIN IMMEDIATE').run();
  try {
    return await write();
  } finally {
    other.$client.prepare('ROLLBACK').run();
    other.$client.close();
  }
}

beforeAll(() => {
  seedReferenceData();
  analyst = unwrap(insertUser({ email: 'ana@example.org', name: 'Ana', role: 'analyst', passwordHash: 'x', actorId: null }));
  getDb().$client.pragma('busy_timeout = 100');
});
afterEach(() => {
  session.current = null;
});

describe('a write while the database is locked', () => {
  it('is refused in words by a form, keeps what was sent, writes nothing, and goes through once the lock is gone', async () => {
    session.current = sessionFor(analyst);
    const fields = { name: 'Pacific watch', mode: 'live', visibility: 'team', briefing: '', filters: 'country=NZL' };
    const views = () => listViews({ id: analyst }, { limit: 100 }).views.length;
    const before = views();
    const refused = await whileLocked(() => saveView(undefined, form(fields)));
    expect(refused).toMatchObject({ ok: false, message: DATABASE_BUSY });
    expect(refused.values).toMatchObject({ name: 'Pacific watch' });
    expect(views()).toBe(before);
    await expect(saveView(undefined, form(fields))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    expect(views()).toBe(before + 1);
  });

  it('is a 503 with Retry-After from a route, and any other failure is still an error', async () => {
    session.current = sessionFor(analyst);
    const owner = { id: analyst, role: 'analyst' as const };
    const route = guardedRoute('write', () => {
      unwrap(insertView({ input: { name: 'From a route', briefing: '', filter: EMPTY_FILTER, mode: 'live', visibility: 'team' }, owner }));
      return Response.json({ ok: true });
    });
    const response = await whileLocked(() => route(new Request('http://localhost/x'), {}));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('60');
    expect((await response.json()).error).toBe(DATABASE_BUSY);
    const broken = guardedRoute('write', () => {
      throw new Error('not a lock');
    });
    await expect(broken(new Request('http://localhost/x'), {})).rejects.toThrow('not a lock');
  });

  it('is a sign-in answered `busy`, with nothing checked or counted, and the same sign-in works once the lock is gone', async () => {
    const email = 'busy@example.org';
    const password = 'ferry-lantern-quartz';
    unwrap(insertUser({ email, name: 'B', role: 'viewer', passwordHash: await hashPassword(password), actorId: null }));
    expect(await whileLocked(() => authenticate({ email, password, ip: '10.2.0.1' }))).toEqual({ ok: false, reason: 'busy' });
    expect(listSignInFailures({ email, since: new Date(Date.now() - 60_000) })).toEqual([]);
    expect((await authenticate({ email, password, ip: '10.2.0.1' })).ok).toBe(true);
  });
});
