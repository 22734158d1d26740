// The event actions as the form calls them: authorization, validation, references, versions, delete.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { createEvent, deleteEvent, editEvent, restoreDeletedEvent } from '@/app/events/[id]/actions';
import { getEvent, listDeletedEvents, listEventHistory } from '@/db/queries/event-detail';
import { listEvents } from '@/db/queries/timeline';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { addEvent } from '../support/event-fixtures';
import { unwrap } from '@/lib/write-result';

let adminId = 0;
let analystId = 0;
let viewerId = 0;
const signIn = (uid: number) => (session.current = sessionFor(uid));

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

const VALID = {
  title: 'Wellington industry roundtable',
  summary: 'Officials meet defence firms.',
  type: 'meeting',
  date: '2024-10-07',
  datePrecision: 'day',
  endDate: '',
  location: 'Wellington',
  'countries.0.code': 'NZL',
  'countries.0.role': 'host',
  initiatives: 'pipir',
  tags: 'Industry, supply chain',
  'people.0.name': 'Judith Collins',
  'people.0.capacity': 'Minister of Defence',
  'sources.0.url': 'https://example.org/roundtable',
  'sources.0.publisher': 'RNZ',
  'sources.0.title': 'Roundtable report',
  'sources.0.publishedDate': '2024-10-08',
  'sources.0.reliability': 'B',
  'sources.0.credibility': '2',
  'sources.0.quote': '',
};

/** The id a successful action redirected to (the test mock of redirect() throws with the target). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (result) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
    },
    (e: { digest?: string }) => e,
  );
  return String(error.digest).split(';')[1]!;
}
const countAll = () => listEvents(EMPTY_FILTER, { limit: 1000, cursor: null }).items.length;

beforeAll(() => {
  seedReferenceData();
  adminId = unwrap(insertUser({ email: 'admin@example.org', name: 'Ada Admin', role: 'admin', passwordHash: 'x', actorId: null }));
  analystId = unwrap(insertUser({ email: 'analyst@example.org', name: 'Ana Lyst', role: 'analyst', passwordHash: 'x', actorId: null }));
  viewerId = unwrap(insertUser({ email: 'viewer@example.org', name: 'Vera Viewer', role: 'viewer', passwordHash: 'x', actorId: null }));
});

beforeEach(() => signIn(analystId));

describe('createEvent', () => {
  it('writes the event with everything attached and audits it, then opens it', async () => {
    const target = await redirectOf(createEvent(undefined, form(VALID)));
    expect(target).toMatch(/^\/events\/\d+$/);
    const id = Number(target.split('/')[2]);
    const event = getEvent(id)!;
    expect(event).toMatchObject({ title: VALID.title, location: 'Wellington', endDate: null, createdByName: 'Ana Lyst', tags: ['industry', 'supply-chain'] });
    expect(event.countries).toEqual([{ code: 'NZL', name: 'New Zealand', role: 'host' }]);
    expect(event.initiatives.map((i) => i.slug)).toEqual(['pipir']);
    expect(event.people).toEqual([{ name: 'Judith Collins', capacity: 'Minister of Defence' }]);
    expect(event.sources).toMatchObject([
      { url: 'https://example.org/roundtable', reliability: 'B', credibility: 2, publishedDate: '2024-10-08', quote: null },
    ]);
    expect(listEventHistory(id)).toMatchObject([{ action: 'event.create', actorId: analystId, actorName: 'Ana Lyst' }]);
  });

  it('reports every bad field at once, by path, and writes nothing', async () => {
    const before = countAll();
    const result = await createEvent(
      undefined,
      form({
        ...VALID,
        title: 'x',
        type: 'party',
        date: '2024-02-30',
        'sources.0.url': 'ftp://example.org',
        'sources.0.credibility': '9',
        'countries.0.code': 'NZ',
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toBe('Please correct the highlighted fields.');
    expect(Object.keys(result.fieldErrors!).sort()).toEqual(['countries.0.code', 'date', 'sources.0.credibility', 'sources.0.url', 'title', 'type']);
    expect(countAll()).toBe(before);
  });

  it('turns an unknown initiative or country into field errors, not a failure, and writes nothing', async () => {
    const before = countAll();
    const result = await createEvent(undefined, form({ ...VALID, initiatives: ['pipir', 'no-such-thing'], 'countries.0.code': 'XYZ' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { 'countries.0.code': ['Unknown country code XYZ'], 'initiatives.1': ['Unknown initiative no-such-thing'] },
    });
    expect(countAll()).toBe(before);
  });

  it('refuses a viewer', async () => {
    signIn(viewerId);
    const before = countAll();
    const result = await createEvent(undefined, form(VALID));
    expect(result).toEqual({ ok: false, message: 'Your role (viewer) does not allow this. Ask an admin if you need it.' });
    expect(countAll()).toBe(before);
  });
});

describe('editEvent', () => {
  it('saves at the expected version and audits the change', async () => {
    const id = addEvent({ date: '2024-05-01', title: 'Before the edit' });
    expect(await redirectOf(editEvent(id, undefined, form({ ...VALID, title: 'After the edit', version: '1' })))).toBe(`/events/${id}`);
    expect(getEvent(id)).toMatchObject({ title: 'After the edit', version: 2, updatedByName: 'Ana Lyst' });
    expect(listEventHistory(id)[0]).toMatchObject({ action: 'event.update', before: { title: 'Before the edit' }, after: { title: 'After the edit' } });
  });

  it('refuses a stale version with the current event, and keeps the stored row as it was', async () => {
    const id = addEvent({ date: '2024-05-02', title: 'Original' });
    signIn(adminId);
    await redirectOf(editEvent(id, undefined, form({ ...VALID, title: 'Saved first by the admin', version: '1' })));
    const stored = getEvent(id)!;

    signIn(analystId);
    const result = await editEvent(id, undefined, form({ ...VALID, title: 'Typed by the analyst', summary: 'Mine', version: '1' }));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Someone else saved this event since you opened it \(version 2 by Ada Admin at \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    expect(result.conflict).toMatchObject({ version: 2, updatedByName: 'Ada Admin', differingFields: ['title', 'summary'] });
    expect(result.conflict!.current).toMatchObject({ title: 'Saved first by the admin', tags: 'industry, supply-chain' });
    expect(getEvent(id)).toEqual(stored);

    // A deliberate second save against the version the conflict reported goes through.
    await redirectOf(editEvent(id, undefined, form({ ...VALID, title: 'Typed by the analyst', version: '2' })));
    expect(getEvent(id)).toMatchObject({ title: 'Typed by the analyst', version: 3 });
  });

  it('validates like create and refuses unknown references and viewers without writing', async () => {
    const id = addEvent({ date: '2024-05-03', title: 'Untouched' });
    const bad = await editEvent(id, undefined, form({ ...VALID, title: '', 'sources.0.reliability': 'G', version: '1' }));
    expect(Object.keys(bad.fieldErrors!).sort()).toEqual(['sources.0.reliability', 'title']);
    const unknown = await editEvent(id, undefined, form({ ...VALID, initiatives: 'nope', version: '1' }));
    expect(unknown.fieldErrors).toEqual({ 'initiatives.0': ['Unknown initiative nope'] });
    signIn(viewerId);
    expect((await editEvent(id, undefined, form({ ...VALID, version: '1' }))).message).toMatch(/Your role \(viewer\) does not allow this/);
    expect(getEvent(id)).toMatchObject({ title: 'Untouched', version: 1 });
  });

  it('reports an unknown or deleted event', async () => {
    expect(await editEvent(999_999, undefined, form({ ...VALID, version: '1' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer exists/),
    });
  });

  it('checks the bound id like any other input: a forged one is refused before anything is read or written', async () => {
    const id = addEvent({ date: '2024-06-03', title: 'Bound' });
    for (const forged of ['1 OR 1=1', -1, 1.5, { id }, null] as unknown[]) {
      expect(await editEvent(forged as number, undefined, form({ ...VALID, version: '1' }))).toEqual({
        ok: false,
        message: expect.stringMatching(/no longer exists/),
      });
      expect(await deleteEvent(forged as number, undefined, form({ version: '1' }))).toEqual({ ok: false, message: expect.stringMatching(/no longer exists/) });
    }
    expect(getEvent(id)).toMatchObject({ title: 'Bound', version: 1 });
  });
});

describe('delete and restore', () => {
  it('an analyst deletes at the current version; the event leaves the lists; an admin restores it', async () => {
    const id = addEvent({ date: '2024-06-01', title: 'To be deleted' });
    expect(await deleteEvent(id, undefined, form({ version: '7' }))).toMatchObject({ ok: false, message: expect.stringMatching(/Someone else saved/) });
    expect(getEvent(id)).not.toBeNull();

    expect(await redirectOf(deleteEvent(id, undefined, form({ version: '1' })))).toBe('/events');
    expect(getEvent(id)).toBeNull();
    expect(listEvents(EMPTY_FILTER, { limit: 1000, cursor: null }).items.map((e) => e.id)).not.toContain(id);
    expect(listDeletedEvents().map((e) => e.id)).toContain(id);
    expect(listEventHistory(id)[0]).toMatchObject({ action: 'event.delete', actorId: analystId });

    expect(await restoreDeletedEvent(id, undefined, form({}))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Your role \(analyst\) does not allow this/),
    });
    signIn(adminId);
    expect(await redirectOf(restoreDeletedEvent(id, undefined, form({})))).toBe(`/events/${id}`);
    expect(getEvent(id)).toMatchObject({ title: 'To be deleted', deletedAt: null });
    expect(listEvents(EMPTY_FILTER, { limit: 1000, cursor: null }).items.map((e) => e.id)).toContain(id);
    expect(await restoreDeletedEvent(id, undefined, form({}))).toMatchObject({ ok: false });
  });

  it('refuses a viewer', async () => {
    const id = addEvent({ date: '2024-06-02' });
    signIn(viewerId);
    expect((await deleteEvent(id, undefined, form({ version: '1' }))).message).toMatch(/Your role \(viewer\) does not allow this/);
    expect(getEvent(id)).not.toBeNull();
  });
});
