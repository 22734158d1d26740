// The view actions as their forms call them: an authorization matrix (owner, another analyst, a viewer,
// an admin, anonymous × save, edit, duplicate, delete, share, revoke), every field error returned, and a
// stale edit refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { copyView, createShareLink, editView, removeView, revokeLink, saveView } from '@/app/views/actions';
import { GET as feed } from '@/app/shared/[token]/feed.xml/route';
import { getView, insertShareLink, insertView, listShareLinks, revokeShareLink } from '@/db/queries/views';
import { addEvent } from '../support/event-fixtures';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

const users = { owner: 0, other: 0, viewer: 0, admin: 0 };
type Who = keyof typeof users | 'anonymous';
const as = (who: Who) => (session.current = who === 'anonymous' ? null : sessionFor(users[who]));
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

describe("a shared view's Atom feed", () => {
  const get = (token: string) => feed(new Request(`http://watchfloor.test/shared/${token}/feed.xml`), { params: Promise.resolve({ token }) });

  it("lists the live view's events for a reader without a session, until the link is revoked", async () => {
    addEvent({ date: '2024-10-07', title: 'PIPIR plenary in Honolulu', countries: [{ code: 'NZL', role: 'participant' }] });
    addEvent({ date: '2024-06-01', title: 'Australian budget', countries: [{ code: 'AUS', role: 'participant' }] });
    const view = newView();
    const { link, token } = unwrap(insertShareLink({ viewId: view.id, label: 'Watch officer', editor: writer('owner') }));
    as('anonymous');
    const response = await get(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<title type="html"><![CDATA[PIPIR plenary in Honolulu]]></title>');
    expect(xml).not.toContain('Australian budget');
    expect(xml).toContain(`http://watchfloor.test/shared/${token}/events/`);

    unwrap(revokeShareLink({ id: link.id, editor: writer('owner') }));
    expect((await get(token)).status).toBe(404);
    expect((await get('a'.repeat(43))).status).toBe(404);
  });

  it('is not there for a pinned view', async () => {
    const pinned = unwrap(
      insertView({
        input: { name: 'Pinned', briefing: '', filter: { ...EMPTY_FILTER, countries: ['NZL'] }, mode: 'pinned', visibility: 'team' },
        owner: writer('owner'),
      }),
    );
    const { token } = unwrap(insertShareLink({ viewId: pinned.id, label: 'x', editor: writer('owner') }));
    expect((await get(token)).status).toBe(404);
  });
});
