// GET /export/stances.csv?country=&initiative=[&current=true][&columns=a,b][&bom=1]: the stance ledger
// (the parameters of /api/stances), streamed as CSV and audited when it ends (docs/export.md).
import { recordExport } from '@/db/queries/audit';
import { checkStanceReferences } from '@/db/queries/stances';
import { fieldErrorsOfIssues } from '@/lib/action-result';
import { guardedRoute } from '@/lib/auth/route';
import { exportFilename } from '@/lib/export/csv';
import { exportRequest } from '@/lib/export/request';
import { STANCE_COLUMNS } from '@/lib/export/stance-columns';
import { csvExport } from '@/lib/export/stream';
import { parseStanceQuery } from '@/lib/stances/api-query';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('read', (request: Request, user) => {
  const asked = exportRequest(new URL(request.url).searchParams, STANCE_COLUMNS);
  if (!asked.ok) return asked.response;
  const parsed = parseStanceQuery(asked.rest);
  if (!parsed.ok) return Response.json({ error: parsed.message, parameter: parsed.param }, { status: 400 });
  const [issue] = checkStanceReferences({ country: parsed.query.country, initiative: parsed.query.initiative }).issues;
  if (issue) return Response.json({ error: fieldErrorsOfIssues([issue])[issue.field]![0], parameter: issue.field }, { status: 400 });
  return csvExport({
    job: { kind: 'stances', query: parsed.query },
    columns: asked.columns,
    bom: asked.bom,
    filename: exportFilename('stances'),
    signal: request.signal,
    onEnd: (end) => recordExport({ actorId: user.id, kind: 'stances', filters: asked.rest.toString(), columns: asked.columns.map((c) => c.name), ...end }),
  });
});
