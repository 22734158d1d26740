'use server';
// Saving views and managing their share links. Each action authorizes itself; who may change which view
// (its owner or an admin) is decided in db/queries/views.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { insertShareLink, insertView, revokeShareLink } from '@/db/queries/views';
import { fieldErrorsOfIssues, type ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { shareLinkId, shareLinkInput, viewId, viewInput } from '@/lib/views/schema';

const GONE = 'That view no longer exists.';
const NOT_YOURS = 'Only the view’s owner or an admin may share it.';

export type ShareLinkResult = ActionResult & { sharePath?: string };

export const saveView = guardedAction({ permission: 'write', input: viewInput }, async (input, user): Promise<ActionResult> => {
  const result = insertView({ input, owner: user });
  if (!result.ok) return { ok: false, fieldErrors: fieldErrorsOfIssues(result.issues) };
  redirect(`/views/${result.value.id}`);
});

export const createShareLink = guardedAction(
  { permission: 'write', input: shareLinkInput, bound: viewId, unknownBound: GONE },
  async (input, user, [id]): Promise<ShareLinkResult> => {
    const result = insertShareLink({ viewId: id, label: input.label, expiresInDays: input.expiresInDays, editor: user });
    if (!result.ok) return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : GONE };
    revalidatePath(`/views/${id}`);
    // The token is shown this once: only its hash is kept.
    return { ok: true, message: 'Share link created. Copy it now: it is not shown again.', sharePath: `/shared/${result.value.token}` };
  },
);

export const revokeLink = guardedAction({ permission: 'write', input: shareLinkId }, async (input, user): Promise<ActionResult> => {
  const result = revokeShareLink({ id: input.linkId, editor: user });
  if (!result.ok) return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : 'That link no longer exists.' };
  revalidatePath(`/views/${result.value.viewId}`);
  return { ok: true, message: 'Link revoked.' };
});
