'use client';
// Matching events over time, stacked by type. The server sends only the buckets; a click on a bar
// narrows the timeline to that period.
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '@/lib/timeline/chart';
import { TYPE_COLORS } from '@/lib/type-colors';
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '@/lib/vocabulary';

/** `byType` false draws one series of totals: the counts were not split by type. */
export function TimelineChart({ rows, hrefs, byType = true }: { rows: ChartRow[]; hrefs: Record<string, string>; byType?: boolean }) {
  const router = useRouter();
  const series: { key: keyof ChartRow; name: string; color: string }[] = byType
    ? EVENT_TYPES.filter((t) => rows.some((r) => r[t] > 0)).map((t) => ({ key: t, name: EVENT_TYPE_LABELS[t], color: TYPE_COLORS[t] }))
    : [{ key: 'total', name: 'Events', color: '#334155' }];
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip cursor={{ fill: '#f1f5f9' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="types"
              fill={s.color}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(data: { payload?: ChartRow }) => {
                const href = data.payload ? hrefs[data.payload.bucket] : undefined;
                if (href) router.push(href);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
