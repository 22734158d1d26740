// /views: the reader's saved views and the team's, newest first.
import type { Metadata } from 'next';
import Link from 'next/link';
import { listViews } from '@/db/queries/views';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { formatTimestamp } from '@/lib/dates';

export const metadata: Metadata = { title: 'Views' };

export default async function ViewsPage() {
  const user = await requirePermission('read');
  const views = listViews(user);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Views</h1>
        <p className="text-sm text-slate-600">Saved timelines with a briefing note: yours, and those shared with the team.</p>
      </div>
      {views.length ? (
        <ul aria-label="Saved views" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {views.map((v) => (
            <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div>
                <Link href={`/views/${v.id}`} className="font-medium text-blue-700 hover:underline">
                  {v.name}
                </Link>
                <p className="text-xs text-slate-500">
                  {v.owner.id === user.id ? 'Yours' : `By ${v.owner.name}`} · {v.visibility === 'team' ? 'Team' : 'Private'} ·{' '}
                  {v.mode === 'pinned' ? `Pinned ${formatTimestamp(v.pinnedAt!)}` : 'Live'}
                </p>
              </div>
              <span className="text-xs text-slate-500">Updated {formatTimestamp(v.updatedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
          No saved views yet.{' '}
          {can(user.role, 'write')
            ? 'Filter the timeline to what you want to brief, then choose “Save view”.'
            : 'Analysts save them from the timeline; team views show here.'}{' '}
          <Link href="/events" className="text-blue-700 hover:underline">
            Go to the timeline
          </Link>
        </p>
      )}
    </div>
  );
}
