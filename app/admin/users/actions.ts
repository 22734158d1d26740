'use server';
// User administration: admins only, every change audited.
import { revalidatePath } from 'next/cache';
import { DuplicateEmailError, insertUser, LastAdminError, setUserDisabled, setUserPassword, updateUserRole } from '@/db/queries/users';
import { guardedAction } from '@/lib/auth/action';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { changeRoleInput, newUserInput, userIdInput } from '@/lib/users/schema';
import type { ActionResult } from '@/lib/action-result';

const NOT_FOUND: ActionResult = { ok: false, message: 'That user no longer exists.' };

function refusal(error: unknown): ActionResult {
  if (error instanceof LastAdminError || error instanceof DuplicateEmailError) return { ok: false, message: error.message };
  throw error;
}

export const addUser = guardedAction('manage-users', newUserInput, async (input, admin) => {
  const password = input.password ?? generatePassword();
  try {
    insertUser({ email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(password), actorId: admin.id });
  } catch (error) {
    if (error instanceof DuplicateEmailError) return { ok: false, fieldErrors: { email: [error.message] }, values: { email: input.email, name: input.name, role: input.role } };
    throw error;
  }
  revalidatePath('/admin/users');
  return {
    ok: true,
    message: input.password ? `Added ${input.email}.` : `Added ${input.email}. Their initial password, shown only now: ${password}`,
  };
});

export const changeRole = guardedAction('manage-users', changeRoleInput, async ({ id, role }, admin) => {
  try {
    if (!updateUserRole({ id, role, actorId: admin.id })) return NOT_FOUND;
  } catch (error) {
    return refusal(error);
  }
  revalidatePath('/admin/users');
  return { ok: true, message: `Role changed to ${role}.` };
});

export const disableUser = guardedAction('manage-users', userIdInput, async ({ id }, admin) => {
  if (id === admin.id) return { ok: false, message: 'You cannot disable your own account.' };
  try {
    if (!setUserDisabled({ id, disabled: true, actorId: admin.id })) return NOT_FOUND;
  } catch (error) {
    return refusal(error);
  }
  revalidatePath('/admin/users');
  return { ok: true, message: 'User disabled. Their sessions end at their next request.' };
});

export const enableUser = guardedAction('manage-users', userIdInput, async ({ id }, admin) => {
  if (!setUserDisabled({ id, disabled: false, actorId: admin.id })) return NOT_FOUND;
  revalidatePath('/admin/users');
  return { ok: true, message: 'User enabled.' };
});

export const resetPassword = guardedAction('manage-users', userIdInput, async ({ id }, admin) => {
  const password = generatePassword();
  if (!setUserPassword({ id, passwordHash: await hashPassword(password), actorId: admin.id, reason: 'reset' })) return NOT_FOUND;
  revalidatePath('/admin/users');
  return { ok: true, message: `Password reset. The new password, shown only now: ${password}` };
});
