// GET /api/stances?country=NZL&initiative=pipir: the stance ledger as JSON, newest first.
import { checkStanceReferences, listStances } from '@/db/queries/stances';
import { fieldErrorsOfIssues } from '@/lib/action-result';
import { guardedRoute } from '@/lib/auth/route';
import { parseStanceQuery } from '@/lib/stances/api-query';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('read', (request: Request) => {
  const parsed = parseStanceQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.message, parameter: parsed.param }, { status: 400 });
  const { country, initiative, currentOnly } = parsed.query;
  // An unknown code is a mistake to name, not an empty answer.
  const [issue] = checkStanceReferences({ country, initiative }).issues;
  if (issue) return Response.json({ error: fieldErrorsOfIssues([issue])[issue.field]![0], parameter: issue.field }, { status: 400 });
  const items = listStances({ country, initiative, currentOnly }).map((s) => ({
    id: s.id,
    country: s.country,
    initiative: s.initiative,
    position: s.position,
    positionValue: s.positionValue,
    asOf: s.asOf,
    datePrecision: s.datePrecision,
    confidence: s.confidence,
    rationale: s.rationale,
    evidence: s.evidence,
    current: s.current,
    recordedBy: s.recordedBy,
    recordedAt: s.recordedAt,
  }));
  return Response.json({ items });
});
