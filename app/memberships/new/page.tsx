import type { Metadata } from 'next';
import { MembershipForm } from '@/components/stances/membership-form';
import { SubjectPicker } from '@/components/stances/subject-picker';
import { listEvidenceOptions, resolveStanceSubject } from '@/db/queries/stances';
import { requirePermission } from '@/lib/auth/guard';
import { latestRecordableDate } from '@/lib/dates';
import { fieldErrorsOfIssues } from '@/lib/action-result';

export const metadata: Metadata = { title: 'Record a membership' };

export default async function NewMembershipPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('write');
  const subject = resolveStanceSubject(await props.searchParams);
  const { evidence, country: chosenCountry, initiative: chosenInitiative } = subject;
  const picker = {
    countries: subject.countries,
    initiatives: subject.initiatives,
    ...subject.requested,
    evidence,
    errors: fieldErrorsOfIssues(subject.issues),
  };

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Record a membership</h1>
      <SubjectPicker action="/memberships/new" {...picker} />
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
            maxDate={latestRecordableDate()}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-600">Choose a country and an initiative to continue.</p>
      )}
    </div>
  );
}
