'use server';
// Recording stances and memberships: analysts and admins, each write checked against the database.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { insertMembership } from '@/db/queries/memberships';
import { correctStance, insertStance, softDeleteStance } from '@/db/queries/stances';
import { refusedFields, type ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { membershipInput, stanceCorrectionInput, stanceInput } from '@/lib/stances/schema';

const GONE = 'That entry no longer exists.';

function revalidateStances(country: string, initiative: string) {
  revalidatePath('/countries');
  revalidatePath(`/countries/${country}`);
  revalidatePath(`/initiatives/${initiative}`);
}

export const recordStance = guardedAction({ permission: 'write', input: stanceInput }, async (input, user): Promise<ActionResult> => {
  const result = insertStance({ input, actorId: user.id });
  if (!result.ok) return refusedFields(result.issues);
  revalidateStances(input.country, input.initiative);
  redirect(`/countries/${input.country}?recorded=stance`);
});

export const recordMembership = guardedAction({ permission: 'write', input: membershipInput }, async (input, user): Promise<ActionResult> => {
  const result = insertMembership({ input, actorId: user.id });
  if (!result.ok) return refusedFields(result.issues);
  revalidateStances(input.country, input.initiative);
  redirect(`/countries/${input.country}?recorded=membership`);
});

export const correctStanceEntry = guardedAction({ permission: 'write', input: stanceCorrectionInput }, async (input, user): Promise<ActionResult> => {
  const result = correctStance({ input, actorId: user.id });
  if (!result.ok) {
    switch (result.code) {
      case 'not-found':
        return { ok: false, message: GONE };
      case 'conflict':
        return { ok: false, message: `Someone corrected this entry since you opened it (now version ${result.current.version}). Reload to see their change.` };
      case 'invalid':
        return refusedFields(result.issues);
    }
  }
  revalidateStances(result.value.country, result.value.initiative);
  // The correction page carries the version it was opened at; a second correction there needs the new one.
  revalidatePath(`/stances/${input.id}/correct`);
  return { ok: true, message: 'Entry corrected. The history keeps what it said before.' };
});

const deleteInput = z.object({ id: z.coerce.number().int().positive('Unknown entry'), version: z.coerce.number().int().positive() });

export const deleteStanceEntry = guardedAction({ permission: 'write', input: deleteInput }, async ({ id, version }, user): Promise<ActionResult> => {
  const result = softDeleteStance({ id, version, actorId: user.id });
  if (!result.ok && result.code === 'not-found') return { ok: false, message: GONE };
  if (!result.ok) return { ok: false, message: 'Someone corrected this entry since you opened the page. Reload to see it, then decide.' };
  revalidateStances(result.value.country, result.value.initiative);
  return { ok: true, message: 'Entry deleted. The previous entry is current again.' };
});
