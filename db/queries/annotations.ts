// Annotations: analysts' notes and graded judgments on events, sources and stances, in threads one reply
// deep. Who may see one is decided here, in the SQL of every read: team annotations are everyone's,
// private ones their author's alone. Every write, its search-index update and its audit entry share one
// transaction.
import 'server-only';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { annotations, annotationTags, annotationVersions, events, sources, stances } from '@/db/schema';
import type { AnnotationEditInput, AnnotationInput, ReplyInput } from '@/lib/annotations/schema';
import type { AnnotationItem, AnnotationThread, AnnotationVersion } from '@/lib/annotations/types';
import type { Visibility } from '@/lib/annotations/vocabulary';
import { privateDocument } from '@/lib/timeline/search-query';
import type { Role } from '@/lib/vocabulary';
import { invalid, NOT_FOUND, written, type WriteResult } from '@/lib/write-result';
import { annotationVisibleText, readerParam, type Reader } from './annotation-visibility';
import { insertAuditEntry } from './audit';

export { countAnnotationsByEvent, type Reader } from './annotation-visibility';
import { syncEventSearch } from './event-search';
import { keptStatement } from './statements';

/** Who is writing: the author or an admin may edit and delete. */
export type Writer = { id: number; role: Role };

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// The reads below run as statements kept per connection: their SQL text is the same for any number of
// ids (one JSON array parameter) and any reader (a null reader id matches no author), so each is
// prepared once. Built by drizzle's query builder on every call, a page of 50 annotations cost several
// times its SQL in building and preparing statements.
const ITEM_SELECT = `SELECT a.id, a.target, a.event_id AS eventId, a.source_id AS sourceId, a.stance_id AS stanceId,
    a.parent_id AS parentId, a.quote, a.kind, a.likelihood, a.confidence, a.body, a.visibility,
    a.author_id AS authorId, u.name AS authorName, a.resolved_at AS resolvedAt, r.name AS resolvedBy,
    a.version, a.created_at AS createdAt, a.updated_at AS updatedAt,
    (SELECT json_group_array(tag) FROM (SELECT g.tag FROM annotation_tags g WHERE g.annotation_id = a.id ORDER BY g.tag)) AS tags
  FROM annotations a JOIN users u ON u.id = a.author_id LEFT JOIN users r ON r.id = a.resolved_by
  WHERE a.deleted_at IS NULL AND ${annotationVisibleText('a')}`;
const IN_IDS = `IN (SELECT value FROM json_each(@ids))`;
const ITEMS = {
  byIds: `${ITEM_SELECT} AND a.id ${IN_IDS}`,
  byEvent: `${ITEM_SELECT} AND a.event_id = @event ORDER BY a.id`,
  byStances: `${ITEM_SELECT} AND a.stance_id ${IN_IDS} ORDER BY a.id`,
};
const VERSIONS = `SELECT v.annotation_id AS annotationId, v.version, v.kind, v.likelihood, v.confidence, v.body, v.tags,
    v.visibility, u.name AS editedBy, v.edited_at AS editedAt
  FROM annotation_versions v LEFT JOIN users u ON u.id = v.edited_by
  WHERE v.annotation_id ${IN_IDS} ORDER BY v.annotation_id, v.version DESC`;

type ItemRow = Omit<AnnotationItem, 'tags' | 'author' | 'resolved'> & { authorId: number; authorName: string; tags: string };

function readItems(db: Executor, text: string, params: { reader: Reader; ids?: number[]; event?: number }): AnnotationItem[] {
  const rows = keptStatement(db, text).all({
    reader: readerParam(params.reader),
    ...(params.ids ? { ids: JSON.stringify(params.ids) } : {}),
    ...(params.event !== undefined ? { event: params.event } : {}),
  }) as ItemRow[];
  return rows.map(({ authorId, authorName, tags, ...r }) => ({
    ...r,
    tags: JSON.parse(tags) as string[],
    author: { id: authorId, name: authorName },
    resolved: r.resolvedAt !== null,
  }));
}

function threadsOf(items: AnnotationItem[]): AnnotationThread[] {
  const threads = new Map<number, AnnotationThread>();
  for (const item of items) if (item.parentId === null) threads.set(item.id, { ...item, replies: [] });
  for (const item of items) if (item.parentId !== null) threads.get(item.parentId)?.replies.push(item);
  return [...threads.values()];
}

/** One annotation the reader may see, or undefined (also for one that is someone else's private note). */
export function getAnnotation(id: number, reader: Reader, db: Executor = getDb()): AnnotationItem | undefined {
  return readItems(db, ITEMS.byIds, { reader, ids: [id] })[0];
}

/** The annotations with these ids that the reader may see, in the order given (a page the caller chose). */
export function listAnnotationsByIds(ids: number[], reader: Reader, db: Executor = getDb()): AnnotationItem[] {
  if (!ids.length) return [];
  const found = new Map(readItems(db, ITEMS.byIds, { reader, ids }).map((item) => [item.id, item]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** The threads on an event and on each of its sources, oldest first, replies in order under each. */
export function listEventThreads(
  eventId: number,
  reader: Reader,
  db: Executor = getDb(),
): { event: AnnotationThread[]; bySource: Map<number, AnnotationThread[]> } {
  const threads = threadsOf(readItems(db, ITEMS.byEvent, { reader, event: eventId }));
  const bySource = new Map<number, AnnotationThread[]>();
  for (const t of threads) if (t.sourceId !== null) bySource.set(t.sourceId, [...(bySource.get(t.sourceId) ?? []), t]);
  return { event: threads.filter((t) => t.target === 'event'), bySource };
}

/** The threads on each of the given stances, oldest first. */
export function listStanceThreads(stanceIds: number[], reader: Reader, db: Executor = getDb()): Map<number, AnnotationThread[]> {
  const map = new Map<number, AnnotationThread[]>();
  if (!stanceIds.length) return map;
  for (const t of threadsOf(readItems(db, ITEMS.byStances, { reader, ids: stanceIds }))) map.set(t.stanceId!, [...(map.get(t.stanceId!) ?? []), t]);
  return map;
}

/** What an annotation said before each edit, newest first; empty for one the reader may not see. */
export function listAnnotationVersions(id: number, reader: Reader, db: Executor = getDb()): AnnotationVersion[] {
  if (!getAnnotation(id, reader, db)) return [];
  return listVersionsOf([id], db)[id] ?? [];
}

/**
 * Earlier versions of annotations the caller has already read for this reader (so may show), newest
 * first, by annotation id: one query for a whole page of threads.
 */
export function listVersionsOf(ids: number[], db: Executor = getDb()): Record<number, AnnotationVersion[]> {
  const out: Record<number, AnnotationVersion[]> = {};
  if (!ids.length) return out;
  const rows = keptStatement(db, VERSIONS).all({ ids: JSON.stringify(ids) }) as (Omit<AnnotationVersion, 'tags'> & { annotationId: number; tags: string })[];
  for (const { annotationId, tags, ...v } of rows) (out[annotationId] ??= []).push({ ...v, tags: JSON.parse(tags) as string[] });
  return out;
}

/** Every annotation id in some threads, replies included. */
export function idsOfThreads(threads: AnnotationThread[]): number[] {
  return threads.flatMap((t) => [t.id, ...t.replies.map((r) => r.id)]);
}

/** What the `private` search column holds for an annotation: its author's own tokens, when it is private. */
function searchTokensOf(visibility: Visibility, authorId: number, body: string, quote: string | null): string | null {
  return visibility === 'private' ? privateDocument(authorId, `${body} ${quote ?? ''}`) : null;
}

function writeTags(t: Executor, id: number, tags: string[]) {
  t.delete(annotationTags).where(eq(annotationTags.annotationId, id)).run();
  if (tags.length)
    t.insert(annotationTags)
      .values([...new Set(tags)].map((tag) => ({ annotationId: id, tag })))
      .run();
}

/** Where a new annotation hangs: the live event, source (and its event) or stance it names. */
function resolveTarget(
  t: Executor,
  input: AnnotationInput,
): WriteResult<{ eventId: number | null; sourceId: number | null; stanceId: number | null }, 'invalid'> {
  if (input.target === 'stance') {
    const stance = t
      .select({ id: stances.id })
      .from(stances)
      .where(and(eq(stances.id, input.stanceId!), isNull(stances.deletedAt)))
      .get();
    if (!stance) return invalid([{ field: 'stanceId', code: 'unknown-stance', values: [input.stanceId!] }]);
    return written({ eventId: null, sourceId: null, stanceId: stance.id });
  }
  if (input.target === 'source') {
    const source = t
      .select({ id: sources.id, eventId: sources.eventId })
      .from(sources)
      .innerJoin(events, eq(events.id, sources.eventId))
      .where(and(eq(sources.id, input.sourceId!), isNull(events.deletedAt)))
      .get();
    if (!source || (input.eventId && input.eventId !== source.eventId))
      return invalid([{ field: 'sourceId', code: 'unknown-source', values: [input.sourceId!] }]);
    return written({ eventId: source.eventId, sourceId: source.id, stanceId: null });
  }
  const event = t
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, input.eventId!), isNull(events.deletedAt)))
    .get();
  if (!event) return invalid([{ field: 'eventId', code: 'unknown-event', values: [input.eventId!] }]);
  return written({ eventId: event.id, sourceId: null, stanceId: null });
}

/** Writes a new thread; the annotation as the reader who wrote it sees it. */
export function insertAnnotation({ input, author }: { input: AnnotationInput; author: Writer }, db = getDb()): WriteResult<AnnotationItem, 'invalid'> {
  return db.transaction((t): WriteResult<AnnotationItem, 'invalid'> => {
    const target = resolveTarget(t, input);
    if (!target.ok) return target;
    const row = t
      .insert(annotations)
      .values({
        target: input.target,
        ...target.value,
        quote: input.target === 'source' ? (input.quote ?? null) : null,
        kind: input.kind,
        likelihood: input.likelihood,
        confidence: input.confidence,
        body: input.body,
        visibility: input.visibility,
        searchTokens: searchTokensOf(input.visibility, author.id, input.body, input.target === 'source' ? (input.quote ?? null) : null),
        authorId: author.id,
        updatedBy: author.id,
      })
      .returning({ id: annotations.id })
      .get();
    writeTags(t, row.id, input.tags);
    if (target.value.eventId) syncEventSearch(t, target.value.eventId);
    insertAuditEntry({ actorId: author.id, action: 'annotation.create', entityType: 'annotation', entityId: row.id, after: input }, t);
    return written(getAnnotation(row.id, author, t)!);
  });
}

/** Replies to a thread the author may see; the reply takes the thread's target and visibility. */
export function insertReply({ input, author }: { input: ReplyInput; author: Writer }, db = getDb()): WriteResult<AnnotationItem, 'invalid'> {
  return db.transaction((t): WriteResult<AnnotationItem, 'invalid'> => {
    const parent = getAnnotation(input.parentId, author, t);
    if (!parent || parent.parentId !== null) return invalid([{ field: 'parentId', code: 'unknown-annotation', values: [input.parentId] }]);
    const row = t
      .insert(annotations)
      .values({
        target: parent.target,
        eventId: parent.eventId,
        sourceId: parent.sourceId,
        stanceId: parent.stanceId,
        parentId: parent.id,
        kind: 'note',
        body: input.body,
        visibility: parent.visibility,
        searchTokens: searchTokensOf(parent.visibility, author.id, input.body, null),
        authorId: author.id,
        updatedBy: author.id,
      })
      .returning({ id: annotations.id })
      .get();
    if (parent.eventId) syncEventSearch(t, parent.eventId);
    insertAuditEntry(
      { actorId: author.id, action: 'annotation.reply', entityType: 'annotation', entityId: row.id, after: { ...input, visibility: parent.visibility } },
      t,
    );
    return written(getAnnotation(row.id, author, t)!);
  });
}

type Change = 'not-found' | 'forbidden' | 'conflict';

/**
 * The annotation a writer may change: not-found when they may not even see it (so a private note's
 * existence is never revealed), forbidden when it is someone else's and they are no admin.
 */
function changeable(t: Executor, id: number, writer: Writer, expectedVersion?: number): WriteResult<AnnotationItem, Change, AnnotationItem> {
  const current = getAnnotation(id, writer, t);
  if (!current) return NOT_FOUND;
  if (current.author.id !== writer.id && writer.role !== 'admin') return { ok: false, code: 'forbidden' };
  if (expectedVersion !== undefined && current.version !== expectedVersion) return { ok: false, code: 'conflict', current, differingFields: [] };
  return written(current);
}

/** A thread's replies by others: a thread they joined cannot be taken private again. */
function othersReplied(t: Executor, thread: AnnotationItem): boolean {
  return !!t
    .select({ id: annotations.id })
    .from(annotations)
    .where(and(eq(annotations.parentId, thread.id), isNull(annotations.deletedAt), sql`${annotations.authorId} <> ${thread.author.id}`))
    .limit(1)
    .get();
}

/**
 * Replaces an annotation's text, grades and tags if it is still at the version the editor opened,
 * keeping what it said before as a version. A thread's visibility moves its replies with it.
 */
export function updateAnnotation(
  { id, input, editor }: { id: number; input: AnnotationEditInput; editor: Writer },
  db = getDb(),
): WriteResult<AnnotationItem, Change | 'invalid', AnnotationItem> {
  return db.transaction((t): WriteResult<AnnotationItem, Change | 'invalid', AnnotationItem> => {
    const check = changeable(t, id, editor, input.version);
    if (!check.ok) return check;
    const current = check.value;
    const visibility = current.parentId === null && input.visibility ? input.visibility : current.visibility;
    if (visibility === 'private' && current.visibility === 'team' && othersReplied(t, current)) {
      return invalid([{ field: 'visibility', code: 'thread-has-replies' }]);
    }
    const stored = t.select({ updatedBy: annotations.updatedBy }).from(annotations).where(eq(annotations.id, id)).get()!;
    t.insert(annotationVersions)
      .values({
        annotationId: id,
        version: current.version,
        kind: current.kind,
        likelihood: current.likelihood,
        confidence: current.confidence,
        body: current.body,
        tags: current.tags,
        visibility: current.visibility,
        editedBy: stored.updatedBy ?? current.author.id,
        editedAt: current.updatedAt,
      })
      .run();
    const kind = current.parentId === null ? input.kind : 'note';
    t.update(annotations)
      .set({
        kind,
        likelihood: kind === 'judgment' ? input.likelihood : null,
        confidence: kind === 'judgment' ? input.confidence : null,
        body: input.body,
        visibility,
        searchTokens: searchTokensOf(visibility, current.author.id, input.body, current.quote),
        version: sql`${annotations.version} + 1`,
        updatedBy: editor.id,
        updatedAt: now,
      })
      .where(and(eq(annotations.id, id), eq(annotations.version, input.version)))
      .run();
    if (visibility !== current.visibility) {
      const replies = t
        .select({ id: annotations.id, authorId: annotations.authorId, body: annotations.body })
        .from(annotations)
        .where(eq(annotations.parentId, id))
        .all();
      for (const r of replies) {
        t.update(annotations)
          .set({ visibility, searchTokens: searchTokensOf(visibility, r.authorId, r.body, null) })
          .where(eq(annotations.id, r.id))
          .run();
      }
    }
    writeTags(t, id, input.tags);
    if (current.eventId) syncEventSearch(t, current.eventId);
    insertAuditEntry({ actorId: editor.id, action: 'annotation.update', entityType: 'annotation', entityId: id, before: current, after: input }, t);
    return written(getAnnotation(id, editor, t)!);
  });
}

/** Hides an annotation (and, for a thread, its replies) everywhere; audited with what it said. */
export function softDeleteAnnotation(
  { id, version, actor }: { id: number; version: number; actor: Writer },
  db = getDb(),
): WriteResult<AnnotationItem, Change, AnnotationItem> {
  return db.transaction((t): WriteResult<AnnotationItem, Change, AnnotationItem> => {
    const check = changeable(t, id, actor, version);
    if (!check.ok) return check;
    const current = check.value;
    t.update(annotations)
      .set({ deletedAt: now })
      .where(and(or(eq(annotations.id, id), eq(annotations.parentId, id)), isNull(annotations.deletedAt)))
      .run();
    if (current.eventId) syncEventSearch(t, current.eventId);
    insertAuditEntry({ actorId: actor.id, action: 'annotation.delete', entityType: 'annotation', entityId: id, before: current }, t);
    return written(current);
  });
}

/** Marks a thread resolved or reopens it: any analyst who can see the thread may. */
export function setThreadResolved(
  { id, resolved, actor }: { id: number; resolved: boolean; actor: Writer },
  db = getDb(),
): WriteResult<AnnotationItem, 'not-found' | 'invalid'> {
  return db.transaction((t): WriteResult<AnnotationItem, 'not-found' | 'invalid'> => {
    const current = getAnnotation(id, actor, t);
    if (!current) return NOT_FOUND;
    if (current.parentId !== null) return invalid([{ field: 'id', code: 'not-a-thread' }]);
    if (current.resolved === resolved) return written(current);
    t.update(annotations)
      .set(resolved ? { resolvedAt: now, resolvedBy: actor.id } : { resolvedAt: null, resolvedBy: null })
      .where(eq(annotations.id, id))
      .run();
    insertAuditEntry(
      {
        actorId: actor.id,
        action: resolved ? 'annotation.resolve' : 'annotation.reopen',
        entityType: 'annotation',
        entityId: id,
        before: { resolved: current.resolved },
        after: { resolved },
      },
      t,
    );
    return written(getAnnotation(id, actor, t)!);
  });
}
