// Brute-force rules: when an account or a client address is refused without checking the password.

export const ACCOUNT_MAX_FAILURES = 10;
export const IP_MAX_FAILURES = 100;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

/**
 * The time until which an account is locked, or null. `failures` are the account's failed attempts
 * (any order) from at least the last WINDOW_MS + LOCKOUT_MS. Whenever ACCOUNT_MAX_FAILURES failures fall
 * within WINDOW_MS, the account is locked for LOCKOUT_MS from the last of them. Refused attempts during
 * a lockout are not failures (the password is never checked), so waiting always ends it.
 */
export function accountLockedUntil(failures: Date[], now: Date): Date | null {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  let until = 0;
  for (let i = ACCOUNT_MAX_FAILURES - 1; i < times.length; i++) {
    if (times[i]! - times[i - (ACCOUNT_MAX_FAILURES - 1)]! <= WINDOW_MS) until = Math.max(until, times[i]! + LOCKOUT_MS);
  }
  return until > now.getTime() ? new Date(until) : null;
}

/** True when a client address has failed too often to be allowed another try right now. */
export function ipBlocked(recentIpFailures: number): boolean {
  return recentIpFailures >= IP_MAX_FAILURES;
}
