'use client';
import { useActionState } from 'react';
import { changeRole, disableUser, enableUser, resetPassword } from '@/app/admin/users/actions';
import type { ActionResult } from '@/lib/action-result';
import { ROLES, type Role } from '@/lib/vocabulary';
import { secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';

type Props = { id: number; email: string; role: Role; disabled: boolean };

export function UserRowActions({ id, email, role, disabled }: Props) {
  const [roleState, roleAction] = useActionState(changeRole, undefined);
  const [toggleState, toggleAction] = useActionState(disabled ? enableUser : disableUser, undefined);
  const [resetState, resetAction] = useActionState(resetPassword, undefined);
  const latest: ActionResult | undefined = [resetState, toggleState, roleState].find((s) => s?.message);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-1">
          <input type="hidden" name="id" value={id} />
          <label htmlFor={`role-${id}`} className="sr-only">
            Role for {email}
          </label>
          <select id={`role-${id}`} name="role" defaultValue={role} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button type="submit" className={secondaryButtonClass} aria-label={`Change role of ${email}`}>
            Change role
          </button>
        </form>
        <form action={toggleAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className={secondaryButtonClass} aria-label={`${disabled ? 'Enable' : 'Disable'} ${email}`}>
            {disabled ? 'Enable' : 'Disable'}
          </button>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className={secondaryButtonClass} aria-label={`Reset password of ${email}`}>
            Reset password
          </button>
        </form>
      </div>
      <FormStatus state={latest} />
    </div>
  );
}
