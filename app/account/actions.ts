'use server';
import { getPasswordHash, setUserPassword } from '@/db/queries/users';
import { guardedAction } from '@/lib/auth/action';
import { signIn } from '@/lib/auth/next-auth';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { changePasswordInput } from '@/lib/schemas/user';

export const changeOwnPassword = guardedAction('read', changePasswordInput, async (input, user) => {
  if (!(await verifyPassword(getPasswordHash(user.id), input.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ['That is not your current password'] } };
  }
  setUserPassword({ id: user.id, passwordHash: await hashPassword(input.newPassword), actorId: user.id, reason: 'change' });
  // The change ends every session of this user; this one gets a fresh cookie so the user stays signed in here.
  await signIn('credentials', { email: user.email, password: input.newPassword, redirect: false });
  return { ok: true, message: 'Password changed. Other sessions of yours have been signed out.' };
});
