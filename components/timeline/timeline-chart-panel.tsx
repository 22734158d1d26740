// The chart with its granularity switch and, for keyboards, screen readers and print, the same
// numbers as a table whose periods link to the narrowed timeline.
import Link from 'next/link';
import { GRANULARITIES, type Granularity } from '@/lib/timeline/buckets';
import type { ChartRow } from '@/lib/timeline/chart';
import { TimelineChart } from './timeline-chart';

type Props = {
  rows: ChartRow[];
  granularity: Granularity;
  hrefs: Record<string, string>;
  granularityHref: (g: Granularity) => string;
  /** Totals only: too many matches to split by type within the page's budget. */
  byType: boolean;
  /** Too many matches to chart at all within the page's budget. */
  tooMany: number | null;
};

const LABELS: Record<Granularity, string> = { month: 'Months', quarter: 'Quarters', year: 'Years' };

export function TimelineChartPanel({ rows, granularity, hrefs, granularityHref, byType, tooMany }: Props) {
  return (
    <section aria-labelledby="chart-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="chart-heading" className="text-sm font-medium text-slate-700">
            Events over time, by type
          </h2>
          <p className="text-xs text-slate-500">
            Each event counts in the period it starts; a period opened from the chart also lists events still running in it.
          </p>
        </div>
        <nav aria-label="Chart periods" className="no-print flex gap-1 text-xs">
          {GRANULARITIES.map((g) => (
            <Link
              key={g}
              href={granularityHref(g)}
              aria-current={g === granularity ? 'true' : undefined}
              className={`rounded px-2 py-1 ${g === granularity ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'}`}
            >
              {LABELS[g]}
            </Link>
          ))}
        </nav>
      </div>
      {!byType && rows.length ? (
        <p className="mb-1 text-xs text-amber-800">Totals only: too many events match to split them by type. Narrow the search to see types.</p>
      ) : null}
      {tooMany !== null ? (
        <p className="py-8 text-center text-sm text-slate-600">
          More than {tooMany.toLocaleString('en')} events match these filters: too many to chart quickly. Narrow them (a date range, a country or a type) to see
          the chart.
        </p>
      ) : rows.length ? (
        <>
          <TimelineChart rows={rows} hrefs={hrefs} byType={byType} />
          <details className="mt-2 text-sm">
            <summary className="no-print cursor-pointer text-slate-600">Chart data</summary>
            <table className="mt-2 w-full text-left text-xs">
              <caption className="sr-only">Matching events per period</caption>
              <thead>
                <tr className="text-slate-500">
                  <th scope="col" className="py-1">
                    Period
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Events
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.total > 0)
                  .map((r) => (
                    <tr key={r.bucket} className="border-t border-slate-100">
                      <td className="py-1">
                        <Link href={hrefs[r.bucket]!} className="text-blue-700 hover:underline" aria-label={`Narrow to ${r.label}`}>
                          {r.label}
                        </Link>
                      </td>
                      <td className="py-1 text-right tabular-nums">{r.total}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="py-8 text-center text-sm text-slate-500">Nothing to chart: no events match these filters.</p>
      )}
    </section>
  );
}
