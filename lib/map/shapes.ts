// Lays out the map of one view: one shape per country (a path, or a dot for a country too small for
// the atlas), the land of no tracked country, and the outline of the globe. Pure and cached per view.
import { geoGraticule, geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { atlasFeatures } from './atlas';
import { mapCountries } from './countries';
import { viewProjection, type MapView } from './views';

export interface MapShape {
  /** ISO alpha-3 */
  code: string;
  name: string;
  /** SVG path data, for a country the atlas draws. */
  d?: string;
  /** A dot at the country's position, for one too small for the atlas. */
  circle?: { cx: number; cy: number; r: number };
}

export interface MapLayout {
  view: MapView;
  width: number;
  height: number;
  /** The globe's outline (the sea), cut to the view. */
  sphere: string;
  graticule: string;
  /** Land that is no tracked country (Greenland, Western Sahara, Somaliland, Kosovo…), as one path. */
  otherLand: string;
  /** Countries the atlas draws, then dots, each by name: dots come last so they paint on top. */
  shapes: MapShape[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Tracked countries the 110m atlas has no polygon for (Tuvalu, Nauru, Singapore, Malta…). */
export function countriesWithoutPolygon(): string[] {
  const ids = new Set(atlasFeatures().map((f) => f.id));
  return mapCountries()
    .filter((c) => !ids.has(c.numeric))
    .map((c) => c.code);
}

export function buildMapLayout(view: MapView): MapLayout {
  const { projection, width, height, dotRadius } = viewProjection(view);
  const path = geoPath(projection).digits(1);
  const countries = mapCountries();
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));

  const geometries = new Map<string, Geometry[]>();
  const other: Geometry[] = [];
  for (const f of atlasFeatures()) {
    const country = f.id === undefined ? undefined : byNumeric.get(f.id);
    if (country) geometries.set(country.code, [...(geometries.get(country.code) ?? []), f.geometry]);
    else other.push(f.geometry);
  }

  const drawn: MapShape[] = [];
  const dots: MapShape[] = [];
  for (const { code, name, latlng } of countries) {
    const parts = geometries.get(code);
    if (parts) {
      const d = path({ type: 'GeometryCollection', geometries: parts });
      // Null or empty when the country lies wholly outside the view.
      if (d) drawn.push({ code, name, d });
      continue;
    }
    const point = projection([latlng[1], latlng[0]]);
    if (!point) continue;
    const [cx, cy] = point;
    if (cx < 0 || cx > width || cy < 0 || cy > height) continue;
    dots.push({ code, name, circle: { cx: round1(cx), cy: round1(cy), r: dotRadius } });
  }

  return {
    view,
    width,
    height,
    sphere: path({ type: 'Sphere' }) ?? '',
    // Every 30°: enough to read latitude and longitude by, at a tenth of the bytes of every 10°.
    graticule: path(geoGraticule().step([30, 30])()) ?? '',
    otherLand: path({ type: 'GeometryCollection', geometries: other }) ?? '',
    shapes: [...drawn, ...dots],
  };
}

const layouts = new Map<MapView, MapLayout>();

/** The layout depends only on the view, so each is computed once per process. */
export function mapLayout(view: MapView): MapLayout {
  let layout = layouts.get(view);
  if (!layout) {
    layout = buildMapLayout(view);
    layouts.set(view, layout);
  }
  return layout;
}
