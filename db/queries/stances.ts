// The stance ledger: append-only entries per country and initiative, the current one computed in SQL.
import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { auditLog, countries, eventCountries, events, initiatives, stanceEvidence, stances, users } from '@/db/schema';
import type { StanceInput } from '@/lib/stances/schema';
import { POSITION_VALUES, type Confidence, type Position } from '@/lib/stances/scale';
import type { DatePrecision } from '@/lib/vocabulary';
import { invalid, NOT_FOUND, written, type FieldIssue, type WriteResult } from '@/lib/write-result';
import { parseSubjectParams } from '@/lib/stances/subject';
import { insertAuditEntry } from './audit';
import { listCountries, listInitiatives } from './reference';

export type StanceEntry = {
  id: number;
  country: string;
  countryName: string;
  initiative: string;
  initiativeName: string;
  position: Position;
  positionValue: number;
  asOf: string;
  datePrecision: DatePrecision;
  confidence: Confidence;
  rationale: string;
  changeNote: string | null;
  evidence: number[];
  current: boolean;
  recordedBy: string | null;
  recordedAt: string;
  version: number;
};

// Newest first within a country and initiative: a later as-of date supersedes, then a later recording
// (a change the same day), then the higher id for entries recorded in the same instant.
const LEDGER_ORDER = sql`ORDER BY ${stances.asOf} DESC, ${stances.recordedAt} DESC, ${stances.id} DESC`;

/** Ledger entries, newest first, each marked current when it is the latest for its country and initiative. */
export function listStances(
  { country, initiative, currentOnly = false }: { country?: string; initiative?: string; currentOnly?: boolean } = {},
  db: Executor = getDb(),
): StanceEntry[] {
  const ranked = db
    .select({
      id: stances.id,
      country: stances.countryCode,
      // Aliased: both tables name the column `name`, and the subquery needs distinct column names.
      countryName: sql<string>`${countries.name}`.as('country_name'),
      initiative: initiatives.slug,
      initiativeName: sql<string>`${initiatives.name}`.as('initiative_name'),
      position: stances.position,
      asOf: stances.asOf,
      datePrecision: stances.asOfPrecision,
      confidence: stances.confidence,
      rationale: stances.rationale,
      changeNote: stances.changeNote,
      recordedBy: users.name,
      recordedAt: stances.recordedAt,
      version: stances.version,
      rank: sql<number>`row_number() OVER (PARTITION BY ${stances.countryCode}, ${stances.initiativeId} ${LEDGER_ORDER})`.as('rank'),
    })
    .from(stances)
    .innerJoin(countries, eq(countries.code, stances.countryCode))
    .innerJoin(initiatives, eq(initiatives.id, stances.initiativeId))
    .leftJoin(users, eq(users.id, stances.recordedBy))
    .where(and(isNull(stances.deletedAt), country ? eq(stances.countryCode, country) : undefined, initiative ? eq(initiatives.slug, initiative) : undefined))
    .as('ranked');
  const rows = db
    .select()
    .from(ranked)
    .where(currentOnly ? eq(ranked.rank, 1) : undefined)
    .orderBy(sql`${ranked.asOf} DESC, ${ranked.recordedAt} DESC, ${ranked.id} DESC`)
    .all();
  const evidence = evidenceFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ rank, ...r }) => ({ ...r, positionValue: POSITION_VALUES[r.position], evidence: evidence.get(r.id) ?? [], current: rank === 1 }));
}

function evidenceFor(db: Executor, ids: number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (!ids.length) return map;
  for (const row of db.select().from(stanceEvidence).where(inArray(stanceEvidence.stanceId, ids)).orderBy(asc(stanceEvidence.eventId)).all()) {
    map.set(row.stanceId, [...(map.get(row.stanceId) ?? []), row.eventId]);
  }
  return map;
}

/** Checks country, initiative and evidence against the database; each problem an issue on its field. */
export function checkStanceReferences(
  input: { country?: string; initiative?: string; evidence?: number[] },
  db: Executor = getDb(),
): { issues: FieldIssue[]; initiativeId: number | null } {
  const issues: FieldIssue[] = [];
  if (input.country !== undefined && !db.select({ code: countries.code }).from(countries).where(eq(countries.code, input.country)).get()) {
    issues.push({ field: 'country', code: 'unknown-country', values: [input.country] });
  }
  const initiative =
    input.initiative === undefined ? undefined : db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, input.initiative)).get();
  if (input.initiative !== undefined && !initiative) issues.push({ field: 'initiative', code: 'unknown-initiative', values: [input.initiative] });
  if (input.evidence?.length) {
    const found = new Set(
      db
        .select({ id: events.id })
        .from(events)
        .where(and(inArray(events.id, input.evidence), isNull(events.deletedAt)))
        .all()
        .map((r) => r.id),
    );
    const missing = input.evidence.filter((id) => !found.has(id));
    if (missing.length) issues.push({ field: 'evidence', code: 'unknown-event', values: missing });
  }
  return { issues, initiativeId: initiative?.id ?? null };
}

/**
 * Appends an entry to the ledger. A country's first entry on a subject needs no change note; every
 * later one must say why the position changed. Nothing is written when any check fails.
 */
export function insertStance({ input, actorId }: { input: StanceInput; actorId: number | null }, db = getDb()): WriteResult<number, 'invalid'> {
  return db.transaction((tx): WriteResult<number, 'invalid'> => {
    const { issues, initiativeId } = checkStanceReferences(input, tx);
    if (initiativeId !== null && !input.changeNote) {
      const previous = tx
        .select({ id: stances.id })
        .from(stances)
        .where(and(eq(stances.countryCode, input.country), eq(stances.initiativeId, initiativeId), isNull(stances.deletedAt)))
        .limit(1)
        .get();
      if (previous) issues.push({ field: 'changeNote', code: 'change-note-required' });
    }
    if (issues.length || initiativeId === null) return invalid(issues);
    const row = tx
      .insert(stances)
      .values({
        countryCode: input.country,
        initiativeId,
        position: input.position,
        asOf: input.asOf,
        asOfPrecision: input.asOfPrecision,
        confidence: input.confidence,
        rationale: input.rationale,
        changeNote: input.changeNote,
        recordedBy: actorId,
      })
      .returning({ id: stances.id })
      .get();
    if (input.evidence.length)
      tx.insert(stanceEvidence)
        .values(input.evidence.map((eventId) => ({ stanceId: row.id, eventId })))
        .run();
    insertAuditEntry({ actorId, action: 'stance.create', entityType: 'stance', entityId: row.id, after: input }, tx);
    return written(row.id);
  });
}

export type CorrectionInput = Omit<StanceInput, 'country' | 'initiative'> & { id: number; version: number; reason: string };

type CorrectionResult = WriteResult<StanceEntry, 'not-found' | 'conflict' | 'invalid', StanceEntry>;

/**
 * Rewrites a mistaken entry in place when it is still at the version the user saw; audited with before
 * and after. The entry as it was before, on success and on a conflict alike.
 */
export function correctStance({ input, actorId }: { input: CorrectionInput; actorId: number | null }, db = getDb()): CorrectionResult {
  return db.transaction((tx): CorrectionResult => {
    const before = listStanceById(input.id, tx);
    if (!before) return NOT_FOUND;
    if (before.version !== input.version) return { ok: false, code: 'conflict', current: before, differingFields: [] };
    const { issues } = checkStanceReferences({ country: before.country, initiative: before.initiative, evidence: input.evidence }, tx);
    if (issues.length) return invalid(issues);
    tx.update(stances)
      .set({
        position: input.position,
        asOf: input.asOf,
        asOfPrecision: input.asOfPrecision,
        confidence: input.confidence,
        rationale: input.rationale,
        changeNote: before.changeNote === null ? null : (input.changeNote ?? before.changeNote),
        version: sql`${stances.version} + 1`,
      })
      .where(and(eq(stances.id, input.id), eq(stances.version, input.version)))
      .run();
    tx.delete(stanceEvidence).where(eq(stanceEvidence.stanceId, input.id)).run();
    if (input.evidence.length)
      tx.insert(stanceEvidence)
        .values(input.evidence.map((eventId) => ({ stanceId: input.id, eventId })))
        .run();
    insertAuditEntry({ actorId, action: 'stance.correct', entityType: 'stance', entityId: input.id, before, after: input, detail: input.reason }, tx);
    return written(before);
  });
}

type DeleteResult = WriteResult<StanceEntry, 'not-found' | 'conflict', StanceEntry>;

/**
 * Soft-deletes an entry if it is still at the version the user saw; the previous entry becomes current
 * again. Audited with the entry as it was, which it returns.
 */
export function softDeleteStance({ id, version, actorId }: { id: number; version: number; actorId: number | null }, db = getDb()): DeleteResult {
  return db.transaction((tx): DeleteResult => {
    const before = listStanceById(id, tx);
    if (!before) return NOT_FOUND;
    if (before.version !== version) return { ok: false, code: 'conflict', current: before, differingFields: [] };
    tx.update(stances)
      .set({ deletedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(stances.id, id))
      .run();
    insertAuditEntry({ actorId, action: 'stance.delete', entityType: 'stance', entityId: id, before }, tx);
    return written(before);
  });
}

export function listStanceById(id: number, db: Executor = getDb()): StanceEntry | undefined {
  const row = db
    .select({ country: stances.countryCode, initiative: initiatives.slug })
    .from(stances)
    .innerJoin(initiatives, eq(initiatives.id, stances.initiativeId))
    .where(and(eq(stances.id, id), isNull(stances.deletedAt)))
    .get();
  if (!row) return undefined;
  return listStances(row, db).find((s) => s.id === id);
}

/** True once any stance has been recorded, deleted ones included: the demo stances load only into an empty ledger. */
export function hasStances(db: Executor = getDb()): boolean {
  return db.select({ id: stances.id }).from(stances).limit(1).get() !== undefined;
}

/** Events to offer as evidence: the country's latest events plus any already chosen, newest first. */
export function listEvidenceOptions({ country, include }: { country: string; include: number[] }, db: Executor = getDb()) {
  const ofCountry = db.select({ id: eventCountries.eventId }).from(eventCountries).where(eq(eventCountries.countryCode, country));
  return db
    .select({ id: events.id, title: events.title, date: events.date, datePrecision: events.datePrecision })
    .from(events)
    .where(and(isNull(events.deletedAt), include.length ? or(inArray(events.id, include), inArray(events.id, ofCountry)) : inArray(events.id, ofCountry)))
    .orderBy(desc(events.date), desc(events.id))
    .limit(80)
    .all();
}

/** True when the country already has a live entry on the initiative, so the next one needs a change note. */
export function hasStanceOn({ country, initiative }: { country: string; initiative: string }, db: Executor = getDb()): boolean {
  return listStances({ country, initiative, currentOnly: true }, db).length > 0;
}

export type StanceCorrection = { id: number; stanceId: number; at: string; by: string | null; reason: string | null; before: Partial<StanceEntry> | null };

/** Corrections of the given entries, newest first, with what each entry said before. */
export function listStanceCorrections(stanceIds: number[], db: Executor = getDb()): StanceCorrection[] {
  if (!stanceIds.length) return [];
  return db
    .select({ id: auditLog.id, stanceId: auditLog.entityId, at: auditLog.at, by: users.name, reason: auditLog.detail, before: auditLog.before })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'stance'), eq(auditLog.action, 'stance.correct'), inArray(auditLog.entityId, stanceIds.map(String))))
    .orderBy(desc(auditLog.id))
    .all()
    .map((r) => ({ ...r, stanceId: Number(r.stanceId), before: r.before as Partial<StanceEntry> | null }));
}

/**
 * The "which country, which initiative" step both recording pages share, from the page's URL: the
 * choices, what is chosen (only when it exists) and the evidence to pre-select.
 */
export function resolveStanceSubject(searchParams: Record<string, string | string[] | undefined>, db: Executor = getDb()) {
  const { country, initiative, evidence } = parseSubjectParams(searchParams);
  const countryList = listCountries();
  const initiativeList = listInitiatives();
  const { issues } = checkStanceReferences({ country, initiative }, db);
  const refused = new Set(issues.map((i) => i.field));
  return {
    countries: countryList,
    initiatives: initiativeList,
    requested: { country, initiative },
    issues,
    evidence,
    country: country && !refused.has('country') ? countryList.find((c) => c.code === country) : undefined,
    initiative: initiative && !refused.has('initiative') ? initiativeList.find((i) => i.slug === initiative) : undefined,
  };
}
