// GET /export/events.csv?<timeline filters>[&columns=a,b][&bom=1]: every event of the filtered timeline,
// as the caller sees it, streamed as CSV (docs/export.md). Viewers may export; each export is audited
// with its filters and row count when it ends.
import { checkFilterReferences } from '@/db/queries/reference';
import { guardedRoute } from '@/lib/auth/route';
import { exportFilename } from '@/lib/export/csv';
import { EVENT_COLUMNS } from '@/lib/export/event-columns';
import { exportRequest } from '@/lib/export/request';
import { csvExport } from '@/lib/export/stream';
import { filterToSearchParams, parseFilter, strict } from '@/lib/timeline/filters';
import { recordExport } from '@/db/queries/audit';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('read', (request: Request, user) => {
  const asked = exportRequest(new URL(request.url).searchParams, EVENT_COLUMNS);
  if (!asked.ok) return asked.response;
  const result = strict(checkFilterReferences(parseFilter(asked.rest)), asked.rest);
  if (!result.ok) return Response.json({ error: result.message, parameter: result.param, errors: result.errors }, { status: 400 });
  const filters = filterToSearchParams(result.filter).toString();
  return csvExport({
    job: { kind: 'events', filter: result.filter, reader: { id: user.id } },
    columns: asked.columns,
    bom: asked.bom,
    filename: exportFilename('events'),
    signal: request.signal,
    onEnd: (end) => recordExport({ actorId: user.id, kind: 'events', filters, columns: asked.columns.map((c) => c.name), ...end }),
  });
});
