// User changes refuse what would break the team (a second account on one email, no active admin left)
// with a code from the data layer and words from the action, and write nothing when they refuse.
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { addUser, changeRole, disableUser } from '@/app/admin/users/actions';
import { getUserById, insertUser, listUsers, setUserDisabled, setUserPassword, updateUserRole } from '@/db/queries/users';
import { unwrap } from '@/lib/write-result';

let adminId = 0;
let analystId = 0;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeAll(() => {
  adminId = unwrap(insertUser({ email: 'only-admin@example.org', name: 'Only Admin', role: 'admin', passwordHash: 'x', actorId: null }));
  analystId = unwrap(insertUser({ email: 'analyst@example.org', name: 'Ana', role: 'analyst', passwordHash: 'x', actorId: null }));
  session.current = sessionFor(adminId);
});

describe('user writes', () => {
  it('refuses a second user on the same email, whatever its case, as an issue on the email field', () => {
    const before = listUsers().length;
    expect(insertUser({ email: ' Analyst@Example.org', name: 'Copy', role: 'viewer', passwordHash: 'x', actorId: null })).toEqual({
      ok: false,
      code: 'invalid',
      issues: [{ field: 'email', code: 'email-taken', values: ['analyst@example.org'] }],
    });
    expect(listUsers().length).toBe(before);
  });

  it('never leaves Watchfloor without an active admin', () => {
    expect(updateUserRole({ id: adminId, role: 'analyst', actorId: adminId })).toEqual({ ok: false, code: 'last-admin' });
    expect(setUserDisabled({ id: adminId, disabled: true, actorId: null })).toEqual({ ok: false, code: 'last-admin' });
    expect(getUserById(adminId)).toMatchObject({ role: 'admin', disabledAt: null });
  });

  it('reports a missing user', () => {
    expect(updateUserRole({ id: 999_999, role: 'viewer', actorId: adminId })).toEqual({ ok: false, code: 'not-found' });
    expect(setUserDisabled({ id: 999_999, disabled: true, actorId: null })).toEqual({ ok: false, code: 'not-found' });
    expect(setUserPassword({ id: 999_999, passwordHash: 'y', actorId: null, reason: 'reset' })).toEqual({ ok: false, code: 'not-found' });
  });

  it('puts the refusals into words in the actions', async () => {
    expect(await changeRole(undefined, form({ id: String(adminId), role: 'viewer' }))).toEqual({
      ok: false,
      message: expect.stringMatching(/at least one active admin/),
    });
    expect(await disableUser(undefined, form({ id: '999999' }))).toEqual({ ok: false, message: 'That user no longer exists.' });
    const duplicate = await addUser(undefined, form({ email: 'analyst@example.org', name: 'Copy', role: 'viewer' }));
    expect(duplicate).toMatchObject({
      ok: false,
      fieldErrors: { email: ['A user with the email analyst@example.org already exists'] },
      values: { email: 'analyst@example.org' },
    });
    expect(await changeRole(undefined, form({ id: String(analystId), role: 'viewer' }))).toEqual({ ok: true, message: 'Role changed to viewer.' });
  });
});
