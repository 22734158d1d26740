'use server';
// User administration: admins only, every change audited.
import { revalidatePath } from 'next/cache';
import { insertUser, setUserDisabled, setUserPassword, updateUserRole } from '@/db/queries/users';
import { LAST_ADMIN, refusedFields, type ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { changeRoleInput, newUserInput, userIdInput } from '@/lib/users/schema';
import type { WriteResult } from '@/lib/write-result';

/** The words for a refused change to a user; the data layer only names the reason. */
function refusedChange(result: Exclude<WriteResult<null, 'not-found' | 'last-admin'>, { ok: true }>): ActionResult {
  if (result.code === 'not-found') return { ok: false, message: 'That user no longer exists.' };
  return { ok: false, message: LAST_ADMIN };
}

export const addUser = guardedAction({ permission: 'manage-users', input: newUserInput }, async (input, admin): Promise<ActionResult> => {
  const password = input.password ?? generatePassword();
  const result = insertUser({ email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(password), actorId: admin.id });
  if (!result.ok) return refusedFields(result.issues, { email: input.email, name: input.name, role: input.role });
  revalidatePath('/admin/users');
  return {
    ok: true,
    message: input.password ? `Added ${input.email}.` : `Added ${input.email}. Their initial password, shown only now: ${password}`,
  };
});

export const changeRole = guardedAction({ permission: 'manage-users', input: changeRoleInput }, async ({ id, role }, admin): Promise<ActionResult> => {
  const result = updateUserRole({ id, role, actorId: admin.id });
  if (!result.ok) return refusedChange(result);
  revalidatePath('/admin/users');
  return { ok: true, message: `Role changed to ${role}.` };
});

export const disableUser = guardedAction({ permission: 'manage-users', input: userIdInput }, async ({ id }, admin): Promise<ActionResult> => {
  if (id === admin.id) return { ok: false, message: 'You cannot disable your own account.' };
  const result = setUserDisabled({ id, disabled: true, actorId: admin.id });
  if (!result.ok) return refusedChange(result);
  revalidatePath('/admin/users');
  return { ok: true, message: 'User disabled. Their sessions end at their next request.' };
});

export const enableUser = guardedAction({ permission: 'manage-users', input: userIdInput }, async ({ id }, admin): Promise<ActionResult> => {
  const result = setUserDisabled({ id, disabled: false, actorId: admin.id });
  if (!result.ok) return refusedChange(result);
  revalidatePath('/admin/users');
  return { ok: true, message: 'User enabled.' };
});

export const resetPassword = guardedAction({ permission: 'manage-users', input: userIdInput }, async ({ id }, admin): Promise<ActionResult> => {
  const password = generatePassword();
  const result = setUserPassword({ id, passwordHash: await hashPassword(password), actorId: admin.id, reason: 'reset' });
  if (!result.ok) return refusedChange(result);
  revalidatePath('/admin/users');
  return { ok: true, message: `Password reset. The new password, shown only now: ${password}` };
});
