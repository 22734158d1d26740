// Derived data (docs/adding-a-filter.md) is right after every kind of write: insert, update, soft
// delete, restore, direct SQL, hard delete and the synthetic bulk load. Each value is checked against an
// oracle computed here in TypeScript from the rows an analyst entered, not against the views that define
// it, so a wrong view fails too. And each value fails without its owner: every trigger on the event
// tables is dropped in turn, and the same writes then leave something out of step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '@/db/client';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { restoreEvent, softDeleteEvent, updateEvent } from '@/db/queries/event-edit';
import { runImport } from '@/db/queries/event-import';
import { insertEvent } from '@/db/queries/events';
import { seedReferenceData } from '@/db/seed';
import { insertAnnotation, softDeleteAnnotation, updateAnnotation } from '@/db/queries/annotations';
import { annotationEditInput, annotationInput } from '@/lib/annotations/schema';
import { eventInput, type EventInputRaw } from '@/lib/events/schema';
import { privateDocument } from '@/lib/timeline/search-query';
import { unwrap } from '@/lib/write-result';
import { buildSyntheticDatabase } from '@/scripts/lib/synthetic';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-derived-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let files = 0;

const EVENT_TABLES = ['events', 'event_countries', 'event_initiatives', 'event_tags', 'event_people', 'sources'];
const FACETS = [
  { table: 'event_countries', key: ['event_id', 'country_code', 'role'], value: 'country_code', rollup: 'event_country_month_counts' },
  { table: 'event_initiatives', key: ['event_id', 'initiative_id'], value: 'initiative_id', rollup: 'event_initiative_month_counts' },
  { table: 'event_tags', key: ['event_id', 'tag'], value: 'tag', rollup: 'event_tag_month_counts' },
] as const;

type EventRow = {
  id: number;
  title: string;
  summary: string;
  type: string;
  date: string;
  span_end: string;
  location: string | null;
  deleted_at: string | null;
};
type AnnotationRow = { id: number; author_id: number; body: string; quote: string | null; visibility: string; search_tokens: string | null };
type FacetRow = Record<string, string | number> & { event_id: number; date: string; span_end: string; type: string; listed: number };

/** The full-text key, computed independently of db/queries/search-key.ts: start day since 1970 × 2^32 + id. */
const keyOf = (e: { date: string; id: number }) => Math.round(Date.parse(`${e.date}T00:00:00Z`) / 86_400_000) * 2 ** 32 + e.id;

/** Everything derived that is out of step in `db`, one line each; empty when every value is right. */
function drift(db: DB): string[] {
  const c = db.$client;
  const out: string[] = [];
  const events = new Map(
    (c.prepare('SELECT id, title, summary, type, date, span_end, location, deleted_at FROM events').all() as EventRow[]).map((e) => [e.id, e]),
  );
  const live = [...events.values()].filter((e) => e.deleted_at === null);

  // The copies and `listed`, and from the rows as they should be, the rollups.
  const expectedRollups = new Map<string, Map<string, number>>();
  const count = (rollup: string, key: string) => {
    const m = expectedRollups.get(rollup) ?? new Map<string, number>();
    expectedRollups.set(rollup, m.set(key, (m.get(key) ?? 0) + 1));
  };
  for (const e of live) count('event_month_counts', `${e.date.slice(0, 7)}|${e.type}`);
  for (const facet of FACETS) {
    const rows = c.prepare(`SELECT * FROM ${facet.table}`).all() as FacetRow[];
    for (const row of rows) {
      const e = events.get(row.event_id)!;
      const firstRole =
        facet.table !== 'event_countries' ||
        rows.every((o) => o.event_id !== row.event_id || o.country_code !== row.country_code || String(o.role) >= String(row.role));
      const want = { date: e.date, span_end: e.span_end, type: e.type, listed: e.deleted_at === null && firstRole ? 1 : 0 };
      const got = { date: row.date, span_end: row.span_end, type: row.type, listed: row.listed };
      if (JSON.stringify(got) !== JSON.stringify(want))
        out.push(`${facet.table} ${facet.key.map((k) => row[k]).join('/')}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
      if (want.listed) count(facet.rollup, `${row[facet.value]}|${e.date.slice(0, 7)}|${e.type}`);
    }
  }
  for (const [rollup, keys] of [['event_month_counts', 'month, type'] as const, ...FACETS.map((f) => [f.rollup, `${f.value}, month, type`] as const)]) {
    const stored = c.prepare(`SELECT ${keys.replaceAll(', ', " || '|' || ")} AS k, count FROM ${rollup} WHERE count <> 0`).all() as {
      k: string;
      count: number;
    }[];
    const want = expectedRollups.get(rollup) ?? new Map<string, number>();
    for (const s of stored) if (want.get(s.k) !== s.count) out.push(`${rollup} ${s.k}: ${s.count}, not ${want.get(s.k) ?? 0}`);
    for (const [k, n] of want) if (!stored.some((s) => s.k === k)) out.push(`${rollup} ${k}: missing, not ${n}`);
  }

  // The full-text index: one row per live event under its date key, holding exactly the event's text.
  const keys = (c.prepare('SELECT rowid AS k FROM events_fts ORDER BY rowid').all() as { k: number }[]).map((r) => r.k);
  const wantKeys = live.map(keyOf).sort((a, b) => a - b);
  if (JSON.stringify(keys) !== JSON.stringify(wantKeys)) out.push(`events_fts keys: ${keys.join(', ')}, not ${wantKeys.join(', ')}`);
  const people = c.prepare('SELECT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = ?').pluck();
  const sources = c.prepare('SELECT title, quote FROM sources WHERE event_id = ?');
  // Annotations: the team's bodies (and quoted passages) in `notes`; private ones in `private`, as their
  // author's own tokens (lib/timeline/search-query.ts), which annotations.search_tokens must hold.
  const annotations = c.prepare(
    'SELECT id, author_id, body, quote, visibility, search_tokens FROM annotations WHERE event_id = ? AND deleted_at IS NULL ORDER BY id',
  );
  c.exec(`DROP TABLE IF EXISTS temp.oracle_fts;
    CREATE VIRTUAL TABLE temp.oracle_fts USING fts5(title, summary, location, people, sources, notes, private, tokenize = 'unicode61 remove_diacritics 2');
    DROP TABLE IF EXISTS temp.oracle_terms; DROP TABLE IF EXISTS temp.stored_terms;
    CREATE VIRTUAL TABLE temp.oracle_terms USING fts5vocab(temp, oracle_fts, col);
    CREATE VIRTUAL TABLE temp.stored_terms USING fts5vocab(main, events_fts, col);`);
  const insert = c.prepare('INSERT INTO temp.oracle_fts (rowid, title, summary, location, people, sources, notes, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const e of live) {
    const s = sources.all(e.id) as { title: string; quote: string | null }[];
    const notes: string[] = [];
    const mine: string[] = [];
    for (const a of annotations.all(e.id) as AnnotationRow[]) {
      const text = `${a.body} ${a.quote ?? ''}`;
      const tokens = a.visibility === 'private' ? privateDocument(a.author_id, text) : null;
      if (a.search_tokens !== tokens) out.push(`annotations ${a.id} search_tokens: ${a.search_tokens}, not ${tokens}`);
      if (tokens === null) notes.push(text);
      else mine.push(tokens);
    }
    insert.run(
      keyOf(e),
      e.title,
      e.summary,
      e.location ?? '',
      people.all(e.id).join(' '),
      s.map((x) => `${x.title} ${x.quote ?? ''}`).join(' '),
      notes.join(' '),
      mine.join(' '),
    );
  }
  const terms = c.prepare('SELECT term, col FROM temp.oracle_terms UNION SELECT term, col FROM temp.stored_terms').all() as { term: string; col: string }[];
  const match = (table: string) =>
    c.prepare(`SELECT group_concat(rowid) AS ids FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid)`).pluck();
  const [inStored, inOracle] = [match('events_fts'), match('oracle_fts')];
  for (const { term, col } of terms) {
    const q = `${col} : "${term.replaceAll('"', '""')}"`;
    const [got, want] = [inStored.get(q), inOracle.get(q)];
    if (got !== want) out.push(`events_fts ${q}: in ${got ?? 'none'}, not ${want ?? 'none'}`);
  }
  c.exec('DROP TABLE temp.oracle_terms; DROP TABLE temp.stored_terms; DROP TABLE temp.oracle_fts;');
  return out;
}

/** Runs `use` with the app's connection (getDb) pointed at `db`, so the real write functions write there. */
function withAppDatabase<T>(db: DB, run: () => T): T {
  const g = globalThis as { watchfloorDb?: DB };
  const previous = g.watchfloorDb;
  g.watchfloorDb = db;
  try {
    return run();
  } finally {
    g.watchfloorDb = previous;
  }
}

function freshDatabase(): DB {
  const db = openDatabase(path.join(dir, `case-${++files}.db`));
  withAppDatabase(db, seedReferenceData);
  return db;
}

const add = (over: Partial<EventInputRaw> & { date: string }) =>
  unwrap(insertEvent({ input: eventInput.parse({ title: `Event on ${over.date}`, type: 'meeting', datePrecision: 'day', ...over }), actorId: null }));
const source = (title: string, quote?: string) => ({
  url: `https://example.org/${encodeURIComponent(title)}`,
  publisher: 'RNZ',
  title,
  quote,
  reliability: 'B' as const,
  credibility: 2,
});

/**
 * The same writes every test makes, through the app's write functions and, where the app has no path
 * (a relation row added or removed on its own, a hard delete), straight in SQL. `step` is called after each.
 */
function writeEverything(db: DB, step: (name: string) => void) {
  withAppDatabase(db, () => {
    const a = add({
      date: '2021-03-04',
      title: 'Harbour talks in Lyttelton',
      summary: 'Port access for frigates',
      location: 'Lyttelton',
      countries: [
        { code: 'NZL', role: 'participant' },
        { code: 'NZL', role: 'host' },
        { code: 'AUS', role: 'host' },
      ],
      initiatives: ['pipir'],
      tags: ['navy', 'ports'],
      people: [{ name: 'Ana Kakariki', capacity: 'Minister of Defence' }],
      sources: [source('Wellington communique', 'zebrafish clause')],
    });
    // Before 1970: a negative day in the full-text key.
    const b = add({
      date: '1968-07-01',
      datePrecision: 'month',
      type: 'statement',
      countries: [{ code: 'NZL', role: 'member' }],
      tags: ['navy'],
      people: [{ name: 'Ana Kakariki' }, { name: 'Bo Tui' }],
    });
    step('insert');

    const input = toEventInput(getEvent(a)!);
    const changed = {
      ...input,
      date: '2023-11-30',
      endDate: '2023-12-02',
      type: 'agreement' as const,
      // The first role (host) goes: participant becomes NZL's listed row.
      countries: [
        { code: 'NZL', role: 'participant' },
        { code: 'JPN', role: 'host' },
      ],
      initiatives: [],
      tags: ['navy'],
      people: [{ name: 'Bo Tui', capacity: null }],
      sources: [{ ...input.sources[0]!, title: 'Tokyo readout', quote: null }],
    };
    expect(updateEvent({ id: a, expectedVersion: getEvent(a)!.version, input: changed, actorId: null })).toMatchObject({ ok: true });
    step('update');

    expect(softDeleteEvent({ id: b, actorId: null })).toMatchObject({ ok: true });
    step('soft delete');
    expect(restoreEvent({ id: b, actorId: null })).toMatchObject({ ok: true });
    step('restore');

    const analyst = {
      id: Number(
        db.$client.prepare(`INSERT INTO users (email, name, role, password_hash) VALUES ('ana@example.org', 'Ana', 'analyst', '-') RETURNING id`).pluck().get(),
      ),
      role: 'analyst' as const,
    };
    const annotate = (over: Record<string, unknown>) =>
      unwrap(insertAnnotation({ input: annotationInput.parse({ target: 'event', eventId: a, ...over }), author: analyst }));
    const team = annotate({ body: 'Frigate basing looks likely' });
    const secret = annotate({ body: 'Platypus channel says otherwise', visibility: 'private' });
    annotate({ target: 'source', sourceId: getEvent(a)!.sources[0]!.id, body: 'Readout omits the harbour', quote: 'omitted clause' });
    step('annotations written');
    const edit = (id: number, version: number, over: Record<string, unknown>) =>
      expect(updateAnnotation({ id, input: annotationEditInput.parse({ version, ...over }), editor: analyst })).toMatchObject({ ok: true });
    edit(secret.id, secret.version, { body: 'Platypus channel now confirms it', visibility: 'team' });
    edit(team.id, team.version, { body: 'Frigate basing now doubtful', visibility: 'private' });
    step('annotations edited, one made team and one private');
    expect(softDeleteAnnotation({ id: secret.id, version: secret.version + 1, actor: analyst })).toMatchObject({ ok: true });
    step('annotation deleted');

    const c = db.$client;
    // A writer that fills the copies itself, one that fills them wrongly, and one that leaves them pending.
    c.prepare(
      `INSERT INTO event_countries (event_id, country_code, role, date, span_end, type, listed) VALUES (?, 'AUS', 'observer', '2023-11-30', '2023-12-02', 'agreement', 1)`,
    ).run(a);
    c.prepare(`INSERT INTO event_tags (event_id, tag, date, span_end, type, listed) VALUES (?, 'wrongly-copied', '1999-01-01', '1999-01-01', 'budget', 1)`).run(
      a,
    );
    c.prepare(`INSERT INTO event_countries (event_id, country_code, role, date, span_end, type, listed) VALUES (?, 'NZL', 'chair', '', '', '', 0)`).run(a);
    step('relation rows inserted directly');
    // chair was NZL's first role; participant is again.
    c.prepare(`DELETE FROM event_countries WHERE event_id = ? AND country_code = 'NZL' AND role = 'chair'`).run(a);
    step('a first role deleted directly');

    c.prepare('DELETE FROM events WHERE id = ?').run(b);
    step('hard delete');
  });
}

describe('derived data', () => {
  it('is right after insert, update, soft delete, restore, direct writes and hard delete', () => {
    const db = freshDatabase();
    const seen: string[] = [];
    writeEverything(db, (name) => {
      seen.push(name);
      expect(drift(db), name).toEqual([]);
    });
    expect(seen).toHaveLength(10);
    // The oracle itself sees the rules: NZL is listed once, by its first remaining role.
    expect(db.$client.prepare(`SELECT role, listed FROM event_countries WHERE country_code = 'NZL' ORDER BY role`).all()).toEqual([
      { role: 'participant', listed: 1 },
    ]);
    db.$client.close();
  });

  it('is right after the synthetic bulk load, and the restored triggers keep it right afterwards', () => {
    const file = path.join(dir, 'synthetic.db');
    buildSyntheticDatabase({ file, events: 300, seed: 7 });
    const db = openDatabase(file);
    expect(drift(db)).toEqual([]);
    expect(db.$client.prepare('SELECT count(*) AS n FROM events_fts').get()).toEqual({ n: 300 });
    withAppDatabase(db, () => {
      const id = add({
        date: '2024-02-29',
        title: 'After the load',
        countries: [{ code: 'NZL', role: 'host' }],
        tags: ['after-load'],
        people: [{ name: 'Bo Tui' }],
      });
      const input = { ...toEventInput(getEvent(id)!), date: '2001-01-01', countries: [{ code: 'FJI', role: 'host' }] };
      expect(updateEvent({ id, expectedVersion: 1, input, actorId: null })).toMatchObject({ ok: true });
      expect(softDeleteEvent({ id: 1, actorId: null })).toMatchObject({ ok: true });
    });
    expect(drift(db)).toEqual([]);
    db.$client.close();
  }, 60_000);

  it('is right after an import, whose new events are written with the insert triggers set aside, and the triggers are back after it', async () => {
    const db = freshDatabase();
    const triggerNames = () => db.$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all();
    const before = triggerNames();
    const existing = withAppDatabase(db, () =>
      add({ date: '2020-05-05', title: 'To be updated', countries: [{ code: 'AUS', role: 'host' }], tags: ['navy'], initiatives: ['pipir'] }),
    );
    const csv = [
      'id,version,title,type,date,date_precision,end_date,countries,initiatives,tags',
      // A country in two roles (participant is its listed row), two facets, a span over two months.
      ',,Harbour talks,meeting,2021-03-04,day,2021-04-02,NZL:participant; NZL:host; AUS,pipir,navy; ports',
      ',,Budget line,budget,2021-03-01,month,,NZL,,navy',
      // An update in the same file runs under its triggers: AUS goes, FJI comes, the month changes.
      `${existing},1,To be updated,meeting,2019-01-01,day,,FJI:host,,ports`,
    ].join('\r\n');
    const report = await withAppDatabase(db, () =>
      runImport({
        chunks: (async function* () {
          yield new TextEncoder().encode(csv);
        })(),
        dryRun: false,
        actorId: null,
        file: 'derived.csv',
      }),
    );
    expect(report).toMatchObject({ ok: true, counts: { create: 2, update: 1 } });
    expect(drift(db)).toEqual([]);
    expect(triggerNames()).toEqual(before);
    // And the triggers work again: a later write keeps everything in step.
    withAppDatabase(db, () => add({ date: '2021-03-09', countries: [{ code: 'NZL', role: 'host' }], tags: ['ports'] }));
    expect(drift(db)).toEqual([]);
    db.$client.close();
  });

  const triggers = (() => {
    const db = openDatabase(':memory:');
    const names = db.$client
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${EVENT_TABLES.map(() => '?').join(', ')}) ORDER BY name`)
      .pluck()
      .all(...EVENT_TABLES) as string[];
    db.$client.close();
    return names;
  })();

  it('has an owner for every value: the triggers on the event tables', () => {
    expect(triggers).toEqual([
      'event_countries_derive_delete',
      'event_countries_derive_insert',
      'event_countries_rollup_delete',
      'event_countries_rollup_update',
      'event_initiatives_derive_insert',
      'event_initiatives_rollup_delete',
      'event_initiatives_rollup_update',
      'event_tags_derive_insert',
      'event_tags_rollup_delete',
      'event_tags_rollup_update',
      'events_denormalise',
      'events_month_counts_delete',
      'events_month_counts_insert',
      'events_month_counts_update',
      'events_search_delete',
      'events_search_rekey',
    ]);
  });

  it.each(triggers)('goes out of step without %s', (trigger) => {
    const db = freshDatabase();
    db.$client.exec(`DROP TRIGGER ${trigger}`);
    const found: string[] = [];
    writeEverything(db, (name) => found.push(...drift(db).map((line) => `${name}: ${line}`)));
    expect(found.length, trigger).toBeGreaterThan(0);
    db.$client.close();
  });

  it('goes out of step when the write path skips syncEventSearch, so the index is not kept by triggers alone', () => {
    const db = freshDatabase();
    withAppDatabase(db, () => add({ date: '2022-01-01', title: 'Indexed' }));
    db.$client.exec(`INSERT INTO events (title, type, date, date_precision, span_end) VALUES ('Never indexed', 'meeting', '2022-01-02', 'day', '2022-01-02')`);
    expect(drift(db).some((line) => line.startsWith('events_fts'))).toBe(true);
    db.$client.close();
  });
});
