'use server';
// The signed-in user's own account: their password and their sessions.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endSession, endUserSessions } from '@/db/queries/sessions';
import { setUserPassword } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { DATABASE_BUSY } from '@/lib/database-busy';
import { authenticate } from '@/lib/auth/authenticate';
import { signOut } from '@/lib/auth/next-auth';
import { tooManyAttempts } from '@/lib/auth/lockout';
import { hashPassword } from '@/lib/auth/password';
import { requestIp } from '@/lib/auth/request-ip';
import { changePasswordInput, sessionIdInput } from '@/lib/users/schema';

export const changeOwnPassword = guardedAction({ permission: 'read', input: changePasswordInput }, async (input, user): Promise<ActionResult> => {
  // The current password is checked like a sign-in, under the same lockout, so a stolen session cookie
  // cannot be used to guess it.
  const check = await authenticate({ email: user.email, password: input.currentPassword, ip: await requestIp() });
  if (!check.ok && check.reason === 'busy') return { ok: false, message: DATABASE_BUSY };
  if (!check.ok && check.reason !== 'invalid') return { ok: false, message: tooManyAttempts(check.retryAt) };
  if (!check.ok) return { ok: false, fieldErrors: { currentPassword: ['That is not your current password'] } };
  // Every other session of this user ends; this one stays signed in.
  setUserPassword({ id: user.id, passwordHash: await hashPassword(input.newPassword), actorId: user.id, reason: 'change', keepSession: user.sessionId });
  redirect('/account?changed=1');
});

/** Signs out one of the user's other sessions (another browser or device), listed on /account. */
export const endOwnSession = guardedAction({ permission: 'read', input: sessionIdInput }, async ({ sessionId }, user): Promise<ActionResult> => {
  if (sessionId === user.sessionId) return { ok: false, message: 'That is this session: use Sign out at the top of the page.' };
  const ended = endSession({ sessionId, userId: user.id, reason: 'ended-by-user', actorId: user.id });
  revalidatePath('/account');
  return ended ? { ok: true, message: 'That session is signed out.' } : { ok: false, message: 'That session had already ended.' };
});

/** Ends every session of the user, this one included, and returns to the sign-in page. */
export const signOutEverywhere = guardedAction({ permission: 'read', input: z.object({}) }, async (_input, user): Promise<ActionResult> => {
  endUserSessions({ userId: user.id, reason: 'sign-out-everywhere', actorId: user.id });
  await signOut({ redirect: false });
  redirect('/login?signedOut=everywhere');
});
