// Saved views and share links in the data layer (docs/shared-views.md): who may see and change a view,
// versioned edits, soft deletes with audit, pins that keep the events as they stood, and share tokens
// that are kept as hashes, expire, are revoked, and answer alike for every token that opens nothing.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { updateEvent } from '@/db/queries/event-edit';
import { insertUser } from '@/db/queries/users';
import {
  changesSincePin,
  deleteView,
  duplicateView,
  findSharedView,
  getView,
  insertShareLink,
  insertView,
  listPinnedPage,
  listShareLinks,
  listViews,
  revokeShareLink,
  updateView,
  viewHoldsEvent,
  type ViewInput,
} from '@/db/queries/views';
import { getDb } from '@/db';
import { shareLinks } from '@/db/schema';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER, parseFilter } from '@/lib/timeline/filters';
import { hashShareToken } from '@/lib/views/tokens';
import { PIN_MAX_EVENTS } from '@/lib/views/vocabulary';
import { unwrap } from '@/lib/write-result';
import { listAudit } from '../support/audit';
import { addEvent } from '../support/event-fixtures';

const users = { owner: { id: 0, role: 'analyst' as const }, other: { id: 0, role: 'analyst' as const }, admin: { id: 0, role: 'admin' as const } };
const nzl = { ...EMPTY_FILTER, countries: ['NZL'] };
const input = (over: Partial<ViewInput> = {}): ViewInput => ({
  name: 'NZL watch',
  briefing: 'For the minister',
  filter: nzl,
  mode: 'live',
  visibility: 'team',
  ...over,
});
let first = 0;
/** Every event a pin holds, newest first. */
const pinned = (viewId: number) => listPinnedPage(viewId, EMPTY_FILTER, { limit: PIN_MAX_EVENTS, cursor: null }).items;

beforeAll(() => {
  seedReferenceData();
  for (const [key, role] of [
    ['owner', 'analyst'],
    ['other', 'analyst'],
    ['admin', 'admin'],
  ] as const) {
    users[key].id = unwrap(insertUser({ email: `${key}@example.org`, name: key, role, passwordHash: 'x', actorId: null }));
  }
  first = addEvent({ date: '2024-10-07', title: 'PIPIR plenary in Honolulu', countries: [{ code: 'NZL', role: 'participant' }] });
  addEvent({ date: '2024-05-01', title: 'NZL joins PIPIR', countries: [{ code: 'NZL', role: 'participant' }] });
  addEvent({ date: '2024-06-01', title: 'AUS budget', countries: [{ code: 'AUS', role: 'participant' }] });
});

describe('views', () => {
  it('stores the filter in canonical form, parsed again when opened', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    expect(view).toMatchObject({ name: 'NZL watch', filters: 'country=NZL', mode: 'live', version: 1, owner: { id: users.owner.id } });
    expect(parseFilter(new URLSearchParams(view.filters)).filter).toEqual(nzl);
    expect(listAudit('view', view.id)[0]).toMatchObject({ action: 'view.create', actorId: users.owner.id });
  });

  it('shows a team view to everyone and a private one to its owner alone, and lets only the owner or an admin change it', () => {
    const team = unwrap(insertView({ input: input({ name: 'Team' }), owner: users.owner }));
    const mine = unwrap(insertView({ input: input({ name: 'Mine', visibility: 'private' }), owner: users.owner }));
    expect(getView(mine.id, users.other)).toBeNull();
    expect(listViews(users.other).views.map((v) => v.id)).toContain(team.id);
    expect(listViews(users.other).views.map((v) => v.id)).not.toContain(mine.id);
    expect(listViews(users.owner).views.map((v) => v.id)).toEqual(expect.arrayContaining([team.id, mine.id]));
    expect(updateView({ id: team.id, version: 1, input: input({ name: 'Taken' }), editor: users.other })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(updateView({ id: mine.id, version: 1, input: input({ name: 'Taken' }), editor: users.other })).toMatchObject({ ok: false, code: 'not-found' });
    expect(deleteView({ id: team.id, version: 1, editor: users.other })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(updateView({ id: team.id, version: 1, input: input({ name: 'By admin' }), editor: users.admin })).toMatchObject({
      ok: true,
      value: { name: 'By admin', version: 2 },
    });
  });

  it('refuses a stale save with the view as it now stands', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    unwrap(updateView({ id: view.id, version: 1, input: input({ name: 'First save' }), editor: users.owner }));
    expect(updateView({ id: view.id, version: 1, input: input({ name: 'Second save' }), editor: users.owner })).toMatchObject({
      ok: false,
      code: 'conflict',
      current: { name: 'First save', version: 2 },
    });
  });

  it('soft-deletes with an audit entry, and a deleted view opens for nobody', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    unwrap(deleteView({ id: view.id, version: 1, editor: users.owner }));
    expect(getView(view.id, users.owner)).toBeNull();
    expect(listAudit('view', view.id)[0]).toMatchObject({ action: 'view.delete' });
  });

  it('duplicates as a private view of the one who asked, pin and all', () => {
    const view = unwrap(insertView({ input: input({ mode: 'pinned' }), owner: users.owner }));
    const copy = unwrap(duplicateView({ id: view.id, editor: users.owner, name: 'Copy of NZL watch' }));
    expect(copy).toMatchObject({ name: 'Copy of NZL watch', visibility: 'private', mode: 'pinned', pinnedAt: view.pinnedAt });
    expect(pinned(copy.id).map((p) => p.id)).toEqual(pinned(view.id).map((p) => p.id));
    expect(duplicateView({ id: view.id, editor: users.other, name: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('pinned views', () => {
  it('keep the events as they stood, and count what was edited or added since', () => {
    const view = unwrap(insertView({ input: input({ mode: 'pinned' }), owner: users.owner }));
    expect(pinned(view.id).map((p) => p.title)).toEqual(['PIPIR plenary in Honolulu', 'NZL joins PIPIR']);
    expect(changesSincePin(view, nzl)).toMatchObject({ count: 0, capped: false });

    const current = toEventInput(getEvent(first)!);
    unwrap(updateEvent({ id: first, expectedVersion: getEvent(first)!.version, input: { ...current, title: 'Plenary, edited' }, actorId: users.owner.id }));
    const added = addEvent({ date: '2025-01-01', title: 'NZL review', countries: [{ code: 'NZL', role: 'participant' }] });

    expect(pinned(view.id).map((p) => p.title)).toEqual(['PIPIR plenary in Honolulu', 'NZL joins PIPIR']);
    const changes = changesSincePin(view, nzl);
    expect(changes.count).toBe(2);
    expect(changes.eventIds.sort()).toEqual([first, added].sort());
  });

  it('refuses to pin a filter with more events than a pin holds, writing nothing', () => {
    getDb().transaction(() => {
      for (let i = 0; i <= PIN_MAX_EVENTS; i++) addEvent({ date: '2023-03-01', title: `Fiji event ${i}`, countries: [{ code: 'FJI', role: 'participant' }] });
    });
    const before = listViews(users.owner).views.length;
    const fiji = { ...EMPTY_FILTER, countries: ['FJI'] };
    expect(insertView({ input: input({ mode: 'pinned', filter: fiji }), owner: users.owner })).toEqual({
      ok: false,
      code: 'invalid',
      issues: [{ field: 'mode', code: 'too-many-to-pin', values: [PIN_MAX_EVENTS.toLocaleString('en')] }],
    });
    expect(listViews(users.owner).views.length).toBe(before);
    // Live, the same filter is fine: nothing is copied.
    expect(insertView({ input: input({ mode: 'live', filter: fiji }), owner: users.owner })).toMatchObject({ ok: true });
  });

  it('drops the pin when made live, and pins again when made pinned', () => {
    const view = unwrap(insertView({ input: input({ mode: 'pinned' }), owner: users.owner }));
    const live = unwrap(updateView({ id: view.id, version: 1, input: input({ mode: 'live' }), editor: users.owner }));
    expect(live.pinnedAt).toBeNull();
    expect(pinned(view.id)).toEqual([]);
    const again = unwrap(updateView({ id: view.id, version: 2, input: input({ mode: 'pinned' }), editor: users.owner }));
    expect(again.pinnedAt).not.toBeNull();
    expect(pinned(view.id).length).toBeGreaterThan(0);
  });
});

describe('share links', () => {
  it('stores only the hash of a 256-bit token, and opens the view until revoked', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    const { link, token } = unwrap(insertShareLink({ viewId: view.id, label: 'Minister', editor: users.owner }));
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = getDb().select().from(shareLinks).all();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.find((l) => l.id === link.id)!.tokenHash).toBe(hashShareToken(token));

    expect(findSharedView(token)).toMatchObject({ view: { id: view.id }, linkId: link.id });
    expect(findSharedView(token)).not.toBeNull();
    expect(listShareLinks({ viewId: view.id, editor: users.owner })![0]).toMatchObject({ useCount: 2, lastUsedAt: expect.any(String) });
    expect(listShareLinks({ viewId: view.id, editor: users.other })).toBeNull();

    expect(revokeShareLink({ id: link.id, editor: users.other })).toMatchObject({ ok: false, code: 'forbidden' });
    unwrap(revokeShareLink({ id: link.id, editor: users.owner }));
    expect(findSharedView(token)).toBeNull();
    expect(listAudit('share-link', link.id).map((a) => a.action)).toEqual(['share-link.revoke', 'share-link.create']);
  });

  it('expires at its time, by a clock the test sets (30 days by default)', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    const now = new Date('2026-01-01T00:00:00Z');
    const { link, token } = unwrap(insertShareLink({ viewId: view.id, label: 'Default', editor: users.owner, now }));
    expect(link.expiresAt).toBe('2026-01-31T00:00:00.000Z');
    expect(findSharedView(token, { now: new Date('2026-01-30T23:59:59Z') })).not.toBeNull();
    expect(findSharedView(token, { now: new Date('2026-01-31T00:00:00Z') })).toBeNull();
  });

  it('opens nothing for an unknown or malformed token, or once the view is deleted', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    const { token } = unwrap(insertShareLink({ viewId: view.id, label: 'Partner', editor: users.owner }));
    for (const guess of ['', 'x', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), token + 'A', 'a'.repeat(43)])
      expect(findSharedView(guess)).toBeNull();
    unwrap(deleteView({ id: view.id, version: 1, editor: users.owner }));
    expect(findSharedView(token)).toBeNull();
  });

  it('answers 1,000 random tokens alike, whether or not their hash is stored', () => {
    const view = unwrap(insertView({ input: input(), owner: users.owner }));
    const { token } = unwrap(insertShareLink({ viewId: view.id, label: 'Guessing', editor: users.owner }));
    for (let i = 0; i < 1000; i++) expect(findSharedView(randomBytes(32).toString('base64url'))).toBeNull();
    expect(findSharedView(token)).not.toBeNull();
  });
});

describe('which events a shared view holds', () => {
  it('a live view: the events its filter matches now; a pinned one: its pinned events', () => {
    const live = unwrap(insertView({ input: input(), owner: users.owner }));
    const aus = addEvent({ date: '2024-07-01', title: 'AUS review', countries: [{ code: 'AUS', role: 'participant' }] });
    expect(viewHoldsEvent(live, nzl, first)).toBe(true);
    expect(viewHoldsEvent(live, nzl, aus)).toBe(false);
    expect(viewHoldsEvent(live, nzl, 999_999)).toBe(false);

    const pinned = unwrap(insertView({ input: input({ mode: 'pinned' }), owner: users.owner }));
    const later = addEvent({ date: '2025-02-01', title: 'NZL later', countries: [{ code: 'NZL', role: 'participant' }] });
    expect(viewHoldsEvent(live, nzl, later)).toBe(true);
    expect(viewHoldsEvent(pinned, nzl, later)).toBe(false);
    expect(viewHoldsEvent(pinned, nzl, first)).toBe(true);
  });
});
