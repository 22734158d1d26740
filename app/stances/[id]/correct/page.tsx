import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StanceCorrectionForm } from '@/components/stances/stance-correction-form';
import { listEvidenceOptions, listStanceById } from '@/db/queries/stances';
import { requirePermission } from '@/lib/auth/guard';
import { latestRecordableDate } from '@/lib/dates';

export const metadata: Metadata = { title: 'Correct a stance' };

export default async function CorrectStancePage(props: { params: Promise<{ id: string }> }) {
  await requirePermission('write');
  const raw = (await props.params).id;
  const entry = /^[1-9]\d{0,15}$/.test(raw) ? listStanceById(Number(raw)) : undefined;
  if (!entry) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/countries/${entry.country}`} className="text-blue-700 hover:underline">
          ← {entry.countryName}
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Correct a stance</h1>
        <p className="text-sm text-slate-600">
          {entry.countryName} on {entry.initiativeName}. Use this for a mistake in the entry; a real change of position is a new entry.
        </p>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <StanceCorrectionForm
          entry={entry}
          evidenceOptions={listEvidenceOptions({ country: entry.country, include: entry.evidence })}
          maxDate={latestRecordableDate()}
        />
      </section>
    </div>
  );
}
