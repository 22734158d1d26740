'use client';
// A view's share links, for its owner: make one (shown once, in a read-only field with a copy button),
// and see each link's creation, expiry, last use and use count, with a confirmed "Revoke".
import { useActionState, useState, useSyncExternalStore } from 'react';
import { createShareLink, revokeLink, type ShareLinkResult } from '@/app/views/actions';
import type { ShareLinkRecord } from '@/db/queries/views';
import { SHARE_DEFAULT_DAYS, SHARE_LABEL_MAX, SHARE_MAX_DAYS } from '@/lib/views/vocabulary';
import { buttonClass, Field, inputClass, secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—');

// The origin does not change while the page is open.
const noChanges = () => () => {};

function NewLink({ path }: { path: string }) {
  // The page's own origin, known in the browser; the server renders the path alone.
  const origin = useSyncExternalStore(
    noChanges,
    () => window.location.origin,
    () => '',
  );
  const [copied, setCopied] = useState(false);
  const url = origin + path;
  return (
    <div className="space-y-1">
      <label htmlFor="share-link" className="block text-sm font-medium text-slate-700">
        Share link
      </label>
      <div className="flex gap-2">
        <input id="share-link" readOnly value={url} className={inputClass} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() =>
            navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

function RevokeButton({ link }: { link: ShareLinkRecord }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(revokeLink, undefined);
  if (link.revokedAt) return <span className="text-xs text-slate-500">Revoked {when(link.revokedAt)}</span>;
  return (
    <span className="inline-flex items-center gap-2">
      {confirming ? (
        <form action={action} className="inline-flex items-center gap-2">
          <input type="hidden" name="linkId" value={link.id} />
          <button type="submit" disabled={pending} className="text-xs font-medium text-rose-700 hover:underline">
            Confirm revoke
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="text-xs text-slate-600 hover:underline">
            Keep
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="text-xs text-rose-700 hover:underline" aria-label={`Revoke ${link.label}`}>
          Revoke
        </button>
      )}
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </span>
  );
}

export function ShareLinks({ viewId, links, now }: { viewId: number; links: ShareLinkRecord[]; now: string }) {
  const { state, formAction, pending, errors, onSubmit, describedBy, value } = useFormAction<ShareLinkResult>(createShareLink.bind(null, viewId));
  return (
    <section aria-labelledby="share-heading" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="share-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        Share links
      </h2>
      <p className="text-sm text-slate-600">
        A link opens this view read-only, without sign-in: its events, the team’s annotations on them and the briefing note. A live view’s link followed by
        /feed.xml is its Atom feed, for a feed reader.
      </p>
      <form action={formAction} onSubmit={onSubmit} aria-label="Create share link" className="flex flex-wrap items-end gap-3">
        <div className="w-64">
          <Field label="Label" name="label" errors={errors.label}>
            <input
              id="label"
              name="label"
              required
              maxLength={SHARE_LABEL_MAX}
              defaultValue={value('label')}
              className={inputClass}
              {...describedBy('label')}
            />
          </Field>
        </div>
        <div className="w-40">
          <Field label="Expires in (days)" name="expiresInDays" errors={errors.expiresInDays}>
            <input
              id="expiresInDays"
              name="expiresInDays"
              type="number"
              min={1}
              max={SHARE_MAX_DAYS}
              defaultValue={value('expiresInDays', String(SHARE_DEFAULT_DAYS))}
              className={inputClass}
              {...describedBy('expiresInDays')}
            />
          </Field>
        </div>
        <button type="submit" className={buttonClass} disabled={pending}>
          Create share link
        </button>
      </form>
      <FormStatus state={state} />
      {state?.ok && state.sharePath ? <NewLink path={state.sharePath} /> : null}
      {links.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Share links of this view</caption>
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-1 font-medium">Label</th>
              <th className="py-1 font-medium">Created</th>
              <th className="py-1 font-medium">Expires</th>
              <th className="py-1 font-medium">Last used</th>
              <th className="py-1 font-medium">Uses</th>
              <th className="py-1 font-medium">
                <span className="sr-only">Status</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {links.map((l) => (
              <tr key={l.id}>
                <td className="py-1.5">{l.label}</td>
                <td className="py-1.5">{when(l.createdAt)}</td>
                <td className="py-1.5">{l.expiresAt <= now ? `Expired ${when(l.expiresAt)}` : when(l.expiresAt)}</td>
                <td className="py-1.5">{when(l.lastUsedAt)}</td>
                <td className="py-1.5">{l.useCount}</td>
                <td className="py-1.5 text-right">
                  <RevokeButton link={l} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-slate-500">No links yet.</p>
      )}
    </section>
  );
}
