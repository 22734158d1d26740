'use client';
// A step chart of one country's position over time on each initiative, a marker at every change.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { POSITIONS } from '@/lib/stances/scale';

export type StanceSeries = { initiative: string; name: string; color: string; points: { t: number; value: number; label: string }[] };

const LABELS: Record<number, string> = Object.fromEntries(POSITIONS.map((p, i) => [i - 2, p]));
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export function StanceHistoryChart({ series, end }: { series: StanceSeries[]; end: number }) {
  const start = Math.min(...series.flatMap((s) => s.points.map((p) => p.t)));
  return (
    <div className="h-64 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="t" type="number" scale="time" domain={[start, end]} tickFormatter={(t: number) => day(t).slice(0, 7)} tick={{ fontSize: 11 }} />
          <YAxis type="number" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} tickFormatter={(v: number) => LABELS[v] ?? ''} tick={{ fontSize: 11 }} width={72} />
          <Tooltip labelFormatter={(t) => day(Number(t))} formatter={(v) => LABELS[Number(v)] ?? v} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line
              key={s.initiative}
              data={[...s.points, { t: end, value: s.points[s.points.length - 1]!.value, label: 'today' }]}
              dataKey="value"
              name={s.name}
              type="stepAfter"
              stroke={s.color}
              strokeWidth={2}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number }) =>
                props.index === s.points.length ? (
                  <g key={`${s.initiative}-end`} />
                ) : (
                  <circle key={`${s.initiative}-${props.index}`} cx={props.cx} cy={props.cy} r={4} fill={s.color} />
                )
              }
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
