// Countries × initiatives: each cell the current position (colour, symbol and word), its date and confidence.
import Link from 'next/link';
import type { StanceEntry } from '@/db/queries/stances';
import { formatDate } from '@/lib/dates';
import { PositionBadge } from './position-badge';

type Props = {
  countries: { code: string; name: string }[];
  initiatives: { slug: string; name: string }[];
  current: StanceEntry[];
};

export function StanceMatrix({ countries, initiatives, current }: Props) {
  const cell = new Map(current.map((s) => [`${s.country}/${s.initiative}`, s]));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="Current stances by country and initiative">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2">
              Country
            </th>
            {initiatives.map((i) => (
              <th key={i.slug} scope="col" className="px-3 py-2 font-medium">
                <Link href={`/initiatives/${i.slug}`} className="hover:underline">
                  {i.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {countries.map((c) => (
            <tr key={c.code}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
                <Link href={`/countries/${c.code}`} className="text-blue-700 hover:underline">
                  {c.name}
                </Link>
              </th>
              {initiatives.map((i) => {
                const s = cell.get(`${c.code}/${i.slug}`);
                return (
                  <td key={i.slug} className="px-3 py-2 align-top" aria-label={`${c.name} on ${i.name}`}>
                    {s ? (
                      <Link href={`/countries/${c.code}`} className="block space-y-0.5">
                        <PositionBadge position={s.position} size="sm" />
                        <span className="block text-xs text-slate-500">
                          since {formatDate(s.asOf, s.datePrecision)} · {s.confidence} confidence
                        </span>
                      </Link>
                    ) : (
                      <span className="text-xs text-slate-400">not recorded</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
