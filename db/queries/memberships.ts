// Memberships: a country's role in an initiative, from joining to leaving, with evidence.
import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, initiatives, membershipEvidence, memberships, users } from '@/db/schema';
import type { MembershipInput } from '@/lib/stances/schema';
import type { Confidence, MembershipRole } from '@/lib/stances/scale';
import type { DatePrecision } from '@/lib/vocabulary';
import { invalid, written, type WriteResult } from '@/lib/write-result';
import { insertAuditEntry } from './audit';
import { checkStanceReferences } from './stances';

export type MembershipEntry = {
  id: number;
  country: string;
  countryName: string;
  initiative: string;
  initiativeName: string;
  role: MembershipRole;
  joined: string;
  joinedPrecision: DatePrecision;
  left: string | null;
  confidence: Confidence;
  note: string | null;
  evidence: number[];
  recordedBy: string | null;
};

/** Memberships, current ones (not left) first, then by joining date. */
export function listMemberships({ country, initiative }: { country?: string; initiative?: string } = {}, db: Executor = getDb()): MembershipEntry[] {
  const rows = db
    .select({
      id: memberships.id,
      country: memberships.countryCode,
      countryName: countries.name,
      initiative: initiatives.slug,
      initiativeName: initiatives.name,
      role: memberships.role,
      joined: memberships.joined,
      joinedPrecision: memberships.joinedPrecision,
      left: memberships.left,
      confidence: memberships.confidence,
      note: memberships.note,
      recordedBy: users.name,
    })
    .from(memberships)
    .innerJoin(countries, eq(countries.code, memberships.countryCode))
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .leftJoin(users, eq(users.id, memberships.recordedBy))
    .where(
      and(isNull(memberships.deletedAt), country ? eq(memberships.countryCode, country) : undefined, initiative ? eq(initiatives.slug, initiative) : undefined),
    )
    .orderBy(sql`${memberships.left} IS NOT NULL`, asc(memberships.joined), asc(countries.name))
    .all();
  const evidence = new Map<number, number[]>();
  if (rows.length) {
    for (const e of db
      .select()
      .from(membershipEvidence)
      .where(
        inArray(
          membershipEvidence.membershipId,
          rows.map((r) => r.id),
        ),
      )
      .all()) {
      evidence.set(e.membershipId, [...(evidence.get(e.membershipId) ?? []), e.eventId]);
    }
  }
  return rows.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? [] }));
}

export function insertMembership({ input, actorId }: { input: MembershipInput; actorId: number | null }, db = getDb()): WriteResult<number, 'invalid'> {
  return db.transaction((tx): WriteResult<number, 'invalid'> => {
    const { issues, initiativeId } = checkStanceReferences(input, tx);
    if (issues.length || initiativeId === null) return invalid(issues);
    const row = tx
      .insert(memberships)
      .values({
        countryCode: input.country,
        initiativeId,
        role: input.role,
        joined: input.joined,
        joinedPrecision: input.joinedPrecision,
        left: input.left,
        confidence: input.confidence,
        note: input.note,
        recordedBy: actorId,
      })
      .returning({ id: memberships.id })
      .get();
    if (input.evidence.length)
      tx.insert(membershipEvidence)
        .values(input.evidence.map((eventId) => ({ membershipId: row.id, eventId })))
        .run();
    insertAuditEntry({ actorId, action: 'membership.create', entityType: 'membership', entityId: row.id, after: input }, tx);
    return written(row.id);
  });
}
