// Bulk loading for the synthetic database: prepared inserts that bypass the per-event write path, and
// dropping secondary indexes and triggers during the load (rebuilding is faster than maintaining them
// row by row). Only for filling a fresh database from a script; the app writes through insertEvent.
import type { DB } from '@/db/client';
import { searchKeyText } from './search-key';

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
  countries: { code: string; role: string; listed: boolean }[];
  initiativeIds: number[];
  tags: string[];
  people: { id: number; name: string; capacity: string | null }[];
  sources: { url: string; publisher: string; title: string; publishedDate: string | null; reliability: string; credibility: number; quote: string | null }[];
};

const TABLES = ['events', 'event_countries', 'event_initiatives', 'event_tags', 'event_people', 'sources'];
const FACET_ROLLUPS = [
  ['event_countries', 'country_code', 'event_country_month_counts'],
  ['event_initiatives', 'initiative_id', 'event_initiative_month_counts'],
  ['event_tags', 'tag', 'event_tag_month_counts'],
] as const;

/** Drops the secondary indexes and the triggers of the event tables; the returned function puts them back and rebuilds derived data. */
export function suspendIndexes(db: DB): () => void {
  const client = db.$client;
  const saved = client
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN (${TABLES.map(() => '?').join(', ')})) OR (type = 'trigger' AND tbl_name IN (${TABLES.map(() => '?').join(', ')})))`,
    )
    .all(...TABLES, ...TABLES) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const s of saved) client.exec(`DROP ${s.type.toUpperCase()} "${s.name}"`);
  return () => {
    for (const s of saved) client.exec(s.sql);
    // What the month-count triggers would have kept during the load.
    client.exec(`DELETE FROM event_month_counts;
      INSERT INTO event_month_counts (month, type, count)
      SELECT substr(date, 1, 7), type, count(*) FROM events WHERE deleted_at IS NULL GROUP BY 1, 2;`);
    for (const [table, key, rollup] of FACET_ROLLUPS) {
      client.exec(`DELETE FROM ${rollup};
        INSERT INTO ${rollup} (${key}, month, type, count)
        SELECT ${key}, substr(date, 1, 7), type, count(*) FROM ${table} WHERE listed = 1 GROUP BY 1, 2, 3;`);
    }
  };
}

export function prepareBulkInsert(db: DB) {
  const c = db.$client;
  const event = c.prepare(
    'INSERT INTO events (id, title, summary, type, date, date_precision, end_date, span_end, location, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const country = c.prepare('INSERT OR IGNORE INTO event_countries (event_id, country_code, role, date, span_end, type, listed) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const initiative = c.prepare('INSERT OR IGNORE INTO event_initiatives (event_id, initiative_id, date, span_end, type, listed) VALUES (?, ?, ?, ?, ?, 1)');
  const tag = c.prepare('INSERT OR IGNORE INTO event_tags (event_id, tag, date, span_end, type, listed) VALUES (?, ?, ?, ?, ?, 1)');
  const person = c.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id, capacity) VALUES (?, ?, ?)');
  const source = c.prepare(
    'INSERT INTO sources (event_id, url, publisher, title, published_date, reliability, credibility, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // The same document shape as syncEventSearch builds from the stored rows, staged in memory: FTS5 flushes
  // its pending segment whenever a rowid is lower than the last one, and keys follow dates, not ids, so
  // the documents go in all at once, in key order, in flushSearchIndex.
  c.exec(
    'CREATE TEMP TABLE IF NOT EXISTS events_fts_stage (key INTEGER PRIMARY KEY, title TEXT, summary TEXT, location TEXT, people TEXT, sources TEXT)',
  );
  const fts = c.prepare(`INSERT INTO events_fts_stage (key, title, summary, location, people, sources) VALUES (${searchKeyText('?', '?')}, ?, ?, ?, ?, ?)`);
  const stamp = new Date().toISOString();

  return (e: BulkEvent) => {
    event.run(e.id, e.title, e.summary, e.type, e.date, e.datePrecision, e.endDate, e.spanEnd, e.location, stamp, stamp);
    for (const x of e.countries) country.run(e.id, x.code, x.role, e.date, e.spanEnd, e.type, x.listed ? 1 : 0);
    for (const i of e.initiativeIds) initiative.run(e.id, i, e.date, e.spanEnd, e.type);
    for (const t of e.tags) tag.run(e.id, t, e.date, e.spanEnd, e.type);
    for (const p of e.people) person.run(e.id, p.id, p.capacity);
    for (const s of e.sources) source.run(e.id, s.url, s.publisher, s.title, s.publishedDate, s.reliability, s.credibility, s.quote);
    fts.run(
      e.date,
      e.id,
      e.title,
      e.summary,
      e.location ?? '',
      e.people.map((p) => p.name).join(' '),
      e.sources.map((s) => `${s.title} ${s.quote ?? ''}`).join(' '),
    );
  };
}

/**
 * Moves the staged documents into events_fts in key order (one long run of ascending rowids), with a
 * large in-memory segment and no incremental merging, then merges what was written into one segment
 * and restores FTS5's defaults for the app's small writes.
 */
export function flushSearchIndex(db: DB) {
  db.$client.exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${512 * 1024 * 1024});
    INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0);
    INSERT INTO events_fts (rowid, title, summary, location, people, sources)
    SELECT key, title, summary, location, people, sources FROM events_fts_stage ORDER BY key;
    DROP TABLE events_fts_stage;
    INSERT INTO events_fts (events_fts) VALUES ('optimize');
    INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${1024 * 1024});
    INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 4);`);
}

export function insertPeople(db: DB, names: string[]) {
  const insert = db.$client.prepare('INSERT INTO people (id, name) VALUES (?, ?)');
  db.$client.transaction(() => names.forEach((n, i) => insert.run(i + 1, n)))();
}
