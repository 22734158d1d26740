// Bulk loading for the synthetic database: prepared inserts that bypass the per-event write path, and
// dropping secondary indexes and triggers during the load (rebuilding is faster than maintaining them
// row by row). Only for filling a fresh database from a script; the app writes through insertEvent.
// The loader writes only the data an analyst would enter; everything derived from it (the filter
// tables' copies and first-role rule, the rollups, the full-text documents) is filled afterwards, set by
// set, from migration 0008's views: the definitions the triggers and syncEventSearch write from (copies,
// documents) or are tested against (rollups).
import type { DB } from '@/db/client';
import { copiesFromDerived, EVENT_TABLES, FILTER_TABLES, ROLLUPS } from './derived-tables';
import { fillSearchIndex } from './event-search';

export type BulkEvent = {
  id: number;
  title: string;
  summary: string;
  type: string;
  date: string;
  datePrecision: string;
  endDate: string | null;
  spanEnd: string;
  location: string | null;
  countries: { code: string; role: string }[];
  initiativeIds: number[];
  tags: string[];
  people: { id: number; name: string; capacity: string | null }[];
  sources: { url: string; publisher: string; title: string; publishedDate: string | null; reliability: string; credibility: number; quote: string | null }[];
};

/**
 * Drops the secondary indexes and the triggers of the event tables; the returned function fills the
 * filter tables' copies and the rollups from their views and puts indexes and triggers back.
 */
export function suspendIndexes(db: DB): () => void {
  const client = db.$client;
  const saved = client
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN (${EVENT_TABLES.map(() => '?').join(', ')})) OR (type = 'trigger' AND tbl_name IN (${EVENT_TABLES.map(() => '?').join(', ')})))`,
    )
    .all(...EVENT_TABLES, ...EVENT_TABLES) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const s of saved) client.exec(`DROP ${s.type.toUpperCase()} "${s.name}"`);
  return () => {
    // What the *_derive_insert triggers would have written, before the indexes that cover the copies exist.
    for (const f of FILTER_TABLES) client.exec(copiesFromDerived(f));
    for (const s of saved) client.exec(s.sql);
    // What the rollup triggers would have kept during the load.
    for (const rollup of ROLLUPS) client.exec(`DELETE FROM ${rollup}; INSERT INTO ${rollup} SELECT * FROM ${rollup}_derived;`);
  };
}

export function prepareBulkInsert(db: DB) {
  const c = db.$client;
  const event = c.prepare(
    'INSERT INTO events (id, title, summary, type, date, date_precision, end_date, span_end, location, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // Copies empty and unlisted, as writeRelations inserts them; suspendIndexes' resume fills them.
  const country = c.prepare(
    `INSERT OR IGNORE INTO event_countries (event_id, country_code, role, date, span_end, type, listed) VALUES (?, ?, ?, '', '', '', 0)`,
  );
  const initiative = c.prepare(`INSERT OR IGNORE INTO event_initiatives (event_id, initiative_id, date, span_end, type, listed) VALUES (?, ?, '', '', '', 0)`);
  const tag = c.prepare(`INSERT OR IGNORE INTO event_tags (event_id, tag, date, span_end, type, listed) VALUES (?, ?, '', '', '', 0)`);
  const person = c.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id, capacity) VALUES (?, ?, ?)');
  const source = c.prepare(
    'INSERT INTO sources (event_id, url, publisher, title, published_date, reliability, credibility, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const stamp = new Date().toISOString();

  return (e: BulkEvent) => {
    event.run(e.id, e.title, e.summary, e.type, e.date, e.datePrecision, e.endDate, e.spanEnd, e.location, stamp, stamp);
    for (const x of e.countries) country.run(e.id, x.code, x.role);
    for (const i of e.initiativeIds) initiative.run(e.id, i);
    for (const t of e.tags) tag.run(e.id, t);
    for (const p of e.people) person.run(e.id, p.id, p.capacity);
    for (const s of e.sources) source.run(e.id, s.url, s.publisher, s.title, s.publishedDate, s.reliability, s.credibility, s.quote);
  };
}

/**
 * Writes every event's document into events_fts in key order (one long run of ascending rowids; call it
 * after suspendIndexes' resume, which the documents' subqueries need), with a large in-memory segment and
 * no incremental merging, then merges what was written into one segment and restores FTS5's defaults
 * for the app's small writes.
 */
export function flushSearchIndex(db: DB) {
  db.$client.exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${512 * 1024 * 1024});
    INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0);`);
  fillSearchIndex(db);
  db.$client.exec(`INSERT INTO events_fts (events_fts) VALUES ('optimize');
    INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${1024 * 1024});
    INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 4);`);
}

export function insertPeople(db: DB, names: string[]) {
  const insert = db.$client.prepare('INSERT INTO people (id, name) VALUES (?, ?)');
  db.$client.transaction(() => names.forEach((n, i) => insert.run(i + 1, n)))();
}
