// Reads "which country, which initiative, which evidence" from a page's URL for the recording forms.
import { z } from '@/lib/zod';
import { countryCode, slug } from '@/lib/events/schema';

export type SubjectParams = { country?: string; initiative?: string; evidence: number[] };

export function parseSubjectParams(params: Record<string, string | string[] | undefined>): SubjectParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const country = countryCode.safeParse(first(params.country) ?? '');
  const initiative = slug.safeParse(first(params.initiative) ?? '');
  const evidence = [params.evidence ?? []]
    .flat()
    .map((v) => z.coerce.number().int().positive().safeParse(v))
    .flatMap((r) => (r.success ? [r.data] : []));
  return {
    country: country.success ? country.data : undefined,
    initiative: initiative.success ? initiative.data : undefined,
    evidence: [...new Set(evidence)],
  };
}
