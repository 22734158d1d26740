// A country's memberships: its role in each initiative, from joining to leaving, with the evidence.
import Link from 'next/link';
import type { MembershipEntry } from '@/db/queries/memberships';
import { SectionHeading } from '@/components/section-heading';
import { EvidenceList, type EventLabels } from '@/components/stances/evidence-list';
import { formatDate } from '@/lib/dates';
import { MEMBERSHIP_ROLE_LABELS } from '@/lib/stances/scale';

export function CountryMemberships({ memberships, labels, canSeeDeleted }: { memberships: MembershipEntry[]; labels: EventLabels; canSeeDeleted: boolean }) {
  return (
    <section aria-labelledby="memberships-heading">
      <SectionHeading id="memberships-heading">Memberships</SectionHeading>
      {memberships.length ? (
        <ul className="space-y-2">
          {memberships.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap justify-between gap-2">
                <span>
                  <Link href={`/initiatives/${m.initiative}`} className="font-medium hover:underline">
                    {m.initiativeName}
                  </Link>
                  : {MEMBERSHIP_ROLE_LABELS[m.role]}
                </span>
                <span className="text-slate-600">
                  joined {formatDate(m.joined, m.joinedPrecision)}
                  {m.left ? `, left ${formatDate(m.left, 'day')}` : ''} · {m.confidence} confidence
                </span>
              </div>
              {m.note ? <p className="text-slate-600">{m.note}</p> : null}
              <EvidenceList ids={m.evidence} labels={labels} canSeeDeleted={canSeeDeleted} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No memberships recorded.</p>
      )}
    </section>
  );
}
