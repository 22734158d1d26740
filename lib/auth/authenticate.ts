// Checking an email and password, with the brute-force rules applied and every attempt recorded.
import 'server-only';
import { insertAuditEntry } from '@/db/queries/audit';
import { countIpFailures, findUserForSignIn, finishLoginAttempt, listFailureTimes, startLoginAttempt, type PublicUser } from '@/db/queries/users';
import { accountLockedUntil, ipBlocked, LOCKOUT_MS, WINDOW_MS } from './lockout';
import { verifyPassword } from './password';

export type AuthenticateResult =
  { ok: true; user: PublicUser } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked' | 'rate-limited'; retryAt: Date };

export async function authenticate({
  email,
  password,
  ip,
  now = new Date(),
}: {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const normalized = email.trim().toLowerCase();
  // Locks apply to the email as typed, whether or not an account has it, so a lockout reveals nothing.
  const lockedUntil = accountLockedUntil(listFailureTimes({ email: normalized, since: new Date(now.getTime() - WINDOW_MS - LOCKOUT_MS) }), now);
  if (lockedUntil) {
    insertAuditEntry({ actorId: null, action: 'auth.locked-out', entityType: 'user', detail: `${normalized} from ${ip}` });
    return { ok: false, reason: 'locked', retryAt: lockedUntil };
  }
  if (ipBlocked(countIpFailures({ ip, since: new Date(now.getTime() - WINDOW_MS) }))) {
    insertAuditEntry({ actorId: null, action: 'auth.rate-limited', entityType: 'user', detail: `${normalized} from ${ip}` });
    return { ok: false, reason: 'rate-limited', retryAt: new Date(now.getTime() + WINDOW_MS) };
  }

  // No await between the checks above and this insert: concurrent attempts each see the ones before.
  const attempt = startLoginAttempt({ email: normalized, ip });
  const user = findUserForSignIn(normalized);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt) {
    finishLoginAttempt({ id: attempt, email: normalized, ip, success: false, userId: user?.id });
    return { ok: false, reason: 'invalid' };
  }
  finishLoginAttempt({ id: attempt, email: normalized, ip, success: true, userId: user.id });
  const { passwordHash: _hash, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
