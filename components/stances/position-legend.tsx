import { POSITION_VALUES, POSITIONS } from '@/lib/stances/scale';
import { PositionBadge } from './position-badge';

export function PositionLegend() {
  return (
    <ul aria-label="Position scale" className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
      {POSITIONS.map((p) => (
        <li key={p} className="flex items-center gap-1">
          <PositionBadge position={p} size="sm" />
          <span className="tabular-nums">
            ({POSITION_VALUES[p] > 0 ? '+' : ''}
            {POSITION_VALUES[p]})
          </span>
        </li>
      ))}
    </ul>
  );
}
