// Users and sign-in attempts. Every change to a user is audited in the same transaction.
import 'server-only';
import { and, asc, count, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import { getDb, type Executor, type Tx } from '@/db';
import { loginAttempts, signInRefusals, users, type User } from '@/db/schema';
import type { Role } from '@/lib/vocabulary';
import { invalid, NOT_FOUND, written, type WriteResult } from '@/lib/write-result';
import { insertAuditEntry } from './audit';
import { endUserSessions, purgeSessions } from './sessions';

/** A user as the rest of the app may see it: never the password hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};
const nowIso = () => new Date().toISOString();
const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.trim().toLowerCase());

export function countUsers(): number {
  return getDb().select({ n: count() }).from(users).get()!.n;
}

/** The full row, hash included: only for verifying a password. */
export function findUserForSignIn(email: string): User | undefined {
  return getDb().select().from(users).where(byEmail(email)).get();
}

export function getUserById(id: number): PublicUser | undefined {
  return getDb().select(publicColumns).from(users).where(eq(users.id, id)).get();
}

export function findUserByEmail(email: string): PublicUser | undefined {
  return getDb().select(publicColumns).from(users).where(byEmail(email)).get();
}

export function listUsers(): PublicUser[] {
  return getDb()
    .select(publicColumns)
    .from(users)
    .orderBy(asc(sql`lower(${users.email})`))
    .all();
}

/** Adds a user; the new id, or an issue on `email` when another user has it. */
export function insertUser(input: { email: string; name: string; role: Role; passwordHash: string; actorId: number | null }): WriteResult<number, 'invalid'> {
  const email = input.email.trim().toLowerCase();
  return getDb().transaction((tx): WriteResult<number, 'invalid'> => {
    if (tx.select({ id: users.id }).from(users).where(byEmail(email)).get()) return invalid([{ field: 'email', code: 'email-taken', values: [email] }]);
    const row = tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .get();
    insertAuditEntry(
      { actorId: input.actorId, action: 'user.create', entityType: 'user', entityId: row.id, after: { email, name: input.name, role: input.role } },
      tx,
    );
    return written(row.id);
  });
}

function otherActiveAdmins(tx: Tx, id: number): number {
  return tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, id)))
    .get()!.n;
}

type UserChange = WriteResult<null, 'not-found' | 'last-admin'>;
const LAST_ADMIN: UserChange = { ok: false, code: 'last-admin' };

/** Changes a role. Refuses to demote the last active admin. */
export function updateUserRole({ id, role, actorId }: { id: number; role: Role; actorId: number }): UserChange {
  return getDb().transaction((tx): UserChange => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) return NOT_FOUND;
    if (before.role === role) return written(null);
    if (before.role === 'admin' && !before.disabledAt && otherActiveAdmins(tx, id) === 0) return LAST_ADMIN;
    tx.update(users).set({ role, updatedAt: nowIso() }).where(eq(users.id, id)).run();
    insertAuditEntry({ actorId, action: 'user.role', entityType: 'user', entityId: id, before: { role: before.role }, after: { role } }, tx);
    // The user signs in again under the new role, rather than finding pages change under an open session.
    endUserSessions({ userId: id, reason: 'role-change', actorId }, tx);
    return written(null);
  });
}

/** Disables or re-enables a user. Refuses to disable the last active admin. */
export function setUserDisabled({ id, disabled, actorId }: { id: number; disabled: boolean; actorId: number | null }): UserChange {
  return getDb().transaction((tx): UserChange => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) return NOT_FOUND;
    if (disabled && before.role === 'admin' && !before.disabledAt && otherActiveAdmins(tx, id) === 0) return LAST_ADMIN;
    const disabledAt = disabled ? (before.disabledAt ?? nowIso()) : null;
    tx.update(users).set({ disabledAt, updatedAt: nowIso() }).where(eq(users.id, id)).run();
    insertAuditEntry(
      {
        actorId,
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: id,
        before: { disabledAt: before.disabledAt },
        after: { disabledAt },
      },
      tx,
    );
    if (disabled) endUserSessions({ userId: id, reason: 'disabled', actorId }, tx);
    // Re-enabled by an operator: a fresh start, as after a reset.
    if (!disabled && before.disabledAt) clearSignInFailures({ email: before.email, actorId, reason: 'enable' }, tx);
    return written(null);
  });
}

/**
 * Sets a new password hash and ends every session of that user, but `keepSession`: the session of a user
 * changing their own password stays signed in.
 */
export function setUserPassword({
  id,
  passwordHash,
  actorId,
  reason,
  keepSession,
}: {
  id: number;
  passwordHash: string;
  actorId: number | null;
  reason: 'change' | 'reset';
  keepSession?: number;
}): WriteResult<null, 'not-found'> {
  return getDb().transaction((tx): WriteResult<null, 'not-found'> => {
    const result = tx.update(users).set({ passwordHash, updatedAt: nowIso() }).where(eq(users.id, id)).run();
    if (result.changes === 0) return NOT_FOUND;
    insertAuditEntry({ actorId, action: `user.password-${reason}`, entityType: 'user', entityId: id }, tx);
    endUserSessions({ userId: id, reason: reason === 'change' ? 'password-change' : 'password-reset', actorId, except: keepSession }, tx);
    // A reset gives the account a fresh start: whatever guesses locked it out no longer count.
    if (reason === 'reset') {
      const { email } = tx.select({ email: users.email }).from(users).where(eq(users.id, id)).get()!;
      clearSignInFailures({ email, actorId, reason: 'reset' }, tx);
    }
    return written(null);
  });
}

/**
 * Records an attempt as a failure before its password is checked, so that concurrent attempts count
 * against the limits at once; finishLoginAttempt turns it into a success when the password was right.
 */
export function startLoginAttempt({ email, ip, at = new Date() }: { email: string; ip: string; at?: Date }): number {
  return getDb()
    .insert(loginAttempts)
    .values({ at: at.toISOString(), email: email.trim().toLowerCase(), ip, success: false })
    .returning({ id: loginAttempts.id })
    .get().id;
}

export function finishLoginAttempt({ id, email, ip, success, userId }: { id: number; email: string; ip: string; success: boolean; userId?: number }) {
  const normalized = email.trim().toLowerCase();
  getDb().transaction((tx) => {
    if (success) {
      tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id)).run();
      if (userId) tx.update(users).set({ lastSignInAt: nowIso() }).where(eq(users.id, userId)).run();
    }
    insertAuditEntry(
      {
        actorId: success ? (userId ?? null) : null,
        action: success ? 'auth.sign-in' : 'auth.failure',
        entityType: 'user',
        entityId: userId ?? null,
        detail: `${normalized} from ${ip}`,
      },
      tx,
    );
  });
}

/** The account's failed sign-in attempts since `since`, with the client address of each. */
export function listSignInFailures({ email, since }: { email: string; since: Date }): { at: Date; ip: string }[] {
  return getDb()
    .select({ at: loginAttempts.at, ip: loginAttempts.ip })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email.trim().toLowerCase()), gte(loginAttempts.at, since.toISOString()), eq(loginAttempts.success, false)))
    .all()
    .map((r) => ({ at: new Date(r.at), ip: r.ip }));
}

/** Whether the account has signed in successfully from this address since `since`. */
export function signedInFrom({ email, ip, since }: { email: string; ip: string; since: Date }): boolean {
  const row = getDb()
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email.trim().toLowerCase()),
        eq(loginAttempts.ip, ip),
        gte(loginAttempts.at, since.toISOString()),
        eq(loginAttempts.success, true),
      ),
    )
    .limit(1)
    .get();
  return row !== undefined;
}

/**
 * Forgets the account's failed attempts, which ends any lockout or wait they caused (`npm run user --
 * unlock`, and a password reset). The audit log keeps every one of them.
 */
export function clearSignInFailures(
  { email, actorId, reason }: { email: string; actorId: number | null; reason: 'unlock' | 'reset' | 'enable' },
  tx: Executor = getDb(),
): number {
  const normalized = email.trim().toLowerCase();
  const cleared = tx
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, normalized), eq(loginAttempts.success, false)))
    .run().changes;
  insertAuditEntry({ actorId, action: 'auth.failures-cleared', entityType: 'user', detail: `${normalized}: ${cleared} failed attempts, by ${reason}` }, tx);
  return cleared;
}

export function countIpFailures({ ip, since }: { ip: string; since: Date }): number {
  return getDb()
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), gte(loginAttempts.at, since.toISOString()), eq(loginAttempts.success, false)))
    .get()!.n;
}

/**
 * Counts a refused sign-in under its key (reason, email, address) and writes it to the audit log only
 * when it is the first of its window, in one transaction. Returns how many the window has seen.
 */
export function recordSignInRefusal({
  key,
  action,
  detail,
  now,
  windowMs,
}: {
  key: string;
  action: string;
  detail: string;
  now: Date;
  windowMs: number;
}): number {
  const started = now.toISOString();
  const cutoff = new Date(now.getTime() - windowMs).toISOString();
  return getDb().transaction((tx) => {
    const fresh = sql`${signInRefusals.windowStart} < ${cutoff}`;
    const { count: seen } = tx
      .insert(signInRefusals)
      .values({ key: key.slice(0, 512), windowStart: started, count: 1 })
      .onConflictDoUpdate({
        target: signInRefusals.key,
        set: {
          windowStart: sql`CASE WHEN ${fresh} THEN ${started} ELSE ${signInRefusals.windowStart} END`,
          count: sql`CASE WHEN ${fresh} THEN 1 ELSE ${signInRefusals.count} + 1 END`,
        },
      })
      .returning({ count: signInRefusals.count })
      .get();
    if (seen === 1) insertAuditEntry({ actorId: null, action, entityType: 'user', detail: `${detail} (first refusal in ${windowMs / 60_000} minutes)` }, tx);
    return seen;
  });
}

/**
 * Deletes sign-in attempts, refusal counts and sessions that ended or expired before `before` (the
 * retention, SIGN_IN_RETENTION_DAYS).
 */
export function purgeSignInRecords(before: Date): { attempts: number; refusals: number; sessions: number } {
  const cutoff = before.toISOString();
  return getDb().transaction((tx) => ({
    attempts: tx.delete(loginAttempts).where(lt(loginAttempts.at, cutoff)).run().changes,
    refusals: tx.delete(signInRefusals).where(lt(signInRefusals.windowStart, cutoff)).run().changes,
    sessions: purgeSessions(before, tx),
  }));
}
