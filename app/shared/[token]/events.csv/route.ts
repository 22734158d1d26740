// GET /shared/<token>/events.csv[?columns=a,b][&bom=1]: a shared view's events as CSV, without sign-in,
// under the same revocation and expiry as the link (the guard's share-token entry). Exactly the view:
// a live view's filter as stored (the team's annotations counted), a pinned view's snapshot. Any other
// parameter is refused, so the query string cannot reach other events.
import { recordExport } from '@/db/queries/audit';
import { authorizeShareToken } from '@/lib/auth/guard';
import { exportFilename } from '@/lib/export/csv';
import { EVENT_COLUMNS } from '@/lib/export/event-columns';
import { exportRequest } from '@/lib/export/request';
import { csvExport } from '@/lib/export/stream';
import { sharedNotFound } from '@/lib/views/not-found';
import { parseViewFilter } from '@/lib/views/schema';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const shared = await authorizeShareToken((await params).token);
  if (!shared) return sharedNotFound();
  const { view, linkId } = shared;
  const asked = exportRequest(new URL(request.url).searchParams, EVENT_COLUMNS);
  if (!asked.ok) return asked.response;
  const extra = [...asked.rest.keys()][0];
  if (extra) return Response.json({ error: `Unknown parameter ${extra}: a shared view exports as it is`, parameter: extra }, { status: 400 });
  return csvExport({
    job: view.mode === 'pinned' ? { kind: 'pinned', viewId: view.id } : { kind: 'events', filter: parseViewFilter(view.filters).filter, reader: null },
    columns: asked.columns,
    bom: asked.bom,
    filename: exportFilename('events'),
    signal: request.signal,
    onEnd: (end) =>
      recordExport({
        actorId: null,
        kind: 'events',
        filters: view.filters,
        columns: asked.columns.map((c) => c.name),
        via: `share-link ${linkId}, view ${view.id}`,
        ...end,
      }),
  });
}
