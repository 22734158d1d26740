// Importing events from CSV (issue 11): the round trip through a real export into an empty database,
// dry runs that write nothing, updates under the edit form's version check, partial columns, and every
// kind of bad file, each leaving the database exactly as it was. The upload route is tested for who may
// use it and its limits; it runs the same import in a child process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { session, sessionFor } from '../support/session';
import { listAudit } from '../support/audit';
import { POST as upload } from '@/app/events/import/upload/route';
import { GET as exportEvents } from '@/app/export/events.csv/route';
import { getDb } from '@/db';
import { openDatabase } from '@/db/client';
import { getEvent } from '@/db/queries/event-detail';
import { runImport } from '@/db/queries/event-import';
import { listEvents } from '@/db/queries/timeline';
import { insertUser } from '@/db/queries/users';
import { seedDemoEvents, seedDemoStances, seedReferenceData } from '@/db/seed';
import { IMPORT_LIMITS } from '@/lib/import/columns';
import type { ImportMessage, ImportReport } from '@/lib/import/report';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { unwrap } from '@/lib/write-result';

type Handler = (request: Request, context: unknown) => Promise<Response>;
const users = { viewer: 0, ana: 0 };
const as = (uid: number | null) => (session.current = uid === null ? null : sessionFor(uid));

const chunksOf = (text: string | Uint8Array) =>
  (async function* () {
    yield typeof text === 'string' ? new TextEncoder().encode(text) : text;
  })();
const importText = (text: string | Uint8Array, { dryRun = false } = {}) => runImport({ chunks: chunksOf(text), dryRun, actorId: users.ana, file: 'test.csv' });

/** Everything an import could touch, in one comparable value. */
const fingerprint = () =>
  getDb()
    .$client.prepare(
      `SELECT
    (SELECT count(*) FROM events) AS events, (SELECT total(version) FROM events) AS versions,
    (SELECT count(*) FROM event_countries) AS countries, (SELECT count(*) FROM event_initiatives) AS initiatives,
    (SELECT count(*) FROM event_tags) AS tags, (SELECT count(*) FROM event_people) AS people, (SELECT count(*) FROM sources) AS sources,
    (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM events_fts) AS fts`,
    )
    .get() as Record<string, number>;

async function exportCsv(query = '') {
  as(users.viewer);
  const response = await (exportEvents as Handler)(new Request(`http://localhost/export/events.csv${query}`), {});
  expect(response.status).toBe(200);
  return response.text();
}

const HEADER = 'title,type,date,date_precision,countries,initiatives,tags';
const rowErrors = (report: ImportReport) => (report.ok || report.fileError !== undefined ? [] : report.errors);

beforeAll(() => {
  seedReferenceData();
  seedDemoEvents();
  seedDemoStances();
  users.viewer = unwrap(insertUser({ email: 'viewer@example.org', name: 'Viewer', role: 'viewer', passwordHash: 'x', actorId: null }));
  users.ana = unwrap(insertUser({ email: 'ana@example.org', name: 'Ana', role: 'analyst', passwordHash: 'x', actorId: null }));
});

describe('the round trip', () => {
  it('exports, imports into an empty database and exports again to the same CSV', async () => {
    // Without the columns an empty database gives anew (ids, versions, timestamps, annotation counts).
    const columns = '?columns=date,date_precision,end_date,title,type,summary,location,countries,initiatives,tags,people,source_urls,sources,best_source_grade';
    const first = await exportCsv(columns);
    expect(first.split('\r\n').length).toBeGreaterThan(10);
    const global = globalThis as { watchfloorDb?: ReturnType<typeof openDatabase> };
    const original = global.watchfloorDb;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watchfloor-roundtrip-'));
    global.watchfloorDb = openDatabase(path.join(dir, 'empty.db'));
    try {
      seedReferenceData();
      for (const u of ['viewer', 'ana'] as const) {
        users[u] = unwrap(insertUser({ email: `${u}@example.org`, name: u, role: u === 'ana' ? 'analyst' : 'viewer', passwordHash: 'x', actorId: null }));
      }
      const report = await importText(first);
      expect(report).toMatchObject({ ok: true, dryRun: false, counts: { update: 0, unchanged: 0 } });
      expect(await exportCsv(columns)).toBe(first);
    } finally {
      global.watchfloorDb.$client.close();
      global.watchfloorDb = original;
      fs.rmSync(dir, { recursive: true, force: true });
      users.viewer = 1;
      users.ana = 2;
    }
  });

  it('re-importing a full export changes nothing: every row is unchanged', async () => {
    const exported = await exportCsv();
    const before = fingerprint();
    const report = await importText(exported);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.counts).toMatchObject({ create: 0, update: 0 });
    expect(report.counts.unchanged).toBeGreaterThan(5);
    expect(report.warnings.join(' ')).toMatch(/^Ignored source_urls, best_source_grade, annotation_count, created_at, updated_at: Watchfloor computes them/);
    const { audit, ...rest } = fingerprint()!;
    const { audit: auditBefore, ...restBefore } = before!;
    expect(rest).toEqual(restBefore);
    expect(audit).toBe(auditBefore! + 1); // the import itself is audited, with nothing changed
  });
});

describe('creating and updating', () => {
  it('a dry run lists what would be created and writes nothing; applying creates it, roles defaulting to participant', async () => {
    const csv = `${HEADER},people,unknown_column\r\nTe Arawhiti talks with Māori iwi 🌏,meeting,2024-11-01,month,NZL; AUS:host,pipir,crown-relations,"Hon. Ana Ngata (Minister, acting)",x\r\n`;
    const before = fingerprint();
    const dry = await importText(csv, { dryRun: true });
    expect(dry).toMatchObject({
      ok: true,
      dryRun: true,
      counts: { create: 1, update: 0, unchanged: 0 },
      preview: [{ row: 2, action: 'create', title: 'Te Arawhiti talks with Māori iwi 🌏' }],
    });
    expect(dry.ok && dry.warnings).toEqual(['Ignored the column "unknown_column": the importer does not know it.']);
    expect(fingerprint()).toEqual(before);

    const applied = await importText(csv);
    expect(applied).toMatchObject({ ok: true, counts: { create: 1 } });
    const id = listEvents({ ...EMPTY_FILTER, q: 'arawhiti' }, { limit: 5, cursor: null }).items[0]!.id;
    const stored = getEvent(id)!;
    expect(stored.countries.map((c) => `${c.code}:${c.role}`).sort()).toEqual(['AUS:host', 'NZL:participant']);
    expect(stored.people).toMatchObject([{ name: 'Hon. Ana Ngata', capacity: 'Minister, acting' }]);
    expect(stored.datePrecision).toBe('month');
    expect(listAudit('event', id)[0]).toMatchObject({ action: 'event.create', actorId: users.ana });
  });

  it('a row with an id and its version updates that event; the columns the file leaves out keep their values', async () => {
    const target = listEvents({ ...EMPTY_FILTER, q: 'honolulu' }, { limit: 1, cursor: null }).items[0]!;
    const stored = getEvent(target.id)!;
    const csv = `id,version,title\r\n${target.id},${stored.version},"'=Honolulu plenary, renamed"\r\n`;
    expect(await importText(csv)).toMatchObject({ ok: true, counts: { update: 1, create: 0 } });
    const after = getEvent(target.id)!;
    expect(after.title).toBe('=Honolulu plenary, renamed'); // the export's defusing quote is removed
    expect(after.version).toBe(stored.version + 1);
    expect(after.countries).toEqual(stored.countries);
    expect(after.sources.map((s) => s.url)).toEqual(stored.sources.map((s) => s.url));
    // The import indexes its events for search at its end, in one go: the new title is found, the old one not.
    expect(listEvents({ ...EMPTY_FILTER, q: 'renamed' }, { limit: 5, cursor: null }).items.map((e) => e.id)).toEqual([target.id]);
    expect(listEvents({ ...EMPTY_FILTER, q: `"${stored.title}"` }, { limit: 5, cursor: null }).items.map((e) => e.id)).not.toContain(target.id);

    // The same file again: the event has moved on to a new version, so the row is refused.
    const before = fingerprint();
    const stale = await importText(csv);
    expect(rowErrors(stale)).toEqual([
      {
        row: 2,
        column: 'version',
        message: expect.stringMatching(
          `Event ${target.id} has changed since this file was exported \\(version ${after.version} here, ${stored.version} in the file\\)`,
        ),
      },
    ]);
    expect(fingerprint()).toEqual(before);
  });
});

describe('bad files write nothing and say what is wrong', () => {
  const fileError = async (input: string | Uint8Array) => {
    const before = fingerprint();
    const report = await importText(input);
    expect(fingerprint()).toEqual(before);
    expect(report.ok).toBe(false);
    return !report.ok && report.fileError;
  };

  it.each([
    ['an empty file', '', /The file is empty/],
    ['a header with no rows', `${HEADER}\r\n`, /a header but no rows/],
    ['a header that is not an events header', 'name,age\r\nAna,40\r\n', /not an events header/],
    ['a header without a required column', 'title,type,date\r\nX,meeting,2024-01-01\r\n', /lacks date_precision/],
    ['a column named twice', 'title,title,type,date,date_precision\r\n', /names title twice/],
    ['an id without its version', 'id,title\r\n1,X\r\n', /has id but not version/],
    ['a quote never closed', `${HEADER}\r\n"Open quote,meeting,2024-01-01,day,,,\r\n`, /quote that is never closed/],
  ])('%s', async (_what, input, message) => {
    expect(await fileError(input)).toMatch(message);
  });

  it('a file with a byte-order mark (an export with ?bom=1, Excel\'s "CSV UTF-8"), read in chunks that split characters', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HEADER}\r\nHui ā-rohe o Te Moana-nui-a-Kiwa 🌏,meeting,2024-11-01,day,NZL,,\r\n`);
    const oneByteAtATime = (async function* () {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    })();
    const report = await runImport({ chunks: oneByteAtATime, dryRun: true, actorId: users.ana, file: 'bom.csv' });
    expect(report).toMatchObject({ ok: true, counts: { create: 1 }, preview: [{ title: 'Hui ā-rohe o Te Moana-nui-a-Kiwa 🌏' }] });
    expect(report.ok && report.warnings).toEqual([]);
  });

  it('a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(`${HEADER}\r\nM\xe4ori talks,meeting,2024-01-01,day,,,\r\n`, 'latin1');
    expect(await fileError(latin1)).toMatch(/not UTF-8 text/);
  });

  it('a file over the size limit, without holding it in memory', async () => {
    const before = fingerprint();
    const report = await runImport({
      chunks: (async function* () {
        yield new TextEncoder().encode(`${HEADER}\r\n`);
        yield new Uint8Array(IMPORT_LIMITS.maxBytes); // refused on arrival, before it is decoded
      })(),
      dryRun: false,
      actorId: users.ana,
      file: 'big.csv',
    });
    expect(report).toEqual({ ok: false, fileError: expect.stringMatching(/larger than 160 MB/) });
    expect(fingerprint()).toEqual(before);
  });

  it('lists every bad row, and one bad row stops them all', async () => {
    const csv = [
      HEADER,
      'A good row,meeting,2024-01-01,day,NZL,pipir,',
      'A bad date,meeting,2024-02-30,day,,,',
      'Unknown references,meeting,2024-01-01,day,NZX; USA,no-such-initiative,',
      'Too many cells,meeting,2024-01-01,day,,,,extra',
      ',meeting,2024-01-01,day,,,',
      'Bad type,parade,2024-01-01,week,,,',
      'Ends before it starts,meeting,2024-05-01,day,,,',
    ].join('\r\n');
    const before = fingerprint();
    const report = await importText(csv + '\r\n');
    expect(fingerprint()).toEqual(before);
    expect(rowErrors(report)).toEqual([
      { row: 3, column: 'date', message: 'Use a real date written YYYY-MM-DD' },
      { row: 4, column: 'countries', message: expect.stringMatching(/^Unknown country NZX/) },
      { row: 4, column: 'initiatives', message: expect.stringMatching(/^Unknown initiative no-such-initiative/) },
      { row: 5, column: null, message: 'This row has 8 cells, too many for the header’s 7.' },
      { row: 6, column: 'title', message: expect.stringMatching(/title/) },
      { row: 7, column: 'type', message: 'Choose an event type' },
      { row: 7, column: 'date_precision', message: 'Choose day, month or year' },
    ]);
    expect(report).toMatchObject({ errorCount: 7, rows: 7 });
  });

  it('an id that no event has, or the same id twice, is refused', async () => {
    const event = listEvents(EMPTY_FILTER, { limit: 1, cursor: null }).items[0]!;
    const version = getEvent(event.id)!.version;
    const report = await importText(`id,version,title\r\n999999,1,Nobody\r\n${event.id},${version},Once\r\n${event.id},${version},Twice\r\n`);
    expect(rowErrors(report)).toEqual([
      { row: 2, column: 'id', message: 'No event has id 999999: clear the id to create a new event' },
      { row: 4, column: 'id', message: `Event ${event.id} is on row 3 too: give each event one row` },
    ]);
  });
});

describe('POST /events/import/upload', () => {
  const post = (body: BodyInit | null, query = '', headers: Record<string, string> = {}) =>
    (upload as Handler)(new Request(`http://localhost/events/import/upload${query}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit), {});
  const messages = async (response: Response) =>
    (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ImportMessage);

  it('is for analysts: anonymous callers get 401, viewers 403', async () => {
    as(null);
    expect((await post('x')).status).toBe(401);
    as(users.viewer);
    expect((await post('x')).status).toBe(403);
  });

  it('refuses a body over the size limit before reading it, and an unknown parameter', async () => {
    as(users.ana);
    const tooLarge = await post('x', '', { 'content-length': String(200 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: expect.stringMatching(/larger than 160 MB/), parameter: 'file' });
    const unknown = await post('x', '?force=1');
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).parameter).toBe('force');
  });

  it('checks, then applies, a file in a child process, streaming progress and the report', async () => {
    as(users.ana);
    const csv = `${HEADER}\r\nUploaded through the route,statement,2023-01-01,year,NZL,,upload-test\r\n`;
    const checked = await messages(await post(csv, '', { 'x-file-name': 'route.csv' }));
    expect(checked.at(-1)).toMatchObject({ type: 'report', report: { ok: true, dryRun: true, counts: { create: 1 } } });
    expect(listEvents({ ...EMPTY_FILTER, q: 'uploaded' }, { limit: 5, cursor: null }).items).toHaveLength(0);
    const applied = await messages(await post(csv, '?apply=1', { 'x-file-name': 'route.csv' }));
    expect(applied.at(-1)).toMatchObject({ type: 'report', report: { ok: true, dryRun: false, counts: { create: 1 } } });
    const [created] = listEvents({ ...EMPTY_FILTER, q: 'uploaded' }, { limit: 5, cursor: null }).items;
    expect(created).toMatchObject({ title: 'Uploaded through the route', datePrecision: 'year' });
    expect(listAudit('event', created!.id)[0]).toMatchObject({ action: 'event.create', actorId: users.ana });
  }, 60_000);
});
