// A country's current stance on each initiative, with the rationale and evidence behind it.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { StanceEntry } from '@/db/queries/stances';
import { SectionHeading } from '@/components/section-heading';
import { EvidenceList, type EventLabels } from '@/components/stances/evidence-list';
import { PositionBadge } from '@/components/stances/position-badge';
import { formatDate } from '@/lib/dates';

type Props = {
  countryName: string;
  current: StanceEntry[];
  labels: EventLabels;
  canWrite: boolean;
  canSeeDeleted: boolean;
  /** The annotation threads of a stance, shown under it. */
  annotationsOf?: (stance: StanceEntry) => ReactNode;
};

export function CurrentStances({ countryName, current, labels, canWrite, canSeeDeleted, annotationsOf }: Props) {
  return (
    <section aria-labelledby="current-heading">
      <SectionHeading id="current-heading">Current stances</SectionHeading>
      {current.length ? (
        <ul className="grid gap-3 md:grid-cols-2">
          {current.map((s) => (
            <li key={s.id} aria-label={`Stance on ${s.initiativeName}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/initiatives/${s.initiative}`} className="font-medium hover:underline">
                  {s.initiativeName}
                </Link>
                <PositionBadge position={s.position} />
              </div>
              <p className="text-sm text-slate-600">
                Since {formatDate(s.asOf, s.datePrecision)} · {s.confidence} confidence
              </p>
              <p className="text-sm">{s.rationale}</p>
              {s.changeNote ? <p className="text-sm text-slate-600">Why it changed: {s.changeNote}</p> : null}
              <EvidenceList ids={s.evidence} labels={labels} canSeeDeleted={canSeeDeleted} />
              {annotationsOf?.(s)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
          No stance recorded for {countryName} yet.{canWrite ? ' Record one from an event that shows where it stands.' : ''}
        </p>
      )}
    </section>
  );
}
