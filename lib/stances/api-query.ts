// Query parameters of GET /api/stances: same conventions as /api/events (400 naming a bad parameter).
import { z } from '@/lib/zod';
import { countryCode, slug } from '@/lib/events/schema';

const KNOWN = ['country', 'initiative', 'current'] as const;

export type StanceQuery = { country?: string; initiative?: string; currentOnly: boolean };
export type StanceQueryResult = { ok: true; query: StanceQuery } | { ok: false; param: string; message: string };

export function parseStanceQuery(params: URLSearchParams): StanceQueryResult {
  const unknown = [...params.keys()].find((k) => !(KNOWN as readonly string[]).includes(k));
  if (unknown) return { ok: false, param: unknown, message: `Unknown parameter ${unknown}` };
  const query: StanceQuery = { currentOnly: false };
  for (const [param, schema] of [
    ['country', countryCode],
    ['initiative', slug],
  ] as const) {
    const values = params.getAll(param);
    if (values.length > 1) return { ok: false, param, message: `${param}: give it once` };
    if (!values.length || values[0] === '') continue;
    const parsed = schema.safeParse(values[0]);
    if (!parsed.success) return { ok: false, param, message: `${param}: ${parsed.error.issues[0]!.message}` };
    query[param] = parsed.data;
  }
  const current = params.get('current');
  if (current !== null) {
    const parsed = z.enum(['true', 'false']).safeParse(current);
    if (!parsed.success) return { ok: false, param: 'current', message: 'current: use true or false' };
    query.currentOnly = parsed.data === 'true';
  }
  return { ok: true, query };
}
