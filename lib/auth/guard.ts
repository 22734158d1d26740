// The one way to learn who is asking. Every page, server action and route handler calls it itself.
import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { findSharedView, type ViewRecord } from '@/db/queries/views';
import { noteRequestUser } from '@/lib/request-log/context';
import type { Role } from '@/lib/vocabulary';
import { auth } from './next-auth';
import { can, type Permission } from './roles';
import { resolveSession } from './sessions';

/** `sessionId` is the server-side session this request came with (the row, never its token). */
export type CurrentUser = { id: number; email: string; name: string; role: Role; sessionId: number };

/**
 * The signed-in user, found on every request through the session row the cookie's token names, so that
 * signing out, disabling a user, a role change or a password reset takes effect at once, whatever the
 * cookie says and however long it has left.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.uid || typeof session.sid !== 'string') return null;
  const active = resolveSession(session.sid);
  if (!active || active.user.id !== session.uid) return null;
  noteRequestUser(active.user.id);
  return { ...active.user, sessionId: active.sessionId };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

/** For pages: a user with the permission; anonymous users sign in, others get 403. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

export type Authorization = { ok: true; user: CurrentUser } | { ok: false; status: 401 | 403; message: string };

/** For actions and route handlers, which answer instead of redirecting. */
export async function authorize(permission: Permission): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, message: 'Your session has ended. Sign in again.' };
  if (!can(user.role, permission)) {
    return { ok: false, status: 403, message: `Your role (${user.role}) does not allow this. Ask an admin if you need it.` };
  }
  return { ok: true, user };
}

/**
 * The guard's second entry, for what a share link opens without sign-in (the pages and the feed under
 * /shared/<token>, listed by name in tests/integration/guards.test.ts): the view, read only, or null for
 * an unknown, malformed, revoked or expired token or a deleted view, all alike. Counted once per request.
 */
export const authorizeShareToken = cache(async (token: string): Promise<{ view: ViewRecord; linkId: number } | null> => findSharedView(token.slice(0, 200)));

/** For the pages under /shared/<token>: the shared view, or the same 404 for every token that opens nothing. */
export async function requireShareToken(token: string): Promise<{ view: ViewRecord; linkId: number }> {
  const shared = await authorizeShareToken(token);
  if (!shared) notFound();
  return shared;
}
