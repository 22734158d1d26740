// /views: the reader's saved views and the team's, newest first, VIEWS_PAGE to a page, each with how many of its
// events were added or changed since the reader last opened it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { changesSinceVisits, listViews, type ChangesSinceVisit } from '@/db/queries/views';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { formatTimestamp } from '@/lib/dates';

export const metadata: Metadata = { title: 'Views' };

// A page link's id; anything else starts from the newest.
const before = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).catch(0);

function ChangeNote({ change }: { change: ChangesSinceVisit | undefined }) {
  const quiet = 'text-xs text-slate-500';
  if (!change) return null;
  if ('pinned' in change) return <span className={quiet}>Pinned: shows its events as they stood</span>;
  if (!change.openedAt) return <span className={quiet}>Not opened yet</span>;
  if ('uncounted' in change) return <span className={quiet}>Its search is too common to count changes here: open it to see</span>;
  if (!change.count) {
    // Past the scan, or by whole words only, none found is not the same as none.
    if (change.capped) return <span className={quiet}>None of the newest changes match since you last opened it: open it to see</span>;
    return <span className={quiet}>{change.wholeWords ? 'No whole-word matches' : 'Nothing'} added or changed since you last opened it</span>;
  }
  return (
    <span className="rounded bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
      {change.capped || change.wholeWords ? 'At least ' : ''}
      {change.count.toLocaleString('en')} added or changed since you last opened it
    </span>
  );
}

export default async function ViewsPage(props: { searchParams: Promise<{ before?: string | string[] }> }) {
  const user = await requirePermission('read');
  const { views, nextBefore } = listViews(user, { before: before.parse((await props.searchParams).before) || null });
  const changes = changesSinceVisits(views, user);
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
              <div className="flex flex-col items-end gap-1">
                <ChangeNote change={changes.get(v.id)} />
                <span className="text-xs text-slate-500">Updated {formatTimestamp(v.updatedAt)}</span>
              </div>
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
      {nextBefore ? (
        <nav aria-label="Pages" className="flex justify-end text-sm">
          <Link href={`/views?before=${nextBefore}`} className="text-blue-700 hover:underline">
            Older views →
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
