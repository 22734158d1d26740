// The "which country, which initiative" step both recording pages share, resolved from the URL.
import 'server-only';
import { listCountries, listInitiatives } from '@/db/queries/reference';
import { checkStanceReferences } from '@/db/queries/stances';
import { parseSubjectParams } from '@/lib/stances/subject';

export function resolveSubject(searchParams: Record<string, string | string[] | undefined>) {
  const { country, initiative, evidence } = parseSubjectParams(searchParams);
  const countries = listCountries();
  const initiatives = listInitiatives();
  const { problems } = checkStanceReferences({ country, initiative });
  return {
    picker: { countries, initiatives, country, initiative, evidence, errors: problems },
    evidence,
    country: country && !problems.country ? countries.find((c) => c.code === country) : undefined,
    initiative: initiative && !problems.initiative ? initiatives.find((i) => i.slug === initiative) : undefined,
  };
}
