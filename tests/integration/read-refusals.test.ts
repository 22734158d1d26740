// What a caller sees when the read pool stops a read at its budget or refuses it (lib/reads/pool.ts): a
// route answers 422 naming the budget or 503 with Retry-After, a page a notice in the read's place; any
// other failure stays an error. The pool's timing is tested in read-pool.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { insertUser } from '@/db/queries/users';
import { guardedRoute } from '@/lib/auth/route';
import { readRefusal, ReadsBusy, ReadStopped } from '@/lib/reads/errors';
import { unwrap } from '@/lib/write-result';

beforeAll(() => {
  const viewer = unwrap(insertUser({ email: 'vi@example.org', name: 'Vi', role: 'viewer', passwordHash: 'x', actorId: null }));
  session.current = sessionFor(viewer);
});

const failing = (error: Error) =>
  guardedRoute('read', () => {
    throw error;
  })(new Request('http://localhost/api/events'), {});

describe('a refused read', () => {
  it('is a 422 naming the budget from a route when stopped', async () => {
    const response = await failing(new ReadStopped(3_000));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ budgetMs: 3_000, error: expect.stringMatching(/longer than 3 s and was stopped\. Narrow it/) });
  });

  it('is a 503 with Retry-After from a route when too many reads wait', async () => {
    const response = await failing(new ReadsBusy());
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect((await response.json()).error).toMatch(/many searches at once/);
  });

  it('is told apart by name, as a pool from another bundle throws it, and anything else is rethrown', async () => {
    const foreign = Object.assign(new Error('stopped elsewhere'), { name: 'ReadStopped', budgetMs: 1_500 });
    expect((await failing(foreign)).status).toBe(422);
    expect(readRefusal(new ReadsBusy())).toEqual({ refused: new ReadsBusy().message });
    expect(() => readRefusal(new Error('disk I/O error'))).toThrow('disk I/O error');
    await expect(failing(new Error('disk I/O error'))).rejects.toThrow('disk I/O error');
  });
});
