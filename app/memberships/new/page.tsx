import type { Metadata } from 'next';
import { MembershipForm } from '@/components/stances/membership-form';
import { SubjectPicker } from '@/components/stances/subject-picker';
import { listCountries, listInitiatives } from '@/db/queries/reference';
import { checkStanceReferences, listEvidenceOptions } from '@/db/queries/stances';
import { requirePermission } from '@/lib/auth/guard';
import { parseSubjectParams } from '@/lib/stance-subject';
import { todayIso } from '@/lib/dates';

export const metadata: Metadata = { title: 'Record a membership' };

export default async function NewMembershipPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('write');
  const { country, initiative, evidence } = parseSubjectParams(await props.searchParams);
  const countries = listCountries();
  const initiatives = listInitiatives();
  const { problems } = checkStanceReferences({ country, initiative });
  const chosenCountry = country && !problems.country ? countries.find((c) => c.code === country) : undefined;
  const chosenInitiative = initiative && !problems.initiative ? initiatives.find((i) => i.slug === initiative) : undefined;

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Record a membership</h1>
      <SubjectPicker action="/memberships/new" countries={countries} initiatives={initiatives} country={country} initiative={initiative} evidence={evidence} errors={problems} />
      {chosenCountry && chosenInitiative ? (
        <section aria-labelledby="membership-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="membership-heading" className="mb-4 text-lg font-medium">
            {chosenCountry.name} in {chosenInitiative.name}
          </h2>
          <MembershipForm
            country={chosenCountry.code}
            initiative={chosenInitiative.slug}
            evidenceOptions={listEvidenceOptions({ country: chosenCountry.code, include: evidence })}
            preselected={evidence}
            today={todayIso()}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-600">Choose a country and an initiative to continue.</p>
      )}
    </div>
  );
}
