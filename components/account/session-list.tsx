'use client';
// The user's live sessions, with "Sign out" for each other one and "Sign out everywhere".
import { useActionState } from 'react';
import { endOwnSession, signOutEverywhere } from '@/app/account/actions';
import type { ActionResult } from '@/lib/action-result';
import { formatTimestamp } from '@/lib/dates';
import { FormStatus } from '../form-status';
import { secondaryButtonClass } from '../field';

export type SessionRow = { id: number; device: string; ip: string; createdAt: string; lastSeenAt: string; current: boolean };

export function SessionList({ sessions, capped }: { sessions: SessionRow[]; capped: boolean }) {
  const [endState, end, ending] = useActionState<ActionResult | undefined, FormData>(endOwnSession, undefined);
  const [allState, endAll, endingAll] = useActionState<ActionResult | undefined, FormData>(signOutEverywhere, undefined);
  return (
    <div className="space-y-4">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your active sessions</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {['Browser', 'Address', 'Signed in', 'Last active'].map((heading) => (
              <th key={heading} scope="col" className="py-2 pr-4 font-medium">
                {heading}
              </th>
            ))}
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className="py-2 pr-4">
                {s.device}
                {s.current ? <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">This session</span> : null}
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{s.ip}</td>
              <td className="py-2 pr-4">{formatTimestamp(s.createdAt)}</td>
              <td className="py-2 pr-4">{formatTimestamp(s.lastSeenAt)}</td>
              <td className="py-2 text-right">
                {s.current ? null : (
                  <form action={end}>
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button
                      type="submit"
                      disabled={ending}
                      className="text-rose-700 hover:underline"
                      aria-label={`Sign out ${s.device} from ${s.ip}, signed in ${formatTimestamp(s.createdAt)}`}
                    >
                      Sign out
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {capped ? (
        <p className="text-xs text-slate-500">Only the {sessions.length} most recently active sessions are listed. Sign out everywhere ends them all.</p>
      ) : null}
      <FormStatus state={endState} />
      <form action={endAll} className="flex items-center gap-3">
        <button type="submit" disabled={endingAll} className={secondaryButtonClass}>
          Sign out everywhere
        </button>
        <span className="text-xs text-slate-500">Ends every session above, this one included.</span>
      </form>
      <FormStatus state={allState} />
    </div>
  );
}
