// The CSV exports through their real route handlers: what each returns (the page's rows, as the JSON API
// gives them), its headers and 400s, who may export what, the audit entry, batches that page through
// everything, and a download stopped midway.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { listAudit } from '../support/audit';
import { GET as getEvents } from '@/app/api/events/route';
import { GET as getStances } from '@/app/api/stances/route';
import { GET as exportAnnotations } from '@/app/export/annotations.csv/route';
import { GET as exportEvents } from '@/app/export/events.csv/route';
import { GET as exportStances } from '@/app/export/stances.csv/route';
import { GET as exportShared } from '@/app/shared/[token]/events.csv/route';
import { insertAnnotation } from '@/db/queries/annotations';
import { eventExportBatches } from '@/db/queries/export';
import { listEvents } from '@/db/queries/timeline';
import { insertUser } from '@/db/queries/users';
import { insertShareLink, insertView, revokeShareLink } from '@/db/queries/views';
import { seedDemoEvents, seedDemoStances, seedReferenceData } from '@/db/seed';
import { annotationInput } from '@/lib/annotations/schema';
import { restore } from '@/lib/export/csv';
import { MAX_RUNNING_EXPORTS, runningExports } from '@/lib/export/stream';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

type Handler = (request: Request, context: unknown) => Promise<Response>;
const users = { viewer: 0, ana: 0, otto: 0 };
const as = (uid: number | null) => (session.current = uid === null ? null : sessionFor(uid));
const request = (path: string) => new Request(`http://localhost${path}`);
const rows = (text: string) => parse(text, { columns: true, record_delimiter: ['\r\n'], bom: true }) as Record<string, string>[];
const csv = async (handler: Handler, path: string, context: unknown = {}) => {
  const response = await handler(request(path), context);
  return { response, text: response.status === 200 ? await response.text() : '', status: response.status };
};
const SECRET = 'Otto alone: a quiet basing deal';
let honolulu = 0;

beforeAll(() => {
  seedReferenceData();
  seedDemoEvents();
  seedDemoStances();
  for (const [name, role] of [
    ['viewer', 'viewer'],
    ['ana', 'analyst'],
    ['otto', 'analyst'],
  ] as const) {
    users[name] = unwrap(insertUser({ email: `${name}@example.org`, name, role, passwordHash: 'x', actorId: null }));
  }
  honolulu = listEvents({ ...EMPTY_FILTER, q: 'honolulu' }, { limit: 1, cursor: null }).items[0]!.id;
  const note = (author: number, body: string, visibility: 'team' | 'private') =>
    unwrap(
      insertAnnotation({ input: annotationInput.parse({ target: 'event', eventId: honolulu, body, visibility }), author: { id: author, role: 'analyst' } }),
    );
  note(users.ana, '=HYPERLINK("http://evil.example") reads as text', 'team');
  note(users.otto, SECRET, 'private');
});

describe('GET /export/events.csv', () => {
  it('gives a viewer the filtered timeline’s events, in its order, as /api/events lists them', async () => {
    as(users.viewer);
    const { response, text } = await csv(exportEvents as Handler, '/export/events.csv?country=NZL');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="watchfloor-events-\d{8}-\d{4}\.csv"$/);
    expect(
      text.startsWith(
        'id,date,date_precision,end_date,title,type,summary,location,countries,initiatives,tags,people,source_urls,sources,best_source_grade,annotation_count,created_at,updated_at,version\r\n',
      ),
    ).toBe(true);
    const api = await (await (getEvents as Handler)(request('/api/events?country=NZL&limit=500'), {})).json();
    const exported = rows(text);
    expect(exported.map((r) => Number(r.id))).toEqual(api.items.map((i: { id: number }) => i.id));
    const first = api.items[0];
    expect(exported[0]).toMatchObject({ title: first.title, date: first.date, type: first.type, date_precision: first.datePrecision });
    expect(exported[0]!.countries).toBe(first.countries.map((c: { code: string; role: string }) => `${c.code}:${c.role}`).join('; '));
  });

  it('counts only the annotations the reader may see, and defuses formula-like text', async () => {
    as(users.viewer);
    const viewerRow = rows((await csv(exportEvents as Handler, '/export/events.csv?q=honolulu')).text).find((r) => Number(r.id) === honolulu)!;
    as(users.otto);
    const ottoRow = rows((await csv(exportEvents as Handler, '/export/events.csv?q=honolulu')).text).find((r) => Number(r.id) === honolulu)!;
    expect(Number(ottoRow.annotation_count)).toBe(Number(viewerRow.annotation_count) + 1);
  });

  it('selects columns, adds a BOM on request, and names a bad parameter in a 400', async () => {
    as(users.viewer);
    // Read as bytes: Response.text() drops a BOM.
    const bytes = Buffer.from(await (await (exportEvents as Handler)(request('/export/events.csv?type=meeting&columns=title,id&bom=1'), {})).arrayBuffer());
    expect(bytes.subarray(0, 13).toString('latin1')).toBe('\xEF\xBB\xBFtitle,id\r\n');
    const plain = Buffer.from(await (await (exportEvents as Handler)(request('/export/events.csv?type=meeting&columns=title,id'), {})).arrayBuffer());
    expect(plain.subarray(0, 10).toString('latin1')).toBe('title,id\r\n');
    for (const [query, parameter] of [
      ['columns=id,titel', 'columns'],
      ['bom=yes', 'bom'],
      ['country=XYZ', 'country'],
      ['from=2024-13-01', 'from'],
      ['colour=red', 'colour'],
    ]) {
      const { status, response } = await csv(exportEvents as Handler, `/export/events.csv?${query}`);
      expect(status, query).toBe(400);
      expect((await response.json()).parameter, query).toBe(parameter);
    }
  });

  it('refuses an anonymous caller, and audits each export with its filters and rows when it ends', async () => {
    as(null);
    expect((await csv(exportEvents as Handler, '/export/events.csv')).status).toBe(401);
    as(users.viewer);
    const { text } = await csv(exportEvents as Handler, '/export/events.csv?country=NZL&type=meeting');
    const [entry] = listAudit('export', 'events');
    expect(entry).toMatchObject({ actorId: users.viewer, action: 'export.events' });
    expect(entry!.after).toMatchObject({ filters: 'country=NZL&type=meeting', rows: rows(text).length, complete: true });
  });

  it('stops reading when the client goes away, and audits the rows sent as incomplete', async () => {
    as(users.viewer);
    const abort = new AbortController();
    const response = await (exportEvents as Handler)(new Request('http://localhost/export/events.csv', { signal: abort.signal }), {});
    const reader = response.body!.getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch
    abort.abort();
    await reader.cancel();
    const [entry] = listAudit('export', 'events');
    expect(entry!.after).toMatchObject({ complete: false });
    expect(runningExports()).toBe(0); // its worker ended with it
  });

  it.skipIf(process.platform !== 'linux')('reads in a thread of lower priority than the server’s, so that requests preempt it', async () => {
    as(users.viewer);
    const niceOfThreads = () =>
      fs.readdirSync('/proc/self/task').map((tid) => {
        // The fields after the command name (which may hold spaces) start with the state; nice is the 19th field.
        const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
    const abort = new AbortController();
    const response = await (exportEvents as Handler)(new Request('http://localhost/export/events.csv', { signal: abort.signal }), {});
    const reader = response.body!.getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch: the worker is running
    expect(niceOfThreads()).toContain(10);
    expect(niceOfThreads().filter((n) => n === 0).length).toBeGreaterThan(0); // the test's own thread
    abort.abort();
    await reader.cancel();
  });

  it('runs a few exports at once and asks a further one to retry, with nothing left running after', async () => {
    as(users.viewer);
    const held = await Promise.all(Array.from({ length: MAX_RUNNING_EXPORTS }, () => (exportEvents as Handler)(request('/export/events.csv?columns=id'), {})));
    expect(held.map((r) => r.status)).toEqual(held.map(() => 200));
    const refused = await (exportEvents as Handler)(request('/export/events.csv?columns=id'), {});
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('30');
    expect((await refused.json()).error).toMatch(/exports are running/);
    const texts = await Promise.all(held.map((r) => r.text()));
    expect(new Set(texts).size).toBe(1);
    expect(runningExports()).toBe(0);
    expect((await csv(exportEvents as Handler, '/export/events.csv?columns=id')).status).toBe(200);
  });

  it('pages through every matching event in batches, in the timeline’s order', () => {
    const batches = [...eventExportBatches(EMPTY_FILTER, null, { batch: 3 })];
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    const all = listEvents(EMPTY_FILTER, { limit: 500, cursor: null }).items.map((i) => i.id);
    expect(batches.flat().map((e) => e.id)).toEqual(all);
  });
});

describe('GET /export/annotations.csv', () => {
  it('never exports another analyst’s private annotation, but gives its author their own', async () => {
    as(users.ana);
    const ana = rows((await csv(exportAnnotations as Handler, `/export/annotations.csv?event=${honolulu}`)).text);
    expect(ana.map((r) => r.body)).not.toContain(SECRET);
    expect(ana.map((r) => restore(r.body!))).toContain('=HYPERLINK("http://evil.example") reads as text');
    expect(ana.find((r) => r.body!.includes('HYPERLINK'))!.body!.startsWith("'=")).toBe(true);
    as(users.otto);
    const otto = rows((await csv(exportAnnotations as Handler, `/export/annotations.csv?event=${honolulu}`)).text);
    expect(otto.map((r) => r.body)).toContain(SECRET);
    expect(otto.find((r) => r.body === SECRET)).toMatchObject({ visibility: 'private', author: 'otto', event_id: String(honolulu) });
  });

  it('names a bad or unknown parameter', async () => {
    as(users.viewer);
    for (const [query, parameter] of [
      ['kind=rumour', 'kind'],
      ['cursor=abc', 'cursor'],
      ['country=XYZ', 'country'],
    ]) {
      const { status, response } = await csv(exportAnnotations as Handler, `/export/annotations.csv?${query}`);
      expect(status, query).toBe(400);
      expect((await response.json()).parameter, query).toBe(parameter);
    }
  });
});

describe('GET /export/stances.csv', () => {
  it('gives the ledger of a country as /api/stances does', async () => {
    as(users.viewer);
    const exported = rows((await csv(exportStances as Handler, '/export/stances.csv?country=NZL')).text);
    const api = await (await (getStances as Handler)(request('/api/stances?country=NZL'), {})).json();
    expect(exported.map((r) => Number(r.id))).toEqual(api.items.map((s: { id: number }) => s.id));
    expect(exported.length).toBeGreaterThan(0);
    expect((await csv(exportStances as Handler, '/export/stances.csv?country=XYZ')).status).toBe(400);
  });
});

describe('GET /shared/<token>/events.csv', () => {
  it('exports exactly the view without sign-in, refuses other parameters, and is gone once revoked', async () => {
    const owner = { id: users.ana, role: 'analyst' as const };
    const view = unwrap(
      insertView({ input: { name: 'NZL', briefing: '', filter: { ...EMPTY_FILTER, countries: ['NZL'] }, mode: 'live', visibility: 'team' }, owner }),
    );
    const { link, token } = unwrap(insertShareLink({ viewId: view.id, label: 'Minister', editor: owner }));
    const context = { params: Promise.resolve({ token }) };
    as(null);
    const shared = rows((await csv(exportShared as Handler, `/shared/${token}/events.csv`, context)).text);
    expect(listAudit('export', 'events')[0]).toMatchObject({ actorId: null, detail: `share-link ${link.id}, view ${view.id}` });
    as(users.viewer);
    const own = rows((await csv(exportEvents as Handler, '/export/events.csv?country=NZL')).text);
    expect(shared.map((r) => r.id)).toEqual(own.map((r) => r.id));
    as(null);
    expect((await csv(exportShared as Handler, `/shared/${token}/events.csv?country=AUS`, context)).status).toBe(400);
    expect(
      (await csv(exportShared as Handler, `/shared/x${token.slice(1)}/events.csv`, { params: Promise.resolve({ token: `x${token.slice(1)}` }) })).status,
    ).toBe(404);
    unwrap(revokeShareLink({ id: link.id, editor: owner }));
    expect((await csv(exportShared as Handler, `/shared/${token}/events.csv`, context)).status).toBe(404);
  });

  it('exports a pinned view’s snapshot with the cells a live export writes for the same events', async () => {
    const owner = { id: users.ana, role: 'analyst' as const };
    const filter = { ...EMPTY_FILTER, countries: ['NZL'] };
    const view = unwrap(insertView({ input: { name: 'NZL pinned', briefing: '', filter, mode: 'pinned', visibility: 'team' }, owner }));
    const { token } = unwrap(insertShareLink({ viewId: view.id, label: 'Pinned', editor: owner }));
    as(null);
    const pinned = rows((await csv(exportShared as Handler, `/shared/${token}/events.csv`, { params: Promise.resolve({ token }) })).text);
    as(users.viewer);
    const live = rows((await csv(exportEvents as Handler, '/export/events.csv?country=NZL')).text);
    expect(pinned.length).toBeGreaterThan(1);
    const same = ['id', 'date', 'date_precision', 'end_date', 'title', 'type', 'summary', 'location', 'countries', 'initiatives', 'tags', 'best_source_grade'];
    const pick = (r: Record<string, string>) => Object.fromEntries(same.map((c) => [c, r[c]]));
    expect(pinned.map(pick)).toEqual(live.map(pick));
    // The snapshot keeps its sources by grade, the live event by entry order: the same set of URLs.
    const urls = (r: Record<string, string>) => r.source_urls!.split('; ').sort();
    expect(pinned.map(urls)).toEqual(live.map(urls));
    // What the snapshot does not keep is blank, never made up.
    expect(pinned.every((r) => r.people === '' && r.version === '' && r.created_at === '')).toBe(true);
  });
});
