// Saved views and their share links (docs/shared-views.md). Who may see a view is decided in the SQL of
// every read: the owner's own and the team's; who may change one (the owner or an admin) in every write.
// Each write and its audit entry share one transaction.
import 'server-only';
import { and, count, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { events, shareLinks, users, viewPins, views, viewVisits } from '@/db/schema';
import type { Visibility } from '@/lib/annotations/vocabulary';
import { spanEnd } from '@/lib/dates';
import type { Granularity } from '@/lib/timeline/buckets';
import { encodeCursor } from '@/lib/timeline/cursor';
import { filterToSearchParams, type Page, type TimelineFilter } from '@/lib/timeline/filters';
import { hasPrefix, searchWords, toReaderSearchExpression } from '@/lib/timeline/search-query';
import { parseViewFilter } from '@/lib/views/schema';
import { hashShareToken, newShareToken, tokenMatches } from '@/lib/views/tokens';
import { PIN_MAX_EVENTS, SHARE_DEFAULT_DAYS, type ViewMode } from '@/lib/views/vocabulary';
import { invalid, NOT_FOUND, written, type WriteResult } from '@/lib/write-result';
import { insertAuditEntry } from './audit';
import type { Writer } from './annotations';
import { eventConditions } from './event-conditions';
import { firstRow } from './statements';
import { bucketExpression, listEventIds, listEvents, resolveInitiativeIds, type Bucket, type TimelineItem, type TimelinePage } from './timeline';

export type ViewInput = { name: string; briefing: string; filter: TimelineFilter; mode: ViewMode; visibility: Visibility };

export type ViewRecord = {
  id: number;
  owner: { id: number; name: string };
  name: string;
  briefing: string;
  /** The filter's canonical query string, to be parsed again (parseFilter) when the view opens. */
  filters: string;
  mode: ViewMode;
  visibility: Visibility;
  pinnedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A pinned event as it stood at the pin. */
export type PinnedEvent = { eventId: number; eventVersion: number; item: TimelineItem };

export type ShareLinkRecord = {
  id: number;
  viewId: number;
  label: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  useCount: number;
};

type Change = 'not-found' | 'forbidden' | 'conflict';

const iso = (d: Date) => d.toISOString();
const canonical = (filter: TimelineFilter) => filterToSearchParams(filter).toString();

const viewColumns = {
  id: views.id,
  ownerId: views.ownerId,
  ownerName: users.name,
  name: views.name,
  briefing: views.briefing,
  filters: views.filters,
  mode: views.mode,
  visibility: views.visibility,
  pinnedAt: views.pinnedAt,
  version: views.version,
  createdAt: views.createdAt,
  updatedAt: views.updatedAt,
};

type ViewRow = Omit<ViewRecord, 'owner'> & { ownerId: number; ownerName: string };

function toRecord({ ownerId, ownerName, ...rest }: ViewRow): ViewRecord {
  return { ...rest, owner: { id: ownerId, name: ownerName } };
}

/** A view the reader may see: their own, or the team's. */
const visibleTo = (readerId: number) => and(isNull(views.deletedAt), or(eq(views.ownerId, readerId), eq(views.visibility, 'team')));

function selectViews(db: Executor) {
  return db.select(viewColumns).from(views).innerJoin(users, eq(users.id, views.ownerId));
}

export function getView(id: number, reader: { id: number }, db: Executor = getDb()): ViewRecord | null {
  const row = selectViews(db)
    .where(and(eq(views.id, id), visibleTo(reader.id)))
    .get();
  return row ? toRecord(row) : null;
}

/** Views to a page of /views: each costs its count of what changed since the reader opened it (changesSinceVisits). */
export const VIEWS_PAGE = 25;

/** The reader's views and the team's, newest first: a page of at most `limit` before the view `before` (keyset on id). */
export function listViews(
  reader: { id: number },
  { limit = VIEWS_PAGE, before = null }: { limit?: number; before?: number | null } = {},
  db: Executor = getDb(),
): { views: ViewRecord[]; nextBefore: number | null } {
  const rows = selectViews(db)
    .where(and(visibleTo(reader.id), before ? lt(views.id, before) : undefined))
    .orderBy(desc(views.id))
    .limit(limit + 1)
    .all()
    .map(toRecord);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { views: page, nextBefore: more ? page[page.length - 1]!.id : null };
}

/** Each event's current version and when it last changed. */
function currentOf(db: Executor, ids: number[]): Map<number, { version: number; updatedAt: string }> {
  const rows = db
    .select({ id: events.id, version: events.version, updatedAt: events.updatedAt })
    .from(events)
    .where(sql`${events.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
    .all();
  return new Map(rows.map(({ id, ...current }) => [id, current]));
}

/**
 * The events the filter matches, as the team sees them, for a pin: at most PIN_MAX_EVENTS, or null when
 * there are more (a pin is a bounded snapshot, docs/shared-views.md).
 */
function pinnableEvents(db: Executor, filter: TimelineFilter): PinnedEvent[] | null {
  const { items } = listEvents(filter, { limit: PIN_MAX_EVENTS + 1, cursor: null }, null, db);
  if (items.length > PIN_MAX_EVENTS) return null;
  const current = currentOf(
    db,
    items.map((i) => i.id),
  );
  return items.map((item) => ({ eventId: item.id, eventVersion: current.get(item.id)!.version, item }));
}

function writePin(t: Executor, viewId: number, pinned: PinnedEvent[]) {
  t.delete(viewPins).where(eq(viewPins.viewId, viewId)).run();
  for (const { eventId, eventVersion, item } of pinned) {
    const pin = {
      viewId,
      eventId,
      eventVersion,
      snapshot: item,
      date: item.date,
      spanEnd: spanEnd(item.date, item.datePrecision, item.endDate),
      type: item.type,
    };
    t.insert(viewPins).values(pin).run();
  }
}

const TOO_MANY = invalid([{ field: 'mode', code: 'too-many-to-pin', values: [PIN_MAX_EVENTS.toLocaleString('en')] }]);
const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function insertView({ input, owner }: { input: ViewInput; owner: Writer }, db = getDb()): WriteResult<ViewRecord, 'invalid'> {
  return db.transaction((t): WriteResult<ViewRecord, 'invalid'> => {
    const pinned = input.mode === 'pinned' ? pinnableEvents(t, input.filter) : [];
    if (!pinned) return TOO_MANY;
    const { id } = t
      .insert(views)
      .values({
        ownerId: owner.id,
        name: input.name,
        briefing: input.briefing,
        filters: canonical(input.filter),
        mode: input.mode,
        visibility: input.visibility,
        pinnedAt: input.mode === 'pinned' ? nowSql : null,
      })
      .returning({ id: views.id })
      .get();
    writePin(t, id, pinned);
    const view = getView(id, owner, t)!;
    insertAuditEntry({ actorId: owner.id, action: 'view.create', entityType: 'view', entityId: id, after: view }, t);
    return written(view);
  });
}

/** The view, if the writer may change it (its owner or an admin) and it is at the version they opened. */
function changeable(t: Executor, id: number, writer: Writer, expectedVersion?: number): WriteResult<ViewRecord, Change, ViewRecord> {
  const row = selectViews(t)
    .where(and(eq(views.id, id), isNull(views.deletedAt)))
    .get();
  // Another user's private view is not found rather than forbidden: its existence is not theirs to know.
  if (!row || (row.ownerId !== writer.id && row.visibility === 'private' && writer.role !== 'admin')) return NOT_FOUND;
  const current = toRecord(row);
  if (current.owner.id !== writer.id && writer.role !== 'admin') return { ok: false, code: 'forbidden' };
  if (expectedVersion !== undefined && current.version !== expectedVersion) return { ok: false, code: 'conflict', current, differingFields: [] };
  return written(current);
}

/**
 * Replaces a view's name, note, filter, mode and visibility if it is still at the version the editor
 * opened. A view made pinned, or a pinned view whose filter changed, is pinned again now; one made live
 * drops its pin.
 */
export function updateView(
  { id, input, version, editor }: { id: number; input: ViewInput; version: number; editor: Writer },
  db = getDb(),
): WriteResult<ViewRecord, Change | 'invalid', ViewRecord> {
  return db.transaction((t): WriteResult<ViewRecord, Change | 'invalid', ViewRecord> => {
    const check = changeable(t, id, editor, version);
    if (!check.ok) return check;
    const before = check.value;
    const filters = canonical(input.filter);
    const repin = input.mode === 'pinned' && (before.mode !== 'pinned' || before.filters !== filters);
    const pinned = repin ? pinnableEvents(t, input.filter) : [];
    if (!pinned) return TOO_MANY;
    t.update(views)
      .set({
        name: input.name,
        briefing: input.briefing,
        filters,
        mode: input.mode,
        visibility: input.visibility,
        pinnedAt: input.mode === 'live' ? null : repin ? nowSql : before.pinnedAt,
        version: sql`${views.version} + 1`,
        updatedAt: nowSql,
      })
      .where(and(eq(views.id, id), eq(views.version, version)))
      .run();
    if (repin || input.mode === 'live') writePin(t, id, pinned);
    const after = getView(id, { id: before.owner.id }, t)!;
    insertAuditEntry({ actorId: editor.id, action: 'view.update', entityType: 'view', entityId: id, before, after }, t);
    return written(after);
  });
}

/** Soft-deletes a view; its links stop working with it. */
export function deleteView({ id, version, editor }: { id: number; version: number; editor: Writer }, db = getDb()): WriteResult<null, Change, ViewRecord> {
  return db.transaction((t): WriteResult<null, Change, ViewRecord> => {
    const check = changeable(t, id, editor, version);
    if (!check.ok) return check;
    t.update(views).set({ deletedAt: nowSql, updatedAt: nowSql }).where(eq(views.id, id)).run();
    insertAuditEntry({ actorId: editor.id, action: 'view.delete', entityType: 'view', entityId: id, before: check.value }, t);
    return written(null);
  });
}

/** A copy of the view owned by the writer, private, its pin copied with it. */
export function duplicateView(
  { id, editor, name }: { id: number; editor: Writer; name: string },
  db = getDb(),
): WriteResult<ViewRecord, Exclude<Change, 'conflict'>> {
  return db.transaction((t): WriteResult<ViewRecord, Exclude<Change, 'conflict'>> => {
    const check = changeable(t, id, editor);
    if (!check.ok) return check as WriteResult<ViewRecord, Exclude<Change, 'conflict'>>;
    const source = check.value;
    const { id: copy } = t
      .insert(views)
      .values({
        ownerId: editor.id,
        name,
        briefing: source.briefing,
        filters: source.filters,
        mode: source.mode,
        visibility: 'private',
        pinnedAt: source.pinnedAt,
      })
      .returning({ id: views.id })
      .get();
    t.run(
      sql`INSERT INTO view_pins (view_id, event_id, event_version, snapshot, date, span_end, type)
        SELECT ${copy}, event_id, event_version, snapshot, date, span_end, type FROM view_pins WHERE view_id = ${id}`,
    );
    const view = getView(copy, editor, t)!;
    insertAuditEntry({ actorId: editor.id, action: 'view.duplicate', entityType: 'view', entityId: copy, after: view, detail: `copy of view ${id}` }, t);
    return written(view);
  });
}

/**
 * The pinned events in a date range (the chart narrows a view to a period): those whose span overlaps
 * [from, to], as the timeline's filter matches them. The rest of the filter was applied at the pin.
 */
function pinnedWhere(viewId: number, range: Pick<TimelineFilter, 'from' | 'to'>): SQL {
  return and(
    eq(viewPins.viewId, viewId),
    range.to ? sql`${viewPins.date} <= ${range.to}` : undefined,
    range.from ? sql`${viewPins.spanEnd} >= ${range.from}` : undefined,
  )!;
}

/** One page of a pinned view's events as they stood at the pin, newest first, after the cursor (keyset on date and id). */
export function listPinnedPage(viewId: number, range: Pick<TimelineFilter, 'from' | 'to'>, page: Page, db: Executor = getDb()): TimelinePage {
  const rows = db
    .select({ eventId: viewPins.eventId, date: viewPins.date, item: viewPins.snapshot })
    .from(viewPins)
    .where(and(pinnedWhere(viewId, range), page.cursor ? sql`(${viewPins.date}, ${viewPins.eventId}) < (${page.cursor.date}, ${page.cursor.id})` : undefined))
    .orderBy(desc(viewPins.date), desc(viewPins.eventId))
    .limit(page.limit + 1)
    .all();
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown[shown.length - 1];
  return { items: shown.map((r) => r.item as TimelineItem), nextCursor: more && last ? encodeCursor({ date: last.date, id: last.eventId }) : null };
}

/** How many events the pin holds in the range: at most PIN_MAX_EVENTS, so always exact. */
export function countPinned(viewId: number, range: Pick<TimelineFilter, 'from' | 'to'>, db: Executor = getDb()): number {
  return db.select({ n: count() }).from(viewPins).where(pinnedWhere(viewId, range)).get()!.n;
}

/** The pinned events per period of their start date and type, oldest first, for the chart. */
export function pinnedBuckets(viewId: number, range: Pick<TimelineFilter, 'from' | 'to'>, granularity: Granularity, db: Executor = getDb()): Bucket[] {
  const bucket = bucketExpression(sql`${viewPins.date}`, granularity);
  return db
    .select({ bucket: sql<string>`${bucket}`, type: viewPins.type, count: count() })
    .from(viewPins)
    .where(pinnedWhere(viewId, range))
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1`, sql`2`)
    .all();
}

/**
 * How many events the filter matches now that the pin does not hold as they are: added since, or
 * edited since (a higher version), up to PIN_MAX_EVENTS + 1. Their ids too, to open them in the timeline.
 */
export function changesSincePin(view: ViewRecord, filter: TimelineFilter, db: Executor = getDb()): { count: number; capped: boolean; eventIds: number[] } {
  const ids = listEventIds(filter, { limit: PIN_MAX_EVENTS + 1, cursor: null }, null, db);
  const pinned = new Map(
    db
      .select({ eventId: viewPins.eventId, version: viewPins.eventVersion })
      .from(viewPins)
      .where(eq(viewPins.viewId, view.id))
      .all()
      .map((p) => [p.eventId, p.version]),
  );
  const current = currentOf(db, ids);
  const eventIds = ids.filter((id) => pinned.get(id) !== current.get(id)?.version);
  return { count: eventIds.length, capped: ids.length > PIN_MAX_EVENTS, eventIds };
}

const linkColumns = {
  id: shareLinks.id,
  viewId: shareLinks.viewId,
  label: shareLinks.label,
  createdAt: shareLinks.createdAt,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
  lastUsedAt: shareLinks.lastUsedAt,
  useCount: shareLinks.useCount,
};

/** A new link to the view, and its token: shown once, stored only as a hash. */
export function insertShareLink(
  {
    viewId,
    label,
    expiresInDays = SHARE_DEFAULT_DAYS,
    editor,
    now = new Date(),
  }: { viewId: number; label: string; expiresInDays?: number; editor: Writer; now?: Date },
  db = getDb(),
): WriteResult<{ link: ShareLinkRecord; token: string }, Exclude<Change, 'conflict'>> {
  return db.transaction((t): WriteResult<{ link: ShareLinkRecord; token: string }, Exclude<Change, 'conflict'>> => {
    const check = changeable(t, viewId, editor);
    if (!check.ok) return check as WriteResult<{ link: ShareLinkRecord; token: string }, Exclude<Change, 'conflict'>>;
    const { token, hash } = newShareToken();
    const expiresAt = iso(new Date(now.getTime() + expiresInDays * 86_400_000));
    const link = t
      .insert(shareLinks)
      .values({ viewId, label, tokenHash: hash, createdBy: editor.id, createdAt: iso(now), expiresAt })
      .returning(linkColumns)
      .get();
    insertAuditEntry(
      { actorId: editor.id, action: 'share-link.create', entityType: 'share-link', entityId: link.id, after: link, detail: `view ${viewId}` },
      t,
    );
    return written({ link, token });
  });
}

/** The view's links, newest first, for its owner (or an admin). */
export function listShareLinks({ viewId, editor }: { viewId: number; editor: Writer }, db: Executor = getDb()): ShareLinkRecord[] | null {
  if (!changeable(db, viewId, editor).ok) return null;
  return db.select(linkColumns).from(shareLinks).where(eq(shareLinks.viewId, viewId)).orderBy(desc(shareLinks.id)).all();
}

export function revokeShareLink(
  { id, editor, now = new Date() }: { id: number; editor: Writer; now?: Date },
  db = getDb(),
): WriteResult<ShareLinkRecord, Exclude<Change, 'conflict'>> {
  return db.transaction((t): WriteResult<ShareLinkRecord, Exclude<Change, 'conflict'>> => {
    const link = t.select(linkColumns).from(shareLinks).where(eq(shareLinks.id, id)).get();
    if (!link) return NOT_FOUND;
    const check = changeable(t, link.viewId, editor);
    if (!check.ok) return check as WriteResult<ShareLinkRecord, Exclude<Change, 'conflict'>>;
    if (link.revokedAt) return written(link);
    const after = t
      .update(shareLinks)
      .set({ revokedAt: iso(now) })
      .where(eq(shareLinks.id, id))
      .returning(linkColumns)
      .get();
    insertAuditEntry({ actorId: editor.id, action: 'share-link.revoke', entityType: 'share-link', entityId: id, before: link, after }, t);
    return written(after);
  });
}

/**
 * The view a share token opens, or null for an unknown, malformed, revoked or expired token or a deleted
 * view: one answer for all, in the same work (tokenMatches). A use is counted.
 */
export function findSharedView(token: string, { now = new Date() }: { now?: Date } = {}, db = getDb()): { view: ViewRecord; linkId: number } | null {
  const hash = hashShareToken(token);
  const link = db
    .select({ id: shareLinks.id, viewId: shareLinks.viewId, tokenHash: shareLinks.tokenHash, expiresAt: shareLinks.expiresAt, revokedAt: shareLinks.revokedAt })
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hash))
    .get();
  const matches = tokenMatches(link?.tokenHash ?? null, token);
  if (!link || !matches || link.revokedAt !== null || link.expiresAt <= iso(now)) return null;
  const row = selectViews(db)
    .where(and(eq(views.id, link.viewId), isNull(views.deletedAt)))
    .get();
  if (!row) return null;
  db.update(shareLinks)
    .set({ lastUsedAt: iso(now), useCount: sql`${shareLinks.useCount} + 1` })
    .where(eq(shareLinks.id, link.id))
    .run();
  return { view: toRecord(row), linkId: link.id };
}

/**
 * Whether a share link's view holds the event: for a pinned view, one of its pinned events; for a live
 * one, an event its filter matches now (the timeline's own plan, one row from just after the event).
 */
export function viewHoldsEvent(view: ViewRecord, filter: TimelineFilter, eventId: number, db: Executor = getDb()): boolean {
  if (view.mode === 'pinned') return getPinnedEvent(view.id, eventId, db) !== null;
  const event = db
    .select({ date: events.date })
    .from(events)
    .where(and(eq(events.id, eventId), isNull(events.deletedAt)))
    .get();
  if (!event) return false;
  // The page just after the event (keyset, newest first) starts with it exactly when the filter matches it.
  return listEventIds(filter, { limit: 1, cursor: { date: event.date, id: eventId + 1 } }, null, db)[0] === eventId;
}

export type FeedEvent = TimelineItem & { updatedAt: string };

/** A live view's newest matching events for its feed, as the team sees them, with when each last changed. */
export function listFeedEvents(filter: TimelineFilter, limit = 50, db: Executor = getDb()): FeedEvent[] {
  const { items } = listEvents(filter, { limit, cursor: null }, null, db);
  const current = currentOf(
    db,
    items.map((i) => i.id),
  );
  return items.map((i) => ({ ...i, updatedAt: current.get(i.id)!.updatedAt }));
}

/** One event of a pinned view as the pin kept it, or null when the pin does not hold it. */
export function getPinnedEvent(viewId: number, eventId: number, db: Executor = getDb()): TimelineItem | null {
  const row = db
    .select({ item: viewPins.snapshot })
    .from(viewPins)
    .where(and(eq(viewPins.viewId, viewId), eq(viewPins.eventId, eventId)))
    .get();
  return row ? (row.item as TimelineItem) : null;
}

/** Records that the user opened the view now: what "since you last opened it" on /views counts from. */
export function recordViewVisit(viewId: number, user: { id: number }, { now = new Date() }: { now?: Date } = {}, db: Executor = getDb()) {
  db.insert(viewVisits)
    .values({ viewId, userId: user.id, openedAt: iso(now) })
    .onConflictDoUpdate({ target: [viewVisits.viewId, viewVisits.userId], set: { openedAt: iso(now) } })
    .run();
}

/** Of the events changed since a visit, how many newest ones are checked against a view's filter. */
export const CHANGE_SCAN = 500;
/** A search in this many events or more (by its whole words) is too common to check per changed event. */
export const CHANGE_TEXT_CAP = 2_000;
/** A search of more distinct words than this is not counted: each word is probed on its own. */
const MAX_PROBED_WORDS = 16;

export type ChangesSinceVisit =
  /** A pinned view shows the pin whatever changed since; /views says so instead of counting. */
  | { pinned: true }
  | { openedAt: null }
  | { openedAt: string; uncounted: true }
  | {
      openedAt: string;
      count: number;
      /** More events changed than CHANGE_SCAN: the count is of the newest ones. */
      capped: boolean;
      /** The search's prefixes were counted as whole words: the count can be low. */
      wholeWords: boolean;
    };

/**
 * For each view, how many events its filter matches that were added or changed since the reader last
 * opened it. From the other side of the timeline: the events changed since then, newest first by their
 * own index and at most CHANGE_SCAN + 1 of them, each checked against the filter by id. A search is
 * checked per event by its whole words, since a prefix would merge its words' doclists again for every
 * event (100 ms or more each at a million events); and a search with a word in CHANGE_TEXT_CAP events or
 * more is not counted at all, as each check would then seek in that word's long doclist. Each word is
 * probed alone, up to the cap, so the probe is bounded too (probing two common words together would walk
 * both doclists to find the few events holding both). So a view's count costs at most its words' probes
 * and CHANGE_SCAN + 1 cheap lookups, whatever its filter.
 */
export function changesSinceVisits(
  list: ViewRecord[],
  reader: { id: number },
  { textCap = CHANGE_TEXT_CAP }: { textCap?: number } = {},
  db: Executor = getDb(),
): Map<number, ChangesSinceVisit> {
  const out = new Map<number, ChangesSinceVisit>();
  if (!list.length) return out;
  const visits = new Map(
    db
      .select({ viewId: viewVisits.viewId, openedAt: viewVisits.openedAt })
      .from(viewVisits)
      .where(
        and(
          eq(viewVisits.userId, reader.id),
          inArray(
            viewVisits.viewId,
            list.map((v) => v.id),
          ),
        ),
      )
      .all()
      .map((v) => [v.viewId, v.openedAt]),
  );
  for (const view of list) {
    const openedAt = visits.get(view.id);
    if (view.mode === 'pinned') out.set(view.id, { pinned: true });
    else out.set(view.id, openedAt ? changesSince(db, view, openedAt, reader, textCap) : { openedAt: null });
  }
  return out;
}

function changesSince(db: Executor, view: ViewRecord, openedAt: string, reader: { id: number }, textCap: number): ChangesSinceVisit {
  const { filter } = parseViewFilter(view.filters);
  const initiativeIds = resolveInitiativeIds(db, filter.initiatives);
  const none = { openedAt, count: 0, capped: false, wholeWords: false };
  if (filter.initiatives.length && !initiativeIds.length) return none;
  const text = filter.q ? toReaderSearchExpression(filter.q, reader.id, { whole: true }) : null;
  if (filter.q) {
    const words = searchWords(filter.q);
    if (words.length > MAX_PROBED_WORDS) return { openedAt, uncounted: true };
    const probe = (word: string) =>
      firstRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ${`"${word}"`} LIMIT ${textCap})`)!.n;
    if (words.some((w) => probe(w) >= textCap)) return { openedAt, uncounted: true };
  }
  // The newest changes, read from events_updated_idx alone: it holds every column a condition reads on the event.
  const conditions = sql.join(eventConditions(filter, initiativeIds, reader, { textPerRow: true, text, listed: true }), sql` AND `);
  const row = firstRow<{ scanned: number; n: number }>(
    db,
    // One row past CHANGE_SCAN says there were more; the count is of the newest CHANGE_SCAN.
    sql`SELECT count(*) AS scanned, coalesce(sum(CASE WHEN n <= ${CHANGE_SCAN} THEN m END), 0) AS n FROM (
      SELECT (CASE WHEN ${conditions} THEN 1 ELSE 0 END) AS m, row_number() OVER (ORDER BY e.updated_at DESC) AS n FROM events e
      WHERE e.deleted_at IS NULL AND e.updated_at > ${openedAt} ORDER BY e.updated_at DESC LIMIT ${CHANGE_SCAN + 1})`,
  )!;
  return { openedAt, count: row.n, capped: row.scanned > CHANGE_SCAN, wholeWords: !!filter.q && hasPrefix(filter.q) };
}
