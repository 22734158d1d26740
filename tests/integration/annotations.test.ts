// Annotations through their server actions, as the forms call them: who may write and see what,
// validation at the boundary, versioned edits with history, soft deletes, threads, and parallel writes.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { addAnnotation, deleteAnnotation, editAnnotation, replyToAnnotation, resolveThread } from '@/app/annotations/actions';
import { countAnnotationsByEvent, getAnnotation, listAnnotationVersions, listEventThreads, listStanceThreads } from '@/db/queries/annotations';
import { listAnnotationPage } from '@/db/queries/annotation-list';
import { EMPTY_ANNOTATION_QUERY } from '@/lib/annotations/filters';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { updateEvent } from '@/db/queries/event-edit';
import { insertStance } from '@/db/queries/stances';
import { countEventsUpTo, listEvents } from '@/db/queries/timeline';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { stanceInput } from '@/lib/stances/schema';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';
import { listAudit } from '../support/audit';
import { addEvent } from '../support/event-fixtures';

const users = { author: 0, other: 0, viewer: 0, admin: 0 };
// The list /annotations and the API read: one page of up to 500, newest first.
const listAnnotations = (query: { eventId?: number }, reader: { id: number } | null) =>
  listAnnotationPage({ query: { ...EMPTY_ANNOTATION_QUERY, ...query }, page: { limit: 500, before: null }, reader });
const signIn = (uid: number) => (session.current = sessionFor(uid));
const signOut = () => (session.current = null);
const asAuthor = () => ({ id: users.author });
const asOther = () => ({ id: users.other });

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

let eventId = 0;
let sourceId = 0;
let stanceId = 0;

beforeAll(() => {
  seedReferenceData();
  users.author = unwrap(insertUser({ email: 'author@example.org', name: 'Ana Author', role: 'analyst', passwordHash: 'x', actorId: null }));
  users.other = unwrap(insertUser({ email: 'other@example.org', name: 'Otto Other', role: 'analyst', passwordHash: 'x', actorId: null }));
  users.viewer = unwrap(insertUser({ email: 'viewer@example.org', name: 'Vera Viewer', role: 'viewer', passwordHash: 'x', actorId: null }));
  users.admin = unwrap(insertUser({ email: 'admin@example.org', name: 'Ada Admin', role: 'admin', passwordHash: 'x', actorId: null }));
  eventId = addEvent({
    date: '2024-10-07',
    title: 'PIPIR plenary in Honolulu',
    countries: [{ code: 'NZL', role: 'participant' }],
    sources: [{ url: 'https://example.org/plenary', publisher: 'DoD', title: 'Plenary readout', reliability: 'B', credibility: 2 }],
  });
  sourceId = getEvent(eventId)!.sources[0]!.id;
  stanceId = unwrap(
    insertStance({
      input: stanceInput.parse({
        country: 'NZL',
        initiative: 'pipir',
        position: 'supportive',
        asOf: '2024-06-01',
        asOfPrecision: 'month',
        confidence: 'moderate',
        rationale: 'Attends as an observer',
      }),
      actorId: null,
    }),
  );
});

beforeEach(() => signIn(users.author));

const note = (over: Record<string, string> = {}) => form({ target: 'event', eventId: String(eventId), body: 'New Zealand joined quietly.', ...over });

async function add(over: Record<string, string> = {}) {
  const result = await addAnnotation(undefined, note(over));
  expect(result).toMatchObject({ ok: true });
  return result.annotation!;
}

describe('adding', () => {
  it('writes a team note on an event, with tags as slugs, audited', async () => {
    const a = await add({ tags: 'Industry, Supply Chain' });
    expect(a).toMatchObject({
      target: 'event',
      eventId,
      kind: 'note',
      likelihood: null,
      confidence: null,
      visibility: 'team',
      tags: ['industry', 'supply-chain'],
      version: 1,
    });
    expect(a.author).toEqual({ id: users.author, name: 'Ana Author' });
    expect(listAudit('annotation', a.id)[0]).toMatchObject({ action: 'annotation.create', actorId: users.author });
  });

  it('writes a judgment with its ICD 203 grades, and on a source with a quoted passage, and on a stance', async () => {
    const judgment = await add({ kind: 'judgment', likelihood: 'very-likely', confidence: 'moderate', body: 'Wellington will sign the statement of intent.' });
    expect(judgment).toMatchObject({ kind: 'judgment', likelihood: 'very-likely', confidence: 'moderate' });
    const onSource = await add({ target: 'source', sourceId: String(sourceId), quote: 'first plenary', body: 'The readout names NZ.' });
    expect(onSource).toMatchObject({ target: 'source', eventId, sourceId, quote: 'first plenary' });
    const onStance = await addAnnotation(undefined, form({ target: 'stance', stanceId: String(stanceId), body: 'Observer status is from a leak.' }));
    expect(onStance.annotation).toMatchObject({ target: 'stance', eventId: null, stanceId });
    expect(
      listStanceThreads([stanceId], asAuthor())
        .get(stanceId)!
        .map((t) => t.id),
    ).toContain(onStance.annotation!.id);
    expect(
      listEventThreads(eventId, asAuthor())
        .bySource.get(sourceId)!
        .map((t) => t.id),
    ).toEqual([onSource.id]);
  });

  it('reports every bad field at once and writes nothing', async () => {
    const before = countAnnotationsByEvent([eventId], asAuthor()).get(eventId) ?? 0;
    const result = await addAnnotation(
      undefined,
      note({ body: 'x'.repeat(10_001), kind: 'judgment', visibility: 'everyone', tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') }),
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors!).sort()).toEqual(['body', 'confidence', 'likelihood', 'tags', 'visibility']);
    expect(result.fieldErrors!.body![0]).toMatch(/At most 10,000 characters \(this has 10,001\)/);
    expect(result.fieldErrors!.tags![0]).toMatch(/At most 20 tags/);
    const tooLong = await addAnnotation(undefined, note({ tags: 'a'.repeat(65) }));
    expect(tooLong.fieldErrors!['tags.0']![0]).toMatch(/at most 64 characters/);
    expect(countAnnotationsByEvent([eventId], asAuthor()).get(eventId) ?? 0).toBe(before);
  });

  it('refuses a target that does not exist, or a quote on anything but a source', async () => {
    expect((await addAnnotation(undefined, note({ eventId: '999999' }))).fieldErrors).toEqual({ eventId: ['No such event: #999999'] });
    expect((await addAnnotation(undefined, form({ target: 'source', sourceId: '999999', body: 'x' }))).fieldErrors).toEqual({
      sourceId: ['That source is no longer on the event'],
    });
    expect((await addAnnotation(undefined, form({ target: 'stance', stanceId: '999999', body: 'x' }))).fieldErrors).toEqual({
      stanceId: ['That stance no longer exists'],
    });
    expect((await addAnnotation(undefined, note({ quote: 'a passage' }))).fieldErrors).toHaveProperty('quote');
  });

  it('keeps a note free of grades even when the form sends them', async () => {
    const a = await add({ kind: 'note', likelihood: 'likely', confidence: 'high' });
    expect(a).toMatchObject({ kind: 'note', likelihood: null, confidence: null });
  });

  it('stores every one of 20 parallel annotations by several analysts on one event', async () => {
    const before = listAnnotations({ eventId }, null).items.length;
    const writes = Array.from({ length: 24 }, async (_, i) => {
      signIn(i % 2 ? users.other : users.author);
      return addAnnotation(undefined, note({ body: `Parallel note ${i}` }));
    });
    const results = await Promise.all(writes);
    expect(results.every((r) => r.ok)).toBe(true);
    const bodies = listAnnotations({ eventId }, null).items.map((a) => a.body);
    expect(bodies.length).toBe(before + 24);
    for (let i = 0; i < 24; i++) expect(bodies).toContain(`Parallel note ${i}`);
  });
});

describe('visibility', () => {
  it('shows a private note to its author alone: not to another analyst, a viewer, a share link, a count or a list', async () => {
    const secret = await add({ visibility: 'private', body: 'Only I think so: zanzibar' });
    expect(getAnnotation(secret.id, asAuthor())).toBeDefined();
    for (const reader of [asOther(), { id: users.viewer }, null]) {
      expect(getAnnotation(secret.id, reader)).toBeUndefined();
      expect(listEventThreads(eventId, reader).event.map((t) => t.id)).not.toContain(secret.id);
      expect(listAnnotations({}, reader).items.map((a) => a.id)).not.toContain(secret.id);
      expect(listAnnotationVersions(secret.id, reader)).toEqual([]);
    }
    const mine = countAnnotationsByEvent([eventId], asAuthor()).get(eventId)!;
    expect(countAnnotationsByEvent([eventId], asOther()).get(eventId)).toBe(mine - 1);
  });
});

describe('the authorization matrix', () => {
  // Who may do what to a team and a private annotation by `author`: the actions answer for themselves.
  type Who = 'author' | 'other' | 'viewer' | 'admin' | 'anonymous';
  const act = (who: Who) => (who === 'anonymous' ? signOut() : signIn(users[who]));

  async function fresh(visibility: 'team' | 'private') {
    signIn(users.author);
    return add({ visibility, body: `A ${visibility} note` });
  }

  const expectations: Record<'team' | 'private', Record<Who, { edit: RegExp | true; remove: RegExp | true; resolve: RegExp | true; reply: RegExp | true }>> = {
    team: {
      author: { edit: true, remove: true, resolve: true, reply: true },
      admin: { edit: true, remove: true, resolve: true, reply: true },
      other: { edit: /Only its author or an admin/, remove: /Only its author or an admin/, resolve: true, reply: true },
      viewer: { edit: /does not allow this/, remove: /does not allow this/, resolve: /does not allow this/, reply: /does not allow this/ },
      anonymous: { edit: /session has ended/, remove: /session has ended/, resolve: /session has ended/, reply: /session has ended/ },
    },
    private: {
      author: { edit: true, remove: true, resolve: true, reply: true },
      // Someone else's private note does not exist for anyone else, admins included.
      admin: { edit: /no longer exists/, remove: /no longer exists/, resolve: /no longer exists/, reply: /Please correct/ },
      other: { edit: /no longer exists/, remove: /no longer exists/, resolve: /no longer exists/, reply: /Please correct/ },
      viewer: { edit: /does not allow this/, remove: /does not allow this/, resolve: /does not allow this/, reply: /does not allow this/ },
      anonymous: { edit: /session has ended/, remove: /session has ended/, resolve: /session has ended/, reply: /session has ended/ },
    },
  };

  for (const visibility of ['team', 'private'] as const) {
    for (const who of ['author', 'other', 'admin', 'viewer', 'anonymous'] as const) {
      it(`${who} on a ${visibility} annotation`, async () => {
        const want = expectations[visibility][who];
        const check = (result: { ok: boolean; message?: string }, expected: RegExp | true) => {
          if (expected === true) expect(result).toMatchObject({ ok: true });
          else expect(result).toMatchObject({ ok: false, message: expect.stringMatching(expected) });
        };
        const a = await fresh(visibility);
        act(who);
        check(await replyToAnnotation(undefined, form({ parentId: String(a.id), body: 'A reply' })), want.reply);
        check(await resolveThread(a.id, undefined, form({ resolved: 'true' })), want.resolve);
        check(await editAnnotation(a.id, undefined, form({ version: '1', body: 'Edited', kind: 'note' })), want.edit);
        const version = String(getAnnotation(a.id, asAuthor())!.version);
        act(who);
        check(await deleteAnnotation(a.id, undefined, form({ version })), want.remove);
        const after = getAnnotation(a.id, asAuthor());
        if (want.remove === true) expect(after).toBeUndefined();
        else expect(after).toMatchObject({ body: want.edit === true ? 'Edited' : `A ${visibility} note` });
      });
    }
  }
});

describe('editing', () => {
  it('keeps every earlier version, visible to whoever can see the annotation', async () => {
    const a = await add({ body: 'First take' });
    expect(
      await editAnnotation(
        a.id,
        undefined,
        form({ version: '1', body: 'Second take', kind: 'judgment', likelihood: 'likely', confidence: 'low', tags: 'revised' }),
      ),
    ).toMatchObject({
      ok: true,
      annotation: { body: 'Second take', version: 2, kind: 'judgment', tags: ['revised'] },
    });
    expect(listAnnotationVersions(a.id, asOther())).toMatchObject([{ version: 1, body: 'First take', kind: 'note', tags: [], editedBy: 'Ana Author' }]);
    expect(listAudit('annotation', a.id)[0]).toMatchObject({ action: 'annotation.update', before: { body: 'First take' } });
  });

  it('refuses a stale save and returns the text now stored, never overwriting it', async () => {
    const a = await add({ body: 'Original' });
    signIn(users.admin);
    expect(await editAnnotation(a.id, undefined, form({ version: '1', body: 'Admin fixed a typo' }))).toMatchObject({ ok: true });
    signIn(users.author);
    const stale = await editAnnotation(a.id, undefined, form({ version: '1', body: 'My late edit' }));
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed this annotation since you opened it/),
      current: { body: 'Admin fixed a typo', version: 2 },
    });
    expect(getAnnotation(a.id, asAuthor())!.body).toBe('Admin fixed a typo');
  });

  it('moves replies with their thread when it is published, and keeps a thread others joined visible to the team', async () => {
    const a = await add({ visibility: 'private', body: 'Draft' });
    const reply = await replyToAnnotation(undefined, form({ parentId: String(a.id), body: 'My own follow-up' }));
    expect(reply.annotation).toMatchObject({ visibility: 'private', parentId: a.id });
    await editAnnotation(a.id, undefined, form({ version: '1', body: 'Published', visibility: 'team' }));
    expect(getAnnotation(reply.annotation!.id, asOther())).toMatchObject({ visibility: 'team' });
    signIn(users.other);
    await replyToAnnotation(undefined, form({ parentId: String(a.id), body: 'I agree' }));
    signIn(users.author);
    const back = await editAnnotation(a.id, undefined, form({ version: '2', body: 'Published', visibility: 'private' }));
    expect(back.fieldErrors).toEqual({ visibility: ['Others have replied in this thread, so it stays visible to the team'] });
  });
});

describe('threads', () => {
  it('nests replies one level deep, and resolves and reopens a thread', async () => {
    const a = await add({ body: 'Thread' });
    const reply = await replyToAnnotation(undefined, form({ parentId: String(a.id), body: 'First reply' }));
    expect((await replyToAnnotation(undefined, form({ parentId: String(reply.annotation!.id), body: 'Too deep' }))).fieldErrors).toEqual({
      parentId: ['That thread no longer exists'],
    });
    const thread = listEventThreads(eventId, asOther()).event.find((t) => t.id === a.id)!;
    expect(thread.replies.map((r) => r.body)).toEqual(['First reply']);
    signIn(users.other);
    expect(await resolveThread(a.id, undefined, form({ resolved: 'true' }))).toMatchObject({
      ok: true,
      annotation: { resolved: true, resolvedBy: 'Otto Other' },
    });
    expect(await resolveThread(a.id, undefined, form({ resolved: 'false' }))).toMatchObject({ ok: true, annotation: { resolved: false } });
    expect(
      listAudit('annotation', a.id)
        .map((e) => e.action)
        .slice(0, 2),
    ).toEqual(['annotation.reopen', 'annotation.resolve']);
  });

  it('deletes softly: the thread and its replies leave every list, the rows and the audit remain', async () => {
    const a = await add({ body: 'To delete' });
    const reply = await replyToAnnotation(undefined, form({ parentId: String(a.id), body: 'Reply to delete' }));
    expect(await deleteAnnotation(a.id, undefined, form({ version: '7' }))).toMatchObject({ ok: false, message: expect.stringMatching(/Reload/) });
    expect(await deleteAnnotation(a.id, undefined, form({ version: '1' }))).toMatchObject({ ok: true });
    expect(getAnnotation(reply.annotation!.id, asAuthor())).toBeUndefined();
    expect(listEventThreads(eventId, asAuthor()).event.map((t) => t.id)).not.toContain(a.id);
    expect(listAudit('annotation', a.id)[0]).toMatchObject({ action: 'annotation.delete', before: { body: 'To delete' } });
  });
});

describe('annotations of sources across an event edit', () => {
  it('follow their source by URL, and stay on the event when the source is removed', async () => {
    const id = addEvent({
      date: '2024-11-01',
      sources: [
        { url: 'https://example.org/kept', publisher: 'A', title: 'Kept', reliability: 'A', credibility: 1 },
        { url: 'https://example.org/removed', publisher: 'B', title: 'Removed', reliability: 'C', credibility: 3 },
      ],
    });
    const [kept, removed] = getEvent(id)!.sources;
    const onKept = await add({ target: 'source', eventId: String(id), sourceId: String(kept!.id), body: 'On the kept source' });
    const onRemoved = await add({ target: 'source', eventId: String(id), sourceId: String(removed!.id), quote: 'a line', body: 'On the removed source' });
    const input = toEventInput(getEvent(id)!);
    expect(updateEvent({ id, expectedVersion: 1, input: { ...input, title: 'Edited', sources: [input.sources[0]!] }, actorId: users.author })).toMatchObject({
      ok: true,
    });
    const newKept = getEvent(id)!.sources[0]!;
    expect(getAnnotation(onKept.id, asAuthor())).toMatchObject({ target: 'source', sourceId: newKept.id });
    expect(getAnnotation(onRemoved.id, asAuthor())).toMatchObject({ target: 'event', sourceId: null, quote: null, body: 'On the removed source' });
  });
});

describe('on the timeline', () => {
  it('counts the annotations each reader may see, and filters to annotated events and by annotation tag', async () => {
    const plain = addEvent({ date: '2025-02-01', title: 'Unannotated' });
    const tagged = addEvent({ date: '2025-02-02', title: 'Tagged by a team note' });
    const secret = addEvent({ date: '2025-02-03', title: 'Only privately annotated' });
    await add({ eventId: String(tagged), tags: 'watch-item', body: 'Team note' });
    await add({ eventId: String(secret), visibility: 'private', tags: 'my-hunch', body: 'Mine' });
    const page = { limit: 500, cursor: null };
    const count = (id: number, reader: { id: number } | null) => listEvents(EMPTY_FILTER, page, reader).items.find((e) => e.id === id)!.annotationCount;
    expect([count(plain, asAuthor()), count(tagged, asAuthor()), count(secret, asAuthor())]).toEqual([0, 1, 1]);
    expect([count(tagged, asOther()), count(secret, asOther()), count(secret, null)]).toEqual([1, 0, 0]);

    const ids = (filter: Partial<typeof EMPTY_FILTER>, reader: { id: number } | null) =>
      listEvents({ ...EMPTY_FILTER, ...filter }, page, reader).items.map((e) => e.id);
    expect(ids({ annotated: true }, asAuthor())).toEqual(expect.arrayContaining([tagged, secret]));
    expect(ids({ annotated: true }, asAuthor())).not.toContain(plain);
    expect(ids({ annotated: true }, asOther())).not.toContain(secret);
    expect(ids({ annotationTags: ['watch-item'] }, asOther())).toEqual([tagged]);
    expect(ids({ annotationTags: ['my-hunch'] }, asAuthor())).toEqual([secret]);
    expect(ids({ annotationTags: ['my-hunch'] }, asOther())).toEqual([]);
    expect(countEventsUpTo({ ...EMPTY_FILTER, annotationTags: ['my-hunch'] }, 10, asOther())).toEqual({ count: 0, capped: false });
    expect(ids({ annotationTags: ['watch-item'], countries: ['NZL'] }, asOther())).toEqual([]);
  });
});

describe('in the timeline search', () => {
  const found = (q: string, reader: { id: number } | null) =>
    listEvents({ ...EMPTY_FILTER, q }, { limit: 500, cursor: null }, reader)
      .items.map((e) => e.id)
      .sort((a, b) => a - b);

  it('finds an event by the words of its team annotations, for every reader and a share link', async () => {
    const id = addEvent({ date: '2025-03-01', title: 'Searched through its notes' });
    expect(found('quokkaridge', asOther())).toEqual([]);
    const a = await add({ eventId: String(id), body: 'Seen at the **Quokkaridge** site.' });
    for (const reader of [asAuthor(), asOther(), null]) expect(found('quokkaridge', reader)).toEqual([id]);
    expect(found('quokka', asOther())).toEqual([id]);
    expect(countEventsUpTo({ ...EMPTY_FILTER, q: 'quokkaridge', countries: [] }, 10, asOther())).toEqual({ count: 1, capped: false });
    await deleteAnnotation(a.id, undefined, form({ version: '1' }));
    expect(found('quokkaridge', asAuthor())).toEqual([]);
  });

  it('finds a private annotation for its author alone, and no query reaches its words for anyone else', async () => {
    const id = addEvent({ date: '2025-03-02', title: 'Searched through a private note' });
    const a = await add({ eventId: String(id), visibility: 'private', body: 'Only a hunch: marmalith.' });
    expect(found('marmalith', asAuthor())).toEqual([id]);
    expect(found('marma', asAuthor())).toEqual([id]);
    expect(found('"Searched through" marmalith', asAuthor())).toEqual([id]);
    for (const reader of [asOther(), { id: users.admin }, null]) {
      expect(found('marmalith', reader)).toEqual([]);
      // The author's tokens themselves, spelled out or as a prefix, stay out of reach too.
      expect(found(`u${users.author}xmarmalith`, reader)).toEqual([]);
      expect(found(`u${users.author}x*`, reader)).toEqual([]);
    }
    // Published to the team, it is everyone's.
    await editAnnotation(a.id, undefined, form({ version: '1', body: 'Only a hunch: marmalith.', visibility: 'team' }));
    expect(found('marmalith', asOther())).toEqual([id]);
  });
});
