// Server-side sessions: one row per sign-in, found by the SHA-256 of the cookie's token. Ending one is
// audited in the same transaction.
import 'server-only';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { sessions, users } from '@/db/schema';
import type { Role, SessionEndReason } from '@/lib/vocabulary';
import { insertAuditEntry } from './audit';

/** At most this many sessions are listed on /account; older active ones still work and still end with "Sign out everywhere". */
export const SESSION_LIST_LIMIT = 100;

const live = (now: string) => and(isNull(sessions.endedAt), gt(sessions.expiresAt, now));

export function insertSession(input: { userId: number; tokenHash: string; ip: string; userAgent: string; now: Date; expiresAt: Date }): number {
  const at = input.now.toISOString();
  return getDb()
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: input.tokenHash,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: input.expiresAt.toISOString(),
      ip: input.ip.slice(0, 64),
      userAgent: input.userAgent.slice(0, 512),
    })
    .returning({ id: sessions.id })
    .get().id;
}

export type ActiveSession = {
  sessionId: number;
  lastSeenAt: string;
  user: { id: number; email: string; name: string; role: Role };
};

/** The live session with this token hash, if its user is enabled: the one check every request's guard makes. */
export function findActiveSession(tokenHash: string, now: Date): ActiveSession | undefined {
  const row = getDb()
    .select({ sessionId: sessions.id, lastSeenAt: sessions.lastSeenAt, id: users.id, email: users.email, name: users.name, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), live(now.toISOString()), isNull(users.disabledAt)))
    .get();
  if (!row) return undefined;
  const { sessionId, lastSeenAt, ...user } = row;
  return { sessionId, lastSeenAt, user };
}

export function touchSession(sessionId: number, now: Date) {
  getDb().update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, sessionId)).run();
}

export type SessionListing = { id: number; createdAt: string; lastSeenAt: string; expiresAt: string; ip: string; userAgent: string };

/** A user's live sessions, most recently used first. */
export function listActiveSessions(userId: number, now: Date = new Date()): SessionListing[] {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), live(now.toISOString())))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.id))
    .limit(SESSION_LIST_LIMIT)
    .all();
}

/**
 * Ends one session of a user; false when it is not theirs or has already ended (one user can never end
 * another's session by guessing an id).
 */
export function endSession({
  sessionId,
  userId,
  reason,
  actorId,
  now = new Date(),
}: {
  sessionId: number;
  userId: number;
  reason: SessionEndReason;
  actorId: number | null;
  now?: Date;
}): boolean {
  return getDb().transaction((tx) => {
    const ended = tx
      .update(sessions)
      .set({ endedAt: now.toISOString(), endedReason: reason })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), live(now.toISOString())))
      .run().changes;
    if (ended === 0) return false;
    insertAuditEntry({ actorId, action: 'session.end', entityType: 'user', entityId: userId, detail: `session ${sessionId}: ${reason}` }, tx);
    return true;
  });
}

/**
 * Ends every live session of a user (but `except`, the session that asked, when it should stay signed in),
 * inside the caller's transaction when it passes one. Returns how many ended.
 */
export function endUserSessions(
  { userId, reason, actorId, except, now = new Date() }: { userId: number; reason: SessionEndReason; actorId: number | null; except?: number; now?: Date },
  tx: Executor = getDb(),
): number {
  const at = now.toISOString();
  const ended = tx
    .update(sessions)
    .set({ endedAt: at, endedReason: reason })
    .where(and(eq(sessions.userId, userId), live(at), except === undefined ? undefined : ne(sessions.id, except)))
    .run().changes;
  if (ended > 0) {
    insertAuditEntry(
      { actorId, action: 'session.end', entityType: 'user', entityId: userId, detail: `${ended} session${ended === 1 ? '' : 's'}: ${reason}` },
      tx,
    );
  }
  return ended;
}

/** Deletes sessions that ended or expired before `before` (the sign-in retention); the audit log keeps their history. */
export function purgeSessions(before: Date, tx: Executor = getDb()): number {
  const cutoff = before.toISOString();
  return tx
    .delete(sessions)
    .where(sql`coalesce(${sessions.endedAt}, ${sessions.expiresAt}) < ${cutoff}`)
    .run().changes;
}
