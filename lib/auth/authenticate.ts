// Checking an email and password, with the brute-force rules applied and every attempt recorded.
import 'server-only';
import {
  countIpFailures,
  findUserForSignIn,
  finishLoginAttempt,
  listSignInFailures,
  purgeSignInRecords,
  recordSignInRefusal,
  signedInFrom,
  startLoginAttempt,
  type PublicUser,
} from '@/db/queries/users';
import { isDatabaseBusy } from '@/lib/database-busy';
import { env } from '@/lib/env';
import { accountLockedUntil, ipBlocked, LOCKOUT_MS, pairRetryAt, USUAL_ADDRESS_MS, WINDOW_MS } from './lockout';
import { verifyPassword } from './password';

export type AuthenticateResult =
  | { ok: true; user: PublicUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked' | 'rate-limited'; retryAt: Date }
  /** The database's write lock is held (an import being applied): nothing was checked; try again shortly. */
  | { ok: false; reason: 'busy' };

type Attempt = { email: string; password: string; ip: string; now?: Date };

/** Checks a sign-in; a database locked by an import is an answer (`busy`), not a server error. */
export async function authenticate(attempt: Attempt): Promise<AuthenticateResult> {
  try {
    return await check(attempt);
  } catch (error) {
    if (isDatabaseBusy(error)) return { ok: false, reason: 'busy' };
    throw error;
  }
}

async function check({ email, password, ip, now = new Date() }: Attempt): Promise<AuthenticateResult> {
  const normalized = email.trim().toLowerCase();
  // The checks apply to the email as typed, whether or not an account has it, so a refusal reveals nothing.
  const failures = listSignInFailures({ email: normalized, since: new Date(now.getTime() - WINDOW_MS - LOCKOUT_MS) });
  const recentFromHere = failures.filter((f) => f.ip === ip && f.at.getTime() >= now.getTime() - WINDOW_MS).map((f) => f.at);
  const waitUntil = pairRetryAt(recentFromHere, now);
  const accountLock = accountLockedUntil(
    failures.map((f) => f.at),
    now,
  );
  const lockedUntil = accountLock && !signedInFrom({ email: normalized, ip, since: new Date(now.getTime() - USUAL_ADDRESS_MS) }) ? accountLock : null;
  // Both may hold: the user is told the later of the two.
  if (lockedUntil && (!waitUntil || lockedUntil >= waitUntil)) {
    return refused('locked', lockedUntil, `${normalized} from ${ip}: account locked for addresses it has not signed in from`, now);
  }
  if (waitUntil) return refused('locked', waitUntil, `${normalized} from ${ip}: too many failures from this address`, now);
  if (ipBlocked(countIpFailures({ ip, since: new Date(now.getTime() - WINDOW_MS) }))) {
    return refused('rate-limited', new Date(now.getTime() + WINDOW_MS), `${normalized} from ${ip}`, now);
  }

  // No await between the checks above and this insert: concurrent attempts each see the ones before.
  const attempt = startLoginAttempt({ email: normalized, ip, at: now });
  const user = findUserForSignIn(normalized);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt) {
    finishLoginAttempt({ id: attempt, email: normalized, ip, success: false, userId: user?.id });
    return { ok: false, reason: 'invalid' };
  }
  finishLoginAttempt({ id: attempt, email: normalized, ip, success: true, userId: user.id });
  purgeOldAttempts(now);
  const { passwordHash: _hash, ...publicUser } = user;
  return { ok: true, user: publicUser };
}

function refused(reason: 'locked' | 'rate-limited', retryAt: Date, detail: string, now: Date): AuthenticateResult {
  // The first refusal of each key and window is audited; the rest are counted (a flood stays one row).
  recordSignInRefusal({ key: `${reason}|${detail}`, action: reason === 'locked' ? 'auth.locked-out' : 'auth.rate-limited', detail, now, windowMs: WINDOW_MS });
  return { ok: false, reason, retryAt };
}

let lastPurge = 0;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** At most hourly, on a sign-in: attempts older than the retention are deleted. */
function purgeOldAttempts(now: Date) {
  if (now.getTime() - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now.getTime();
  purgeSignInRecords(new Date(now.getTime() - env().SIGN_IN_RETENTION_DAYS * 24 * 60 * 60 * 1000));
}
