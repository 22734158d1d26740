'use server';
// Recording stances and memberships: analysts and admins, each write checked against the database.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { insertMembership, softDeleteMembership } from '@/db/queries/memberships';
import { correctStance, insertStance, listStanceById, softDeleteStance } from '@/db/queries/stances';
import { guardedAction } from '@/lib/auth/action';
import type { ActionResult } from '@/lib/action-result';
import { membershipInput, stanceCorrectionInput, stanceInput } from '@/lib/stances/schema';

const REFUSED = 'Please correct the highlighted fields.';

function revalidateStances(country: string, initiative: string) {
  revalidatePath('/countries');
  revalidatePath(`/countries/${country}`);
  revalidatePath(`/initiatives/${initiative}`);
}

export const recordStance = guardedAction('write', stanceInput, async (input, user): Promise<ActionResult> => {
  const result = insertStance({ input, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message ?? REFUSED, fieldErrors: result.fieldErrors };
  revalidateStances(input.country, input.initiative);
  redirect(`/countries/${input.country}?recorded=stance`);
});

export const recordMembership = guardedAction('write', membershipInput, async (input, user): Promise<ActionResult> => {
  const result = insertMembership({ input, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message ?? REFUSED, fieldErrors: result.fieldErrors };
  revalidateStances(input.country, input.initiative);
  redirect(`/countries/${input.country}?recorded=membership`);
});

export const correctStanceEntry = guardedAction('write', stanceCorrectionInput, async (input, user): Promise<ActionResult> => {
  const result = correctStance({ input, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.message ?? REFUSED, fieldErrors: result.fieldErrors };
  const entry = listStanceById(input.id);
  if (entry) revalidateStances(entry.country, entry.initiative);
  return { ok: true, message: 'Entry corrected. The history keeps what it said before.' };
});

const idInput = z.object({ id: z.coerce.number().int().positive('Unknown entry') });

export const deleteStanceEntry = guardedAction('write', idInput.extend({ version: z.coerce.number().int().positive() }), async ({ id, version }, user): Promise<ActionResult> => {
  const entry = listStanceById(id);
  const outcome = entry ? softDeleteStance({ id, version, actorId: user.id }) : 'not-found';
  if (outcome === 'not-found') return { ok: false, message: 'That entry no longer exists.' };
  if (outcome === 'conflict') return { ok: false, message: 'Someone corrected this entry since you opened the page. Reload to see it, then decide.' };
  revalidateStances(entry!.country, entry!.initiative);
  return { ok: true, message: 'Entry deleted. The previous entry is current again.' };
});

export const deleteMembership = guardedAction('write', idInput, async ({ id }, user): Promise<ActionResult> => {
  if (!softDeleteMembership({ id, actorId: user.id })) return { ok: false, message: 'That membership no longer exists.' };
  revalidatePath('/countries', 'layout');
  return { ok: true, message: 'Membership deleted.' };
});
