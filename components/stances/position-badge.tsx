// A position shown by colour AND by symbol and word, so colour is never the only cue.
import { POSITION_COLORS, POSITION_SYMBOLS, type Position } from '@/lib/stances/scale';

export function PositionBadge({ position, size = 'md' }: { position: Position; size?: 'sm' | 'md' }) {
  const { fill, text } = POSITION_COLORS[position];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded font-medium ${size === 'sm' ? 'px-1.5 py-0 text-xs' : 'px-2 py-0.5 text-sm'}`}
      style={{ backgroundColor: fill, color: text }}
    >
      <span aria-hidden className="font-mono">
        {POSITION_SYMBOLS[position]}
      </span>
      {position}
    </span>
  );
}
