// Users and sign-in attempts. Every change to a user is audited in the same transaction.
import 'server-only';
import { and, asc, count, eq, gte, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { loginAttempts, users, type User } from '@/db/schema';
import type { Role } from '@/lib/vocabulary';
import { insertAuditEntry } from './audit';

/** A user as the rest of the app may see it: never the password hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists`);
  }
}
export class LastAdminError extends Error {
  constructor() {
    super('Watchfloor needs at least one active admin; make another user an admin first');
  }
}

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
  sessionVersion: users.sessionVersion,
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

export function getPasswordHash(id: number): string | undefined {
  return getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.h;
}

export function listUsers(): PublicUser[] {
  return getDb().select(publicColumns).from(users).orderBy(asc(sql`lower(${users.email})`)).all();
}

export function insertUser(input: { email: string; name: string; role: Role; passwordHash: string; actorId: number | null }): number {
  const email = input.email.trim().toLowerCase();
  return getDb().transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(byEmail(email)).get()) throw new DuplicateEmailError(email);
    const row = tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .get();
    insertAuditEntry({ actorId: input.actorId, action: 'user.create', entityType: 'user', entityId: row.id, after: { email, name: input.name, role: input.role } }, tx);
    return row.id;
  });
}

function otherActiveAdmins(tx: Tx, id: number): number {
  return tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, id)))
    .get()!.n;
}

/** Changes a role; returns false when no such user. Refuses to demote the last active admin. */
export function updateUserRole({ id, role, actorId }: { id: number; role: Role; actorId: number }): boolean {
  return getDb().transaction((tx) => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) return false;
    if (before.role === role) return true;
    if (before.role === 'admin' && !before.disabledAt && otherActiveAdmins(tx, id) === 0) throw new LastAdminError();
    tx.update(users).set({ role, updatedAt: nowIso() }).where(eq(users.id, id)).run();
    insertAuditEntry({ actorId, action: 'user.role', entityType: 'user', entityId: id, before: { role: before.role }, after: { role } }, tx);
    return true;
  });
}

/** Disables or re-enables a user; returns false when no such user. Refuses to disable the last active admin. */
export function setUserDisabled({ id, disabled, actorId }: { id: number; disabled: boolean; actorId: number | null }): boolean {
  return getDb().transaction((tx) => {
    const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
    if (!before) return false;
    if (disabled && before.role === 'admin' && !before.disabledAt && otherActiveAdmins(tx, id) === 0) throw new LastAdminError();
    const disabledAt = disabled ? (before.disabledAt ?? nowIso()) : null;
    tx.update(users).set({ disabledAt, updatedAt: nowIso() }).where(eq(users.id, id)).run();
    insertAuditEntry(
      { actorId, action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: id, before: { disabledAt: before.disabledAt }, after: { disabledAt } },
      tx,
    );
    return true;
  });
}

/** Sets a new password hash and ends every existing session of that user. */
export function setUserPassword({ id, passwordHash, actorId, reason }: { id: number; passwordHash: string; actorId: number | null; reason: 'change' | 'reset' }): boolean {
  return getDb().transaction((tx) => {
    const result = tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: nowIso() })
      .where(eq(users.id, id))
      .run();
    if (result.changes === 0) return false;
    insertAuditEntry({ actorId, action: `user.password-${reason}`, entityType: 'user', entityId: id }, tx);
    return true;
  });
}

/**
 * Records an attempt as a failure before its password is checked, so that concurrent attempts count
 * against the limits at once; finishLoginAttempt turns it into a success when the password was right.
 */
export function startLoginAttempt({ email, ip }: { email: string; ip: string }): number {
  return getDb()
    .insert(loginAttempts)
    .values({ at: nowIso(), email: email.trim().toLowerCase(), ip, success: false })
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
      { actorId: success ? (userId ?? null) : null, action: success ? 'auth.sign-in' : 'auth.failure', entityType: 'user', entityId: userId ?? null, detail: `${normalized} from ${ip}` },
      tx,
    );
  });
}

export function listFailureTimes({ email, since }: { email: string; since: Date }): Date[] {
  return getDb()
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email.trim().toLowerCase()), gte(loginAttempts.at, since.toISOString()), eq(loginAttempts.success, false)))
    .all()
    .map((r) => new Date(r.at));
}

export function countIpFailures({ ip, since }: { ip: string; since: Date }): number {
  return getDb()
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), gte(loginAttempts.at, since.toISOString()), eq(loginAttempts.success, false)))
    .get()!.n;
}
