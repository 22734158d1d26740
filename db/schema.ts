// Every table of Watchfloor, and the row types inferred from them.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ANNOTATION_KINDS, ANNOTATION_TARGETS, LIKELIHOODS, VISIBILITIES } from '@/lib/annotations/vocabulary';
import { CONFIDENCE_LEVELS, MEMBERSHIP_ROLES, POSITIONS } from '@/lib/stances/scale';
import { VIEW_MODES } from '@/lib/views/vocabulary';
import { DATE_PRECISIONS, EVENT_TYPES, RELIABILITY_GRADES, ROLES, SESSION_END_REASONS } from '../lib/vocabulary';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const inList = (column: string, values: readonly (string | number)[]) =>
  sql.raw(`${column} IN (${values.map((v) => (typeof v === 'number' ? v : `'${v}'`)).join(', ')})`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabledAt: text('disabled_at'),
    lastSignInAt: text('last_sign_in_at'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), check('users_role_check', inList('role', ROLES))],
);

// One row per sign-in. The session cookie carries a random token; only its SHA-256 is stored, so the table
// cannot be replayed from a backup. A session works while it has no ended_at and has not expired: signing
// out, "Sign out everywhere", disabling the user, a role change or a password reset set ended_at.
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    // Refreshed at most every few minutes (see lib/auth/sessions.ts), not on every request.
    lastSeenAt: text('last_seen_at').notNull(),
    ip: text('ip').notNull(),
    userAgent: text('user_agent').notNull().default(''),
    endedAt: text('ended_at'),
    endedReason: text('ended_reason', { enum: SESSION_END_REASONS }),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId, t.endedAt, t.expiresAt),
    check('sessions_ended_reason_check', sql`ended_reason IS NULL OR ${inList('ended_reason', SESSION_END_REASONS)}`),
  ],
);

// Every sign-in attempt, kept so that lockouts survive a restart and can be audited.
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

// One row per refused sign-in key (reason, email, address): the first refusal of each window is written
// to the audit log, the rest only counted here, so a flood of refused attempts cannot grow the log.
export const signInRefusals = sqliteTable('sign_in_refusals', {
  key: text('key').primaryKey(),
  windowStart: text('window_start').notNull(),
  count: integer('count').notNull(),
});

export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(), // ISO 3166-1 alpha-3
  name: text('name').notNull(),
  region: text('region').notNull(),
  subregion: text('subregion'),
});

export const initiatives = sqliteTable('initiatives', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
});

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    // ISO date of the first day the event covers; for month or year precision, the first day of that period.
    date: text('date').notNull(),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull(),
    endDate: text('end_date'),
    // Last day the event covers (end date, or the end of its period at its precision), kept on write so a
    // date-range filter is two indexed comparisons.
    spanEnd: text('span_end').notNull(),
    location: text('location'),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    deletedAt: text('deleted_at'),
    // Days the event spans. Its indexed maximum bounds how far before a range's start an overlapping
    // event can begin, so a date-range filter walks only [from - maxSpan, to] of the date index.
    spanDays: integer('span_days').generatedAlwaysAs(sql`cast(julianday(span_end) - julianday(date) as integer)`, { mode: 'virtual' }),
  },
  (t) => [
    // Partial and covering: timeline lists, counts and range filters read only the index, never deleted rows.
    index('events_listed_date_idx')
      .on(t.date, t.id, t.spanEnd, t.type)
      .where(sql`deleted_at IS NULL`),
    index('events_listed_type_date_idx')
      .on(t.type, t.date, t.id, t.spanEnd)
      .where(sql`deleted_at IS NULL`),
    index('events_deleted_idx')
      .on(t.deletedAt, t.id)
      .where(sql`deleted_at IS NOT NULL`),
    index('events_span_days_idx').on(t.spanDays),
    // What changed since a moment, newest first: the changes since a user last opened a view. Covering the
    // columns a filter checks on the event itself, so that the check reads no event row.
    index('events_updated_idx')
      .on(t.updatedAt, t.id, t.date, t.spanEnd, t.type)
      .where(sql`deleted_at IS NULL`),
    check('events_type_check', inList('type', EVENT_TYPES)),
    check('events_precision_check', inList('date_precision', DATE_PRECISIONS)),
    check('events_span_check', sql`${t.spanEnd} >= ${t.date}`),
  ],
);

// Copied from the event (by the triggers of migration 0008, from the <table>_derived views) so that a
// filter on a join table walks one index newest first, without reading events. `listed` is 1 while the event is not
// deleted (for countries: and the row is the first of the country's roles, so each event is listed once
// per country); only listed rows are in the timeline indexes.
const eventCopy = () => ({
  date: text('date').notNull(),
  spanEnd: text('span_end').notNull(),
  type: text('type', { enum: EVENT_TYPES }).notNull(),
  listed: integer('listed', { mode: 'boolean' }).notNull().default(true),
});

export const eventCountries = sqliteTable(
  'event_countries',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    role: text('role').notNull(),
    ...eventCopy(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.countryCode, t.role] }),
    index('event_countries_listed_idx')
      .on(t.countryCode, t.date, t.eventId, t.spanEnd, t.type)
      .where(sql`listed = 1`),
  ],
);

export const eventInitiatives = sqliteTable(
  'event_initiatives',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    ...eventCopy(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.initiativeId] }),
    index('event_initiatives_listed_idx')
      .on(t.initiativeId, t.date, t.eventId, t.spanEnd, t.type)
      .where(sql`listed = 1`),
  ],
);

export const eventTags = sqliteTable(
  'event_tags',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    ...eventCopy(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.tag] }),
    index('event_tags_listed_idx')
      .on(t.tag, t.date, t.eventId, t.spanEnd, t.type)
      .where(sql`listed = 1`),
  ],
);

export const people = sqliteTable('people', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
});

export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    // The office the person held in this event, e.g. "US Secretary of Defense".
    capacity: text('capacity'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('event_people_person_idx').on(t.personId, t.eventId)],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    publisher: text('publisher').notNull(),
    title: text('title').notNull(),
    publishedDate: text('published_date'),
    reliability: text('reliability', { enum: RELIABILITY_GRADES }).notNull(),
    credibility: integer('credibility').notNull(),
    quote: text('quote'),
  },
  (t) => [
    index('sources_event_idx').on(t.eventId),
    check('sources_reliability_check', inList('reliability', RELIABILITY_GRADES)),
    check('sources_credibility_check', sql`${t.credibility} BETWEEN 1 AND 6`),
  ],
);

// Events not deleted, per start month and type, kept by triggers: the unfiltered chart and count read
// a few hundred rows instead of every event.
export const eventMonthCounts = sqliteTable(
  'event_month_counts',
  {
    month: text('month').notNull(), // YYYY-MM of the event's start date
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.type] })],
);

// The same per start month and type, for one country, initiative or tag: the chart and count of a single
// facet value read a few hundred rows instead of grouping its (possibly hundreds of thousands of) events.
// Kept by triggers on the filter tables (migration 0006), so they count exactly the listed rows.
export const eventCountryMonthCounts = sqliteTable(
  'event_country_month_counts',
  {
    countryCode: text('country_code').notNull(),
    month: text('month').notNull(),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.month, t.type] })],
);

export const eventInitiativeMonthCounts = sqliteTable(
  'event_initiative_month_counts',
  {
    initiativeId: integer('initiative_id').notNull(),
    month: text('month').notNull(),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.month, t.type] })],
);

export const eventTagMonthCounts = sqliteTable(
  'event_tag_month_counts',
  {
    tag: text('tag').notNull(),
    month: text('month').notNull(),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tag, t.month, t.type] })],
);

// The stance ledger: append-only, one row per recorded position of a country on an initiative.
export const stances = sqliteTable(
  'stances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    position: text('position', { enum: POSITIONS }).notNull(),
    asOf: text('as_of').notNull(),
    asOfPrecision: text('as_of_precision', { enum: DATE_PRECISIONS }).notNull(),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }).notNull(),
    rationale: text('rationale').notNull(),
    // Why the position changed from the previous entry; null only on a country's first entry.
    changeNote: text('change_note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at').notNull().default(now),
    // Corrections rewrite an entry in place (audited); the version guards against lost updates.
    version: integer('version').notNull().default(1),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('stances_subject_idx')
      .on(t.countryCode, t.initiativeId, t.asOf, t.recordedAt, t.id)
      .where(sql`deleted_at IS NULL`),
    index('stances_initiative_idx')
      .on(t.initiativeId, t.countryCode)
      .where(sql`deleted_at IS NULL`),
    check('stances_position_check', inList('position', POSITIONS)),
    check('stances_confidence_check', inList('confidence', CONFIDENCE_LEVELS)),
    check('stances_precision_check', inList('as_of_precision', DATE_PRECISIONS)),
  ],
);

export const stanceEvidence = sqliteTable(
  'stance_evidence',
  {
    stanceId: integer('stance_id')
      .notNull()
      .references(() => stances.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
  },
  (t) => [primaryKey({ columns: [t.stanceId, t.eventId] }), index('stance_evidence_event_idx').on(t.eventId)],
);

// A country's role in an initiative over a period.
export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull(),
    joined: text('joined').notNull(),
    joinedPrecision: text('joined_precision', { enum: DATE_PRECISIONS }).notNull(),
    left: text('left'),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }).notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at').notNull().default(now),
    version: integer('version').notNull().default(1),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('memberships_initiative_idx')
      .on(t.initiativeId, t.countryCode)
      .where(sql`deleted_at IS NULL`),
    index('memberships_country_idx')
      .on(t.countryCode, t.initiativeId)
      .where(sql`deleted_at IS NULL`),
    check('memberships_role_check', inList('role', MEMBERSHIP_ROLES)),
    check('memberships_confidence_check', inList('confidence', CONFIDENCE_LEVELS)),
  ],
);

export const membershipEvidence = sqliteTable(
  'membership_evidence',
  {
    membershipId: integer('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.eventId] }), index('membership_evidence_event_idx').on(t.eventId)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    detail: text('detail'),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId, t.id), index('audit_actor_idx').on(t.actorId, t.id)],
);

// Analysts' annotations: notes and graded judgments on an event, one of its sources, or a stance.
// Replies are one level deep and share their thread's target and visibility.
export const annotations = sqliteTable(
  'annotations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    target: text('target', { enum: ANNOTATION_TARGETS }).notNull(),
    // Set for event and source annotations (a source's own event), so an event's threads and counts
    // are one index range; null for a stance's.
    eventId: integer('event_id').references(() => events.id),
    sourceId: integer('source_id').references(() => sources.id),
    stanceId: integer('stance_id').references(() => stances.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => annotations.id),
    quote: text('quote'),
    kind: text('kind', { enum: ANNOTATION_KINDS }).notNull(),
    likelihood: text('likelihood', { enum: LIKELIHOODS }),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }),
    body: text('body').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    // A private annotation's words as its author's own search tokens (privateDocument in
    // lib/timeline/search-query.ts), for the events_fts `private` column; null on team annotations.
    searchTokens: text('search_tokens'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    resolvedAt: text('resolved_at'),
    resolvedBy: integer('resolved_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('annotations_event_idx')
      .on(t.eventId, t.visibility, t.authorId)
      .where(sql`deleted_at IS NULL`),
    index('annotations_stance_idx')
      .on(t.stanceId)
      .where(sql`deleted_at IS NULL AND stance_id IS NOT NULL`),
    index('annotations_parent_idx')
      .on(t.parentId)
      .where(sql`parent_id IS NOT NULL`),
    index('annotations_feed_idx')
      .on(t.visibility, t.id)
      .where(sql`deleted_at IS NULL`),
    index('annotations_author_idx')
      .on(t.authorId, t.id)
      .where(sql`deleted_at IS NULL`),
    check('annotations_target_check', inList('target', ANNOTATION_TARGETS)),
    check('annotations_kind_check', inList('kind', ANNOTATION_KINDS)),
    check('annotations_visibility_check', inList('visibility', VISIBILITIES)),
    check(
      'annotations_target_refs_check',
      sql`(target = 'event' AND event_id IS NOT NULL AND source_id IS NULL AND stance_id IS NULL) OR (target = 'source' AND event_id IS NOT NULL AND source_id IS NOT NULL AND stance_id IS NULL) OR (target = 'stance' AND event_id IS NULL AND source_id IS NULL AND stance_id IS NOT NULL)`,
    ),
    check(
      'annotations_judgment_check',
      sql`(kind = 'judgment') = (likelihood IS NOT NULL AND confidence IS NOT NULL) AND (kind = 'judgment' OR (likelihood IS NULL AND confidence IS NULL))`,
    ),
  ],
);

export const annotationTags = sqliteTable(
  'annotation_tags',
  {
    annotationId: integer('annotation_id')
      .notNull()
      .references(() => annotations.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.annotationId, t.tag] }), index('annotation_tags_tag_idx').on(t.tag, t.annotationId)],
);

// What an annotation said before each edit: one row per replaced version.
export const annotationVersions = sqliteTable(
  'annotation_versions',
  {
    annotationId: integer('annotation_id')
      .notNull()
      .references(() => annotations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind', { enum: ANNOTATION_KINDS }).notNull(),
    likelihood: text('likelihood', { enum: LIKELIHOODS }),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }),
    body: text('body').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    // Who wrote this version, and when it was written (not when it was replaced).
    editedBy: integer('edited_by').references(() => users.id),
    editedAt: text('edited_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.annotationId, t.version] })],
);

// Saved timeline views: a briefing of a filter, a note and a mode (docs/shared-views.md).
export const views = sqliteTable(
  'views',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    briefing: text('briefing').notNull().default(''),
    // The filter's canonical query string (filterToSearchParams), parsed again whenever the view opens.
    filters: text('filters').notNull().default(''),
    mode: text('mode', { enum: VIEW_MODES }).notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    pinnedAt: text('pinned_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('views_owner_idx')
      .on(t.ownerId, t.id)
      .where(sql`deleted_at IS NULL`),
    index('views_team_idx')
      .on(t.visibility, t.id)
      .where(sql`deleted_at IS NULL`),
    check('views_mode_check', inList('mode', VIEW_MODES)),
    check('views_visibility_check', inList('visibility', VISIBILITIES)),
    check('views_pinned_check', sql`(mode = 'pinned') = (pinned_at IS NOT NULL)`),
  ],
);

// A pinned view's events as they stood at the pin: id, version, and what the pages show of each.
export const viewPins = sqliteTable(
  'view_pins',
  {
    viewId: integer('view_id')
      .notNull()
      .references(() => views.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    eventVersion: integer('event_version').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    // The snapshot's date, span and type as columns, so the pinned timeline pages, counts and charts in SQL.
    date: text('date').notNull().default(''),
    spanEnd: text('span_end').notNull().default(''),
    type: text('type', { enum: EVENT_TYPES }).notNull().default('other'),
  },
  (t) => [primaryKey({ columns: [t.viewId, t.eventId] }), index('view_pins_date_idx').on(t.viewId, t.date, t.eventId, t.spanEnd, t.type)],
);

// When each user last opened each view, for "N added or changed since you last opened it" on /views.
export const viewVisits = sqliteTable(
  'view_visits',
  {
    viewId: integer('view_id')
      .notNull()
      .references(() => views.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    openedAt: text('opened_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.viewId, t.userId] })],
);

// Read-only links to one view. Only the token's SHA-256 is kept.
export const shareLinks = sqliteTable(
  'share_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    viewId: integer('view_id')
      .notNull()
      .references(() => views.id),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
    lastUsedAt: text('last_used_at'),
    useCount: integer('use_count').notNull().default(0),
  },
  (t) => [uniqueIndex('share_links_token_idx').on(t.tokenHash), index('share_links_view_idx').on(t.viewId, t.id)],
);

export type User = typeof users.$inferSelect;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Country = typeof countries.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Stance = typeof stances.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Annotation = typeof annotations.$inferSelect;
export type View = typeof views.$inferSelect;
export type ShareLink = typeof shareLinks.$inferSelect;
