import type { Metadata } from 'next';
import Link from 'next/link';
import { StanceForm } from '@/components/stances/stance-form';
import { SubjectPicker } from '@/components/stances/subject-picker';
import { hasStanceOn, listEvidenceOptions, resolveStanceSubject } from '@/db/queries/stances';
import { requirePermission } from '@/lib/auth/guard';
import { latestRecordableDate, todayIso } from '@/lib/dates';
import { fieldErrorsOfIssues } from '@/lib/action-result';

export const metadata: Metadata = { title: 'Record a stance' };

export default async function NewStancePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
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
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Record a stance</h1>
        <p className="text-sm text-slate-600">
          The ledger is append-only: a new position is a new entry with its own date. To fix a mistaken entry, correct it from the country page.
        </p>
      </div>
      <SubjectPicker action="/stances/new" {...picker} />
      {chosenCountry && chosenInitiative ? (
        <section aria-labelledby="stance-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="stance-heading" className="mb-4 text-lg font-medium">
            {chosenCountry.name} on {chosenInitiative.name}
          </h2>
          <StanceForm
            country={{ code: chosenCountry.code, name: chosenCountry.name }}
            initiative={{ slug: chosenInitiative.slug, name: chosenInitiative.name }}
            hasPrevious={hasStanceOn({ country: chosenCountry.code, initiative: chosenInitiative.slug })}
            evidenceOptions={listEvidenceOptions({ country: chosenCountry.code, include: evidence })}
            preselected={evidence}
            today={todayIso()}
            maxDate={latestRecordableDate()}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-600">
          Choose a country and an initiative to continue, or browse the{' '}
          <Link href="/countries" className="text-blue-700 hover:underline">
            stance matrix
          </Link>
          .
        </p>
      )}
    </div>
  );
}
