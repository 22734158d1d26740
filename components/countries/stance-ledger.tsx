// A country's whole stance ledger: the step chart of its positions over time, every entry (with Correct
// and Delete for writers) and the corrections made to them. Nothing while the ledger is empty.
import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import type { StanceCorrection, StanceEntry } from '@/db/queries/stances';
import { SectionHeading } from '@/components/section-heading';
import { DeleteStanceButton } from '@/components/stances/delete-stance-button';
import { PositionBadge } from '@/components/stances/position-badge';
import { StanceHistoryChart, type StanceSeries } from '@/components/stances/stance-history-chart';
import { formatDate, formatTimestamp, todayIso } from '@/lib/dates';

const SERIES_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e'];

/** One step series per initiative, oldest entry first. */
function seriesOf(entries: StanceEntry[]): StanceSeries[] {
  const byInitiative = new Map<string, StanceEntry[]>();
  for (const e of [...entries].reverse()) byInitiative.set(e.initiative, [...(byInitiative.get(e.initiative) ?? []), e]);
  return [...byInitiative.entries()].map(([slug, list], i) => ({
    initiative: slug,
    name: list[0]!.initiativeName,
    color: SERIES_COLORS[i % SERIES_COLORS.length]!,
    points: list.map((e) => ({ t: Date.parse(`${e.asOf}T00:00:00Z`), value: e.positionValue, label: e.position })),
  }));
}

type Props = {
  ledger: StanceEntry[];
  corrections: StanceCorrection[];
  canWrite: boolean;
  /** The annotation threads of an entry no longer current (a current one's show under Current stances). */
  annotationsOf?: (stance: StanceEntry) => ReactNode;
};

/** `ledger` newest first, as listStances returns it. */
export function StanceLedger({ ledger, corrections, canWrite, annotationsOf }: Props) {
  if (!ledger.length) return null;
  return (
    <section aria-labelledby="history-heading">
      <SectionHeading id="history-heading">Position over time</SectionHeading>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <StanceHistoryChart series={seriesOf(ledger)} end={Date.parse(`${todayIso()}T00:00:00Z`)} />
        <table className="mt-3 w-full text-left text-sm" aria-label="Stance ledger">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1">
                As of
              </th>
              <th scope="col" className="py-1">
                Initiative
              </th>
              <th scope="col" className="py-1">
                Position
              </th>
              <th scope="col" className="py-1">
                Confidence
              </th>
              <th scope="col" className="py-1">
                Recorded
              </th>
              {canWrite ? (
                <th scope="col" className="no-print py-1">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ledger.map((s) => (
              <Fragment key={s.id}>
                <tr>
                  <td className="py-1.5 tabular-nums">{formatDate(s.asOf, s.datePrecision)}</td>
                  <td className="py-1.5">{s.initiativeName}</td>
                  <td className="py-1.5">
                    <PositionBadge position={s.position} size="sm" /> {s.current ? <span className="text-xs text-slate-500">current</span> : null}
                  </td>
                  <td className="py-1.5">{s.confidence}</td>
                  <td className="py-1.5 text-xs text-slate-500">
                    {s.recordedAt.slice(0, 10)} by {s.recordedBy ?? 'the demo data'}
                  </td>
                  {canWrite ? (
                    <td className="no-print py-1.5 text-right">
                      <Link
                        href={`/stances/${s.id}/correct`}
                        className="mr-2 text-xs text-blue-700 hover:underline"
                        aria-label={`Correct the ${s.initiativeName} entry of ${formatDate(s.asOf, s.datePrecision)}`}
                      >
                        Correct
                      </Link>
                      <DeleteStanceButton id={s.id} version={s.version} label={`${s.initiativeName} entry of ${formatDate(s.asOf, s.datePrecision)}`} />
                    </td>
                  ) : null}
                </tr>
                {annotationsOf && !s.current ? (
                  <tr>
                    <td colSpan={canWrite ? 6 : 5} className="pb-2">
                      {annotationsOf(s)}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
        {corrections.length ? (
          <div className="mt-4">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Corrections</h3>
            <ul aria-label="Corrections" className="mt-1 space-y-1 text-sm">
              {corrections.map((c) => {
                const entry = ledger.find((s) => s.id === c.stanceId);
                return (
                  <li key={c.id}>
                    <span className="tabular-nums text-slate-500">{formatTimestamp(c.at)}</span> {c.by ?? 'Someone'} corrected the {entry?.initiativeName ?? ''}{' '}
                    entry
                    {c.before?.position ? `, which said ${c.before.position}` : ''}
                    {c.before?.asOf && c.before.datePrecision ? ` as of ${formatDate(c.before.asOf, c.before.datePrecision)}` : ''}
                    {c.before?.confidence ? ` (${c.before.confidence} confidence)` : ''}: {c.reason}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
