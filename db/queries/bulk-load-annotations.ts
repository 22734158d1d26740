// Bulk loading of synthetic annotations (and the analysts who write them) into a synthetic database that
// already holds its events: prepared inserts in one transaction, bypassing the per-annotation write path
// (audit, search sync). Only for filling a fresh database from a script; the app writes through
// insertAnnotation and insertReply.
import { sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { searchKey } from './search-key';

export type BulkAnnotation = {
  id: number;
  target: 'event' | 'source';
  eventId: number;
  sourceId: number | null;
  parentId: number | null;
  quote: string | null;
  kind: 'note' | 'judgment';
  likelihood: string | null;
  confidence: string | null;
  body: string;
  visibility: 'team' | 'private';
  /** A private annotation's words as its author's search tokens (privateDocument), null on team ones. */
  searchTokens: string | null;
  authorId: number;
  resolvedAt: string | null;
  resolvedBy: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  /** Earlier versions, oldest first (version 1 … version - 1). */
  versions: { kind: string; likelihood: string | null; confidence: string | null; body: string; tags: string[]; editedAt: string }[];
};

/** Inserts users who can never sign in (the hash is no argon2 hash, so verification fails); returns their ids in order. */
export function insertBulkUsers(db: DB, users: { email: string; name: string; role: string }[], passwordHash: string): number[] {
  const c = db.$client;
  const insert = c.prepare('INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)');
  return c.transaction(() => users.map((u) => Number(insert.run(u.email, u.name, u.role, passwordHash).lastInsertRowid)))();
}

/** Every live event id, newest first (the timeline's order), read from its covering index. */
export function listEventIdsNewestFirst(db: DB): number[] {
  return db.$client.prepare('SELECT id FROM events WHERE deleted_at IS NULL ORDER BY date DESC, id DESC').pluck().all() as number[];
}

/** The next free annotation id (the loader writes explicit ids so that replies can name their thread). */
export function nextAnnotationId(db: DB): number {
  return (db.$client.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM annotations').get() as { n: number }).n;
}

/** The source ids of each of the given events, read in one pass in event order (random lookups cost more at 1M). */
export function listSourceIdsByEvent(db: DB, eventIds: number[]): Map<number, number[]> {
  const rows = db.$client
    .prepare('SELECT event_id, id FROM sources WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, id')
    .raw()
    .all(JSON.stringify([...eventIds].sort((a, b) => a - b))) as [number, number][];
  const map = new Map<number, number[]>();
  for (const [eventId, id] of rows) {
    const list = map.get(eventId);
    if (list) list.push(id);
    else map.set(eventId, [id]);
  }
  return map;
}

/**
 * Prepared statements for the load: the caller runs `insert` for each annotation inside `transaction`,
 * which turns foreign-key checks off for its duration: the loader writes only ids it read from the
 * database or wrote itself, and each check is a random read of a 2.8 GB file at 1M events.
 */
export function prepareAnnotationBulkInsert(db: DB) {
  const c = db.$client;
  const annotation = c.prepare(
    `INSERT INTO annotations (id, target, event_id, source_id, parent_id, quote, kind, likelihood, confidence, body, visibility, search_tokens,
      author_id, resolved_at, resolved_by, version, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = c.prepare('INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
  const version = c.prepare(
    'INSERT INTO annotation_versions (annotation_id, version, kind, likelihood, confidence, body, tags, visibility, edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    transaction(fn: () => void) {
      const cacheSize = c.pragma('cache_size', { simple: true }) as number;
      // The new tables and indexes (~150 MB at 200,000 annotations) stay in memory until the commit.
      c.pragma('cache_size = -1048576');
      c.pragma('foreign_keys = OFF');
      try {
        c.transaction(fn)();
      } finally {
        c.pragma('foreign_keys = ON');
        c.pragma(`cache_size = ${cacheSize}`);
      }
    },
    insert(a: BulkAnnotation) {
      annotation.run(
        a.id,
        a.target,
        a.eventId,
        a.sourceId,
        a.parentId,
        a.quote,
        a.kind,
        a.likelihood,
        a.confidence,
        a.body,
        a.visibility,
        a.searchTokens,
        a.authorId,
        a.resolvedAt,
        a.resolvedBy,
        a.version,
        a.createdAt,
        a.authorId,
        a.updatedAt,
      );
      for (const t of a.tags) tag.run(a.id, t);
      a.versions.forEach((v, i) =>
        version.run(a.id, i + 1, v.kind, v.likelihood, v.confidence, v.body, JSON.stringify(v.tags), a.visibility, a.authorId, v.editedAt),
      );
    },
  };
}

/**
 * Brings the full-text index up to date with the annotations of the given events, after the load (the
 * index was filled with the events, before there were annotations): their rows are deleted and their
 * documents, as the events_search_documents view defines them (team bodies in `notes`, private ones as
 * their authors' tokens in `private`), inserted again, set by set and in key order (FTS5 flushes its
 * pending segment whenever a rowid is lower than the last one). The set-based twin of syncEventSearch,
 * which costs ~2 ms an event (two statements built and prepared per event).
 */
export function indexAnnotationText(db: DB, eventIds: number[]) {
  if (!eventIds.length) return;
  const ids = sql`(SELECT value FROM json_each(${JSON.stringify(eventIds)}))`;
  db.transaction((t) => {
    t.run(sql`DELETE FROM events_fts WHERE rowid IN (SELECT ${searchKey(sql`e.date`, sql`e.id`)} FROM events e WHERE e.id IN ${ids})`);
    t.run(sql`INSERT INTO events_fts (rowid, title, summary, location, people, sources, notes, private)
      SELECT key, title, summary, location, people, sources, notes, private FROM events_search_documents WHERE event_id IN ${ids} ORDER BY key`);
  });
}

/** Planner statistics for the annotation tables, after a load. */
export function analyzeAnnotations(db: DB) {
  db.$client.exec('ANALYZE users; ANALYZE annotations; ANALYZE annotation_tags; ANALYZE annotation_versions;');
}
