// A world (or Indo-Pacific) choropleth of one initiative's country stances, drawn on the server as SVG.
import { useId } from 'react';
import { NO_STANCE_LABEL, OTHER_LAND_LABEL, describeCountryStance, stanceFill, type CountryStance } from '@/lib/map/positions';
import { mapLayout } from '@/lib/map/shapes';
import type { MapView } from '@/lib/map/views';
import { NO_STANCE_COLOR, POSITION_COLORS, POSITIONS } from '@/lib/stances/scale';

export interface StanceMapProps {
  view: MapView;
  /** Current stance by ISO alpha-3 code; a country without one is drawn in the no-stance colour. */
  positions: Record<string, CountryStance | undefined>;
  hrefFor: (code: string) => string;
  /** The map's accessible name, e.g. "PIPIR: current positions". */
  title: string;
}

// A pale blue sea, so that land with no stance (near white) still stands out; light enough to print.
const SEA = '#dce8f1';
const BORDER = '#94a3b8';
const OUTLINE = '#94a3b8';
// Hover and keyboard focus darken the country's edge (set once here rather than on each of ~200 shapes).
const HIGHLIGHT =
  '[&_a]:outline-none [&_a:hover>*]:stroke-ink [&_a:hover>*]:[stroke-width:1.2] [&_a:focus-visible>*]:stroke-ink [&_a:focus-visible>*]:[stroke-width:2]';

export function StanceMap({ view, positions, hrefFor, title }: StanceMapProps) {
  const layout = mapLayout(view);
  const hatch = useId();
  return (
    <div className="space-y-2">
      {/* A group, not an image: the countries inside are links and must stay reachable. */}
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={title} className={`block h-auto w-full ${HIGHLIGHT}`}>
        <defs>
          <Hatch id={hatch} />
        </defs>
        <path d={layout.sphere} fill={SEA} aria-hidden="true" />
        <path d={layout.graticule} fill="none" stroke="#ffffff" strokeOpacity={0.6} strokeWidth={0.5} aria-hidden="true" />
        <path d={layout.otherLand} fill={`url(#${hatch})`} stroke={BORDER} strokeWidth={0.4} aria-hidden="true" />
        {layout.shapes.map(({ code, name, d, circle }) => {
          const stance = positions[code];
          const label = describeCountryStance(name, stance);
          const fill = stanceFill(stance);
          return (
            <a key={code} href={hrefFor(code)} aria-label={label}>
              <title>{label}</title>
              {d ? (
                <path data-country={code} d={d} fill={fill} stroke={BORDER} strokeWidth={0.4} />
              ) : circle ? (
                <circle data-country={code} {...circle} fill={fill} stroke="#475569" strokeWidth={0.6} />
              ) : null}
            </a>
          );
        })}
        <path d={layout.sphere} fill="none" stroke={OUTLINE} strokeWidth={0.75} aria-hidden="true" />
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink" aria-label="Legend">
        {POSITIONS.map((position) => (
          <LegendItem key={position} label={position.charAt(0).toUpperCase() + position.slice(1)} fill={POSITION_COLORS[position].fill} />
        ))}
        <LegendItem label={NO_STANCE_LABEL} fill={NO_STANCE_COLOR} />
        <LegendItem label={OTHER_LAND_LABEL} hatched />
      </ul>
    </div>
  );
}

/** Diagonal lines: land that belongs to none of the tracked countries. */
function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="4" height="4" fill="#ffffff" />
      <line x1="0" y1="0" x2="0" y2="4" stroke="#b8c2cf" strokeWidth="1.5" />
    </pattern>
  );
}

function LegendItem({ label, fill, hatched }: { label: string; fill?: string; hatched?: boolean }) {
  const hatch = useId();
  return (
    <li className="flex items-center gap-1.5">
      {/* An SVG swatch prints, where a background colour would be dropped by the browser. */}
      <svg width="14" height="14" aria-hidden="true" className="shrink-0">
        {hatched && (
          <defs>
            <Hatch id={hatch} />
          </defs>
        )}
        <rect x="0.5" y="0.5" width="13" height="13" rx="2" fill={hatched ? `url(#${hatch})` : fill} stroke="#64748b" />
      </svg>
      {label}
    </li>
  );
}
