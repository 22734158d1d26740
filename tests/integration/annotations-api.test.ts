// GET /api/annotations through its real route handler, and the list behind /annotations: the shape with
// every key, 400s naming the parameter, stable keyset pages, the filters, the timeline's event filters,
// and that another analyst's private annotation never shows while its author sees it.
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { addEvent } from '../support/event-fixtures';
import { GET as getAnnotations } from '@/app/api/annotations/route';
import AnnotationsPage from '@/app/annotations/page';
import CountryPage from '@/app/countries/[code]/page';
import { listAnnotationPage, type Tuning } from '@/db/queries/annotation-list';
import { insertAnnotation, insertReply, type Writer } from '@/db/queries/annotations';
import { getEvent } from '@/db/queries/event-detail';
import { softDeleteEvent } from '@/db/queries/event-edit';
import { insertStance } from '@/db/queries/stances';
import { insertUser } from '@/db/queries/users';
import { seedReferenceData } from '@/db/seed';
import { annotationInput } from '@/lib/annotations/schema';
import { EMPTY_ANNOTATION_QUERY, parseAnnotationList, type AnnotationQuery } from '@/lib/annotations/filters';
import { stanceInput } from '@/lib/stances/schema';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

type Handler = (request: Request, context: unknown) => Promise<Response>;
type ApiItem = Record<string, unknown> & { id: number; body: string };
type ApiBody = { items: ApiItem[]; nextCursor: string | null; parameter?: string; error?: string };

const call = async (query: string): Promise<{ status: number; body: ApiBody; text: string }> => {
  const response = await (getAnnotations as Handler)(new Request(`http://localhost/api/annotations?${query}`), {});
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ApiBody, text };
};

const users = { ana: 0, otto: 0, vera: 0 };
const as = (uid: number) => (session.current = sessionFor(uid));
const writer = (id: number): Writer => ({ id, role: 'analyst' });
const ids = { honolulu: 0, talisman: 0, source: 0, stance: 0, doomed: 0 };
const notes: Record<string, number> = {};
const SECRET = 'Otto suspects a quiet basing deal';

function annotate(name: string, author: number, fields: Record<string, unknown>) {
  notes[name] = unwrap(insertAnnotation({ input: annotationInput.parse({ target: 'event', ...fields }), author: writer(author) })).id;
}

beforeAll(() => {
  seedReferenceData();
  users.ana = unwrap(insertUser({ email: 'ana@example.org', name: 'Ana Author', role: 'analyst', passwordHash: 'x', actorId: null }));
  users.otto = unwrap(insertUser({ email: 'otto@example.org', name: 'Otto Other', role: 'analyst', passwordHash: 'x', actorId: null }));
  users.vera = unwrap(insertUser({ email: 'vera@example.org', name: 'Vera Viewer', role: 'viewer', passwordHash: 'x', actorId: null }));
  ids.honolulu = addEvent({
    date: '2024-10-07',
    title: 'PIPIR plenary in Honolulu',
    type: 'meeting',
    countries: [{ code: 'NZL', role: 'participant' }],
    initiatives: ['pipir'],
    sources: [{ url: 'https://example.org/plenary', publisher: 'DoD', title: 'Plenary readout', reliability: 'B', credibility: 2 }],
  });
  ids.source = getEvent(ids.honolulu)!.sources[0]!.id;
  ids.talisman = addEvent({
    date: '2023-07-22',
    title: 'Talisman Sabre exercise',
    type: 'exercise',
    countries: [{ code: 'AUS', role: 'host' }],
    tags: ['exercises'],
  });
  ids.doomed = addEvent({ date: '2024-01-05', title: 'An event deleted later', countries: [{ code: 'NZL', role: 'participant' }] });
  ids.stance = unwrap(
    insertStance({
      input: stanceInput.parse({
        country: 'NZL',
        initiative: 'pipir',
        position: 'supportive',
        asOf: '2024-06-01',
        asOfPrecision: 'month',
        confidence: 'moderate',
        rationale: 'Attends',
      }),
      actorId: null,
    }),
  );

  annotate('anaNote', users.ana, { eventId: ids.honolulu, body: 'New Zealand joined quietly.', tags: 'follow-up' });
  annotate('anaJudgment', users.ana, {
    eventId: ids.honolulu,
    kind: 'judgment',
    likelihood: 'likely',
    confidence: 'moderate',
    body: 'Wellington will sign.',
    tags: 'industry, follow-up',
  });
  annotate('ottoSource', users.otto, { target: 'source', sourceId: ids.source, quote: 'first plenary', body: 'The readout names NZ.' });
  annotate('ottoPrivate', users.otto, { eventId: ids.talisman, body: SECRET, visibility: 'private', tags: 'basing' });
  annotate('anaStance', users.ana, { target: 'stance', stanceId: ids.stance, body: 'Observer status is from a leak.' });
  annotate('ottoJudgment', users.otto, {
    eventId: ids.talisman,
    kind: 'judgment',
    likelihood: 'very-likely',
    confidence: 'high',
    body: 'The exercise will grow.',
  });
  notes.anaReply = unwrap(insertReply({ input: { parentId: notes.ottoSource!, body: 'Agreed, and the photo shows it.' }, author: writer(users.ana) })).id;
  annotate('onDoomed', users.ana, { eventId: ids.doomed, body: 'About to vanish with its event.' });
  unwrap(softDeleteEvent({ id: ids.doomed, actorId: null }));
});

beforeEach(() => as(users.ana));

const visibleToAna = () => ['anaReply', 'ottoJudgment', 'anaStance', 'ottoSource', 'anaJudgment', 'anaNote'].map((n) => notes[n]);

describe('GET /api/annotations', () => {
  it('returns every documented key, null where it does not apply', async () => {
    const { status, body } = await call(`event=${ids.honolulu}`);
    expect(status).toBe(200);
    expect(body.nextCursor).toBeNull();
    const judgment = body.items.find((a) => a.id === notes.anaJudgment);
    expect(judgment).toEqual({
      id: notes.anaJudgment,
      target: 'event',
      eventId: ids.honolulu,
      sourceId: null,
      stanceId: null,
      kind: 'judgment',
      body: 'Wellington will sign.',
      likelihood: 'likely',
      confidence: 'moderate',
      tags: ['follow-up', 'industry'],
      visibility: 'team',
      author: { id: users.ana, name: 'Ana Author' },
      parentId: null,
      resolved: false,
      version: 1,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const keys = [
      'author',
      'body',
      'confidence',
      'createdAt',
      'eventId',
      'id',
      'kind',
      'likelihood',
      'parentId',
      'resolved',
      'sourceId',
      'stanceId',
      'tags',
      'target',
      'updatedAt',
      'version',
      'visibility',
    ];
    for (const item of (await call('')).body.items) expect(Object.keys(item).sort()).toEqual(keys);
    const stance = (await call('')).body.items.find((a) => a.id === notes.anaStance);
    expect(stance).toMatchObject({ target: 'stance', eventId: null, sourceId: null, stanceId: ids.stance, likelihood: null, confidence: null, tags: [] });
    const reply = (await call('')).body.items.find((a) => a.id === notes.anaReply);
    expect(reply).toMatchObject({ target: 'source', eventId: ids.honolulu, sourceId: ids.source, parentId: notes.ottoSource });
  });

  it('lists what the caller may see, newest first, leaving out annotations of deleted events', async () => {
    expect((await call('')).body.items.map((a) => a.id)).toEqual(visibleToAna());
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['event=abc', 'event'],
    ['event=0', 'event'],
    ['event=1&event=2', 'event'],
    ['author=ana', 'author'],
    ['kind=opinion', 'kind'],
    ['tag=Not%20a%20slug!', 'tag'],
    ['likelihood=maybe', 'likelihood'],
    ['confidence=total', 'confidence'],
    ['cursor=not-a-cursor', 'cursor'],
    ['cursor=YX4w', 'cursor'],
    ['colour=red', 'colour'],
    ['annotationTag=follow-up', 'annotationTag'],
    ['country=NZL', 'country'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toEqual(expect.any(String));
  });

  it('treats a blank parameter as no filter, and takes limits from 1 to 500', async () => {
    expect((await call('kind=&tag=&author=')).body.items).toHaveLength(visibleToAna().length);
    expect((await call('limit=1')).body.items).toHaveLength(1);
    expect((await call('limit=500')).status).toBe(200);
  });

  it('filters by event, author, kind, tag, likelihood and confidence', async () => {
    const idsOf = async (query: string) => (await call(query)).body.items.map((a) => a.id);
    expect(await idsOf(`event=${ids.honolulu}`)).toEqual([notes.anaReply, notes.ottoSource, notes.anaJudgment, notes.anaNote]);
    expect(await idsOf(`author=${users.otto}`)).toEqual([notes.ottoJudgment, notes.ottoSource]);
    expect(await idsOf('kind=judgment')).toEqual([notes.ottoJudgment, notes.anaJudgment]);
    expect(await idsOf('kind=note&author=' + users.ana)).toEqual([notes.anaReply, notes.anaStance, notes.anaNote]);
    expect(await idsOf('tag=follow-up')).toEqual([notes.anaJudgment, notes.anaNote]);
    expect(await idsOf('tag=industry&kind=judgment')).toEqual([notes.anaJudgment]);
    expect(await idsOf('likelihood=very-likely')).toEqual([notes.ottoJudgment]);
    expect(await idsOf('confidence=moderate')).toEqual([notes.anaJudgment]);
    expect(await idsOf(`event=${ids.doomed}`)).toEqual([]);
  });

  it('pages by cursor without repeating or skipping, even when annotations are added between pages', async () => {
    const first = await call('limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    annotate('newer', users.ana, { target: 'stance', stanceId: ids.stance, body: 'Written while paging.' });
    const seen: number[] = first.body.items.map((a) => a.id);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await call(`limit=2&cursor=${cursor}`);
      seen.push(...page.body.items.map((a) => a.id));
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual(visibleToAna());
    expect((await call('limit=1')).body.items[0]!.id).toBe(notes.newer);
  });

  it("never shows another analyst's private annotation, while its author sees it", async () => {
    for (const query of ['', `event=${ids.talisman}`, `author=${users.otto}`, 'tag=basing', 'limit=500']) {
      const { status, text } = await call(query);
      expect(status).toBe(200);
      expect(text, query).not.toContain(SECRET);
      expect(text, query).not.toContain('basing');
    }
    as(users.vera);
    expect((await call(`event=${ids.talisman}`)).text).not.toContain(SECRET);
    as(users.otto);
    const own = await call(`event=${ids.talisman}`);
    expect(own.body.items.map((a) => a.id)).toEqual([notes.ottoJudgment, notes.ottoPrivate]);
    expect(own.body.items[1]).toMatchObject({ visibility: 'private', body: SECRET, tags: ['basing'] });
    expect((await call('tag=basing')).body.items.map((a) => a.id)).toEqual([notes.ottoPrivate]);
  });
});

describe('the annotation list with the timeline event filters', () => {
  const list = (events: Partial<TimelineFilter>, query: Partial<AnnotationQuery> = {}, reader = users.ana, tuning: Tuning = {}, limit = 50) => {
    const all: number[] = [];
    let before: number | null = null;
    do {
      const page = listAnnotationPage({
        query: { ...EMPTY_ANNOTATION_QUERY, ...query },
        events: { ...EMPTY_FILTER, ...events },
        page: { limit, before },
        reader: { id: reader },
        tuning,
      });
      all.push(...page.items.map((a) => a.id));
      before = page.nextBefore;
    } while (before);
    return all;
  };

  const FILTERS: [string, Partial<TimelineFilter>, string[]][] = [
    ['a country', { countries: ['NZL'] }, ['anaReply', 'ottoSource', 'anaJudgment', 'anaNote']],
    ['a type', { types: ['exercise'] }, ['ottoJudgment']],
    ['an initiative', { initiatives: ['pipir'] }, ['anaReply', 'ottoSource', 'anaJudgment', 'anaNote']],
    ['an event tag', { tags: ['exercises'] }, ['ottoJudgment']],
    ['a date range', { from: '2023-01-01', to: '2023-12-31' }, ['ottoJudgment']],
    ['text', { q: 'honolulu' }, ['anaReply', 'ottoSource', 'anaJudgment', 'anaNote']],
    ['a minimum grade', { minGrade: { reliability: 'B', credibility: 2 } }, ['anaReply', 'ottoSource', 'anaJudgment', 'anaNote']],
    ['filters matching nothing', { countries: ['NZL'], types: ['exercise'] }, []],
    ['an unknown initiative', { initiatives: ['nope'] }, []],
  ];

  it.each(FILTERS)('restricts to annotations of events matching %s, leaving out stances', (_, events, expected) => {
    const want = expected.map((n) => notes[n]);
    expect(list(events)).toEqual(want);
    // A broad filter is checked per annotation instead of read as a set of events; both must agree,
    // also when the scan window is smaller than a page.
    expect(list(events, {}, users.ana, { eventSetCap: 0 })).toEqual(want);
    expect(list(events, {}, users.ana, { eventSetCap: 0, scanWindow: 2 }, 1)).toEqual(want);
  });

  it('combines event filters with the annotation filters', () => {
    expect(list({ countries: ['NZL'] }, { kind: 'judgment' })).toEqual([notes.anaJudgment]);
    expect(list({ countries: ['NZL'] }, { tag: 'follow-up' })).toEqual([notes.anaJudgment, notes.anaNote]);
    expect(list({ countries: ['NZL'] }, { tag: 'follow-up' }, users.ana, {}, 1)).toEqual([notes.anaJudgment, notes.anaNote]);
    expect(list({ countries: ['NZL'] }, { tag: 'follow-up' }, users.ana, { eventSetCap: 0 })).toEqual([notes.anaJudgment, notes.anaNote]);
    expect(list({ types: ['exercise'] }, { authorId: users.otto }, users.otto)).toEqual([notes.ottoJudgment, notes.ottoPrivate]);
    expect(list({ types: ['exercise'] }, { authorId: users.otto }, users.ana, { eventSetCap: 0 })).toEqual([notes.ottoJudgment]);
  });

  it("finds events by the words of the reader's own private annotations, never by another's", () => {
    for (const tuning of [{}, { eventSetCap: 0 }]) {
      expect(list({ q: 'basing deal' }, {}, users.ana, tuning)).toEqual([]);
      expect(list({ q: 'basing deal' }, {}, users.otto, tuning)).toEqual([notes.ottoJudgment, notes.ottoPrivate]);
    }
  });

  it('ends a page early at the scan window of a broad filter, with a cursor below it', () => {
    const page = listAnnotationPage({
      query: EMPTY_ANNOTATION_QUERY,
      events: { ...EMPTY_FILTER, types: ['exercise'] },
      page: { limit: 5, before: null },
      reader: { id: users.ana },
      tuning: { eventSetCap: 0, scanWindow: 1 },
    });
    expect(page.partial).toBe(true);
    expect(page.nextBefore).toEqual(expect.any(Number));
  });

  it('refuses a text in too many events when nothing narrower leads, and reads it when something does', () => {
    const page = (tuning: Tuning) =>
      listAnnotationPage({
        query: EMPTY_ANNOTATION_QUERY,
        events: { ...EMPTY_FILTER, q: 'honolulu' },
        page: { limit: 50, before: null },
        reader: { id: users.ana },
        tuning,
      });
    // The text's events are few enough to list: they lead, whatever the text cap.
    expect(page({ textSetCap: 1 })).toMatchObject({ broadText: false, items: expect.arrayContaining([expect.objectContaining({ id: notes.anaNote })]) });
    // Read annotation by annotation, the text's set of events would be read whole: refused at the cap.
    expect(page({ eventSetCap: 0, textSetCap: 1 })).toEqual({ items: [], nextBefore: null, partial: false, broadText: true });
    expect(page({ eventSetCap: 0, textSetCap: 1000 }).broadText).toBe(false);
    expect(list({ q: 'honolulu' }, {}, users.ana, { eventSetCap: 0, textSetCap: 1000 })).toEqual(
      ['anaReply', 'ottoSource', 'anaJudgment', 'anaNote'].map((n) => notes[n]),
    );
  });

  it('reads the page URL with the timeline filters, its own tag as annotationTag', () => {
    const parsed = parseAnnotationList({
      country: 'NZL',
      tag: 'exercises',
      annotationTag: 'follow-up',
      annotated: '1',
      kind: 'judgment',
      q: 'honolulu',
      limit: 'x',
    });
    expect(parsed.query).toMatchObject({ tag: 'follow-up', kind: 'judgment' });
    expect(parsed.events).toMatchObject({ countries: ['NZL'], tags: ['exercises'], q: 'honolulu', annotated: false, annotationTags: [] });
    expect(parsed.errors).toEqual({});
    expect(parseAnnotationList({ kind: 'opinion', from: '2024-02-30' })).toMatchObject({
      errors: { kind: [expect.any(String)] },
      eventErrors: { from: [expect.any(String)] },
    });
  });
});

describe('/annotations', () => {
  const render = async (params: Record<string, string> = {}) => renderToStaticMarkup(await AnnotationsPage({ searchParams: Promise.resolve(params) }));

  it("shows the team's annotations with what they are on, and another analyst's private one only to its author", async () => {
    const html = await render();
    expect(html).toContain('PIPIR plenary in Honolulu');
    expect(html).toContain(`href="/events/${ids.honolulu}#annotations-heading"`);
    expect(html).toContain('href="/countries/NZL"');
    expect(html).toContain('Plenary readout');
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain('About to vanish');
    as(users.otto);
    const own = await render({ type: 'exercise' });
    expect(own).toContain(SECRET);
    expect(own).toContain('Private');
    expect(own).not.toContain('PIPIR plenary in Honolulu');
  });

  it('pages with an "Older annotations" link, and says what to do when nothing matches', async () => {
    for (let i = 0; i < 26; i++) annotate(`bulk${i}`, users.ana, { eventId: ids.honolulu, body: `Bulk note ${i}.` });
    const html = await render();
    const next = /href="(\/annotations\?cursor=[^"]+)"[^>]*>Older annotations/.exec(html);
    expect(next).not.toBeNull();
    const cursor = new URLSearchParams(next![1]!.split('?')[1]).get('cursor')!;
    const older = await render({ cursor });
    expect(older).toContain('Newest annotations');
    expect(older).toContain('Bulk note 0.');
    expect(older).not.toContain('Bulk note 25.');
    const none = await render({ kind: 'judgment', country: 'FJI' });
    expect(none).toContain('No annotations match these filters.');
  });
});

describe('/countries/[code]', () => {
  const render = async () => renderToStaticMarkup(await CountryPage({ params: Promise.resolve({ code: 'NZL' }), searchParams: Promise.resolve({}) }));

  it("shows each stance's threads with their count, and a private one only to its author", async () => {
    annotate('ottoStancePrivate', users.otto, { target: 'stance', stanceId: ids.stance, body: 'Otto doubts the observer story.', visibility: 'private' });
    const html = await render();
    expect(html).toContain('Observer status is from a leak.');
    expect(html).toMatch(/Annotations on this stance \(\d+\)/);
    expect(html).toContain('Annotations on the Partnership for Indo-Pacific Industrial Resilience (PIPIR) stance of Jun 2024');
    expect(html).not.toContain('Otto doubts the observer story.');
    as(users.otto);
    expect(await render()).toContain('Otto doubts the observer story.');
  });
});
