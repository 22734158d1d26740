// GET /export/annotations.csv?<the filters of /annotations>[&columns=a,b][&bom=1]: every annotation the
// caller may see (the team's and their own private ones, never another analyst's private ones) that the
// filters select, newest first, streamed as CSV and audited when it ends (docs/export.md).
import { recordExport } from '@/db/queries/audit';
import { checkFilterReferences } from '@/db/queries/reference';
import { TEXT_SET_CAP } from '@/db/queries/annotation-list';
import { parseAnnotationListStrict } from '@/lib/annotations/filters';
import { guardedRoute } from '@/lib/auth/route';
import { ANNOTATION_COLUMNS } from '@/lib/export/annotation-columns';
import { exportFilename } from '@/lib/export/csv';
import { exportRequest } from '@/lib/export/request';
import { csvExport } from '@/lib/export/stream';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('read', (request: Request, user) => {
  const asked = exportRequest(new URL(request.url).searchParams, ANNOTATION_COLUMNS);
  if (!asked.ok) return asked.response;
  const parsed = parseAnnotationListStrict(asked.rest);
  if (!parsed.ok) return Response.json({ error: parsed.message, parameter: parsed.param }, { status: 400 });
  // Unknown countries and initiatives are refused here, where the page drops them with a message.
  const checked = checkFilterReferences({ filter: parsed.events, page: { limit: 1, cursor: null }, errors: {} });
  const [param, messages] = Object.entries(checked.errors)[0] ?? [];
  if (param) return Response.json({ error: messages!.join('; '), parameter: param }, { status: 400 });
  return csvExport({
    job: { kind: 'annotations', query: parsed.query, events: parsed.events, reader: { id: user.id } },
    onRefused: () => {
      const error = `This text is in ${TEXT_SET_CAP.toLocaleString('en')} events or more, too many to narrow the annotations by. Add a rarer word, or narrow the other event filters.`;
      return Response.json({ error, parameter: 'q' }, { status: 400 });
    },
    columns: asked.columns,
    bom: asked.bom,
    filename: exportFilename('annotations'),
    signal: request.signal,
    onEnd: (end) => recordExport({ actorId: user.id, kind: 'annotations', filters: asked.rest.toString(), columns: asked.columns.map((c) => c.name), ...end }),
  });
});
