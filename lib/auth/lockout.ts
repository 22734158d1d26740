// Brute-force rules: when an attempt is refused without checking the password. Three keys (README,
// "Security model"):
// - an account from one client address: 5 failures free, then each try waits twice as long as the one
//   before (1 s, 2 s, 4 s … 15 minutes at most) after the last failure;
// - an account from anywhere: 10 failures in 15 minutes lock it for 15 minutes, but only for addresses
//   it has not signed in from lately, so that someone else's guesses cannot lock the owner out of their
//   usual address;
// - a client address: 100 failures in 15 minutes, whatever the accounts.

export const PAIR_FREE_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 10;
/** How long an address stays an account's usual one after a successful sign-in from it. */
export const USUAL_ADDRESS_MS = 90 * 24 * 60 * 60 * 1000;
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

/**
 * The time before which the account may not be tried again from this address, or null. `failures` are
 * the account's failures from this address within the last WINDOW_MS.
 */
export function pairRetryAt(failures: Date[], now: Date): Date | null {
  if (failures.length < PAIR_FREE_FAILURES) return null;
  const last = Math.max(...failures.map((d) => d.getTime()));
  const wait = Math.min(1000 * 2 ** (failures.length - PAIR_FREE_FAILURES), LOCKOUT_MS);
  return last + wait > now.getTime() ? new Date(last + wait) : null;
}

/** True when a client address has failed too often to be allowed another try right now. */
export function ipBlocked(recentIpFailures: number): boolean {
  return recentIpFailures >= IP_MAX_FAILURES;
}

/** What a refused sign-in tells the user: how long to wait, rounded up (`Try again in 4 seconds.`). */
export function tooManyAttempts(retryAt: Date, now: Date = new Date()): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}
