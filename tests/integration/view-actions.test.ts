// The view actions as their forms call them: an authorization matrix (owner, another analyst, a viewer,
// an admin, anonymous × save, edit, duplicate, delete, share, revoke), every field error returned, and a
// stale edit refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { session } from '../support/session';
import { copyView, createShareLink, editView, removeView, revokeLink, saveView } from '@/app/views/actions';
import { getView, insertShareLink, insertView, listShareLinks } from '@/db/queries/views';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

const users = { owner: 0, other: 0, viewer: 0, admin: 0 };
type Who = keyof typeof users | 'anonymous';
const as = (who: Who) => (session.current = who === 'anonymous' ? null : { uid: users[who], sv: 0 });
const writer = (who: 'owner' | 'admin') => ({ id: users[who], role: who === 'admin' ? ('admin' as const) : ('analyst' as const) });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** What the action answered, or where it redirected (the test's redirect() throws with its target). */
async function outcome(run: Promise<{ ok: boolean; message?: string }>): Promise<string> {
  try {
    const result = await run;
    return result.ok ? 'ok' : `refused: ${result.message ?? 'fields'}`;
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT;')) return 'ok';
    throw e;
  }
}

const newView = (visibility: 'team' | 'private' = 'team') =>
  unwrap(
    insertView({ input: { name: 'Matrix', briefing: '', filter: { ...EMPTY_FILTER, countries: ['NZL'] }, mode: 'live', visibility }, owner: writer('owner') }),
  );

beforeAll(() => {
  seedReferenceData();
  for (const [key, role] of [
    ['owner', 'analyst'],
    ['other', 'analyst'],
    ['viewer', 'viewer'],
    ['admin', 'admin'],
  ] as const) {
    users[key] = unwrap(insertUser({ email: `${key}@views.test`, name: key, role, passwordHash: 'x', actorId: null }));
  }
});

describe('who may do what to a team view', () => {
  const actions = {
    edit: (id: number) =>
      editView(id, undefined, form({ name: 'Renamed', filters: 'country=NZL', version: String(getView(id, { id: users.owner })!.version) })),
    duplicate: (id: number) => copyView(id, undefined, form({})),
    delete: (id: number) => removeView(id, undefined, form({ version: String(getView(id, { id: users.owner })!.version) })),
    share: (id: number) => createShareLink(id, undefined, form({ label: 'Partner', expiresInDays: '7' })),
    revoke: (id: number) =>
      revokeLink(undefined, form({ linkId: String(unwrap(insertShareLink({ viewId: id, label: 'x', editor: writer('owner') })).link.id) })),
  };
  const expected: Record<Who, RegExp> = {
    owner: /^ok$/,
    admin: /^ok$/,
    other: /^refused: Only the view’s owner or an admin/,
    viewer: /^refused: Your role \(viewer\) does not allow this/,
    anonymous: /^refused: Your session has ended/,
  };
  for (const [name, run] of Object.entries(actions)) {
    for (const who of Object.keys(expected) as Who[]) {
      it(`${name} as ${who}`, async () => {
        const view = newView();
        as(who);
        expect(await outcome(run(view.id))).toMatch(expected[who]);
      });
    }
  }

  it("another analyst's private view is not found rather than forbidden", async () => {
    const view = newView('private');
    as('other');
    expect(await outcome(createShareLink(view.id, undefined, form({ label: 'x' })))).toBe('refused: That view no longer exists.');
    expect(listShareLinks({ viewId: view.id, editor: writer('owner') })).toEqual([]);
  });
});

describe('the forms', () => {
  it('returns every field error beside its field and writes nothing', async () => {
    as('owner');
    const result = await saveView(undefined, form({ name: ' ', mode: 'sometimes', visibility: 'world', briefing: 'x'.repeat(10_001), filters: 'country=N' }));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['briefing', 'filters', 'mode', 'name', 'visibility']);
    const share = await createShareLink(newView().id, undefined, form({ label: 'x'.repeat(121), expiresInDays: '366' }));
    expect(Object.keys(share.fieldErrors ?? {}).sort()).toEqual(['expiresInDays', 'label']);
  });

  it('refuses a stale edit and keeps what was saved first', async () => {
    const view = newView();
    as('owner');
    expect(await outcome(editView(view.id, undefined, form({ name: 'First', filters: 'country=NZL', version: '1' })))).toBe('ok');
    expect(await outcome(editView(view.id, undefined, form({ name: 'Second', filters: 'country=NZL', version: '1' })))).toMatch(
      /^refused: Someone saved this view/,
    );
    expect(getView(view.id, { id: users.owner })!.name).toBe('First');
  });
});
