// Session tokens: what the cookie carries (random, 256 bits) and what the database keeps (its SHA-256).
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { findActiveSession, insertSession, touchSession, type ActiveSession } from '@/db/queries/sessions';
import { isDatabaseBusy } from '@/lib/database-busy';

/** A session lasts this long from sign-in, however active: an absolute limit, as the JWT's. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** "Last active" on /account is this coarse, so that reading a page does not write on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session for a user who has just proved their password; returns the token for the cookie. */
export function startSession({ userId, ip, userAgent, now = new Date() }: { userId: number; ip: string; userAgent: string; now?: Date }): string {
  const token = randomBytes(32).toString('base64url');
  insertSession({ userId, tokenHash: hashSessionToken(token), ip, userAgent, now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) });
  return token;
}

/** The live session a cookie's token opens, or undefined for one that ended, expired or never was. */
export function resolveSession(token: string, now: Date = new Date()): ActiveSession | undefined {
  // A token is 43 characters; anything far longer is not one, and is not hashed.
  if (token.length > 128) return undefined;
  const session = findActiveSession(hashSessionToken(token), now);
  if (session && now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    try {
      touchSession(session.sessionId, now);
    } catch (error) {
      // An import holding the write lock must not turn a read into an error; the time is refreshed next time.
      if (!isDatabaseBusy(error)) throw error;
    }
  }
  return session;
}
