'use server';
import { redirect } from 'next/navigation';
import { setUserPassword } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { DATABASE_BUSY } from '@/lib/database-busy';
import { authenticate } from '@/lib/auth/authenticate';
import { signIn } from '@/lib/auth/next-auth';
import { tooManyAttempts } from '@/lib/auth/lockout';
import { hashPassword } from '@/lib/auth/password';
import { requestIp } from '@/lib/auth/request-ip';
import { changePasswordInput } from '@/lib/users/schema';

export const changeOwnPassword = guardedAction({ permission: 'read', input: changePasswordInput }, async (input, user): Promise<ActionResult> => {
  // The current password is checked like a sign-in, under the same lockout, so a stolen session cookie
  // cannot be used to guess it.
  const check = await authenticate({ email: user.email, password: input.currentPassword, ip: await requestIp() });
  if (!check.ok && check.reason === 'busy') return { ok: false, message: DATABASE_BUSY };
  if (!check.ok && check.reason !== 'invalid') return { ok: false, message: tooManyAttempts(check.retryAt) };
  if (!check.ok) return { ok: false, fieldErrors: { currentPassword: ['That is not your current password'] } };
  setUserPassword({ id: user.id, passwordHash: await hashPassword(input.newPassword), actorId: user.id, reason: 'change' });
  let signedIn = true;
  try {
    // The change ends every session of this user; this one gets a fresh cookie so the user stays signed in here.
    await signIn('credentials', { email: user.email, password: input.newPassword, redirect: false });
  } catch {
    signedIn = false;
  }
  // A fresh request, so that the whole page is drawn with the new session cookie.
  redirect(signedIn ? '/account?changed=1' : '/login');
});
