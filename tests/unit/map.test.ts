import { describe, expect, it } from 'vitest';
import { atlasFeatures } from '@/lib/map/atlas';
import { mapCountries } from '@/lib/map/countries';
import { describeCountryStance, stanceFill } from '@/lib/map/positions';
import { buildMapLayout, countriesWithoutPolygon, mapLayout, type MapLayout, type MapShape } from '@/lib/map/shapes';
import { MAP_VIEWS, viewProjection, type MapView } from '@/lib/map/views';
import { NO_STANCE_COLOR, POSITION_COLORS } from '@/lib/stances/scale';

function shapeOf(layout: MapLayout, code: string): MapShape {
  const shape = layout.shapes.find((s) => s.code === code);
  if (!shape) throw new Error(`${code} is not on the ${layout.view} map`);
  return shape;
}

/** Every absolute coordinate pair of an SVG path from d3 (M, L and closing Z only). */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function inside(layout: MapLayout, [x, y]: [number, number]): boolean {
  return x >= 0 && x <= layout.width && y >= 0 && y <= layout.height;
}

/** The projected point of a longitude/latitude lies inside the view. */
function showsPlace(view: MapView, lon: number, lat: number): boolean {
  const { projection, width, height } = viewProjection(view);
  const p = projection([lon, lat]);
  return !!p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
}

describe('the atlas', () => {
  it('identifies countries by zero-padded ISO numeric ids, with none for Kosovo, N. Cyprus and Somaliland', () => {
    const features = atlasFeatures();
    expect(features.find((f) => f.id === '158')?.name).toBe('Taiwan');
    expect(features.find((f) => f.id === '554')?.name).toBe('New Zealand');
    expect(
      features
        .filter((f) => f.id === undefined)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    expect(features.some((f) => f.id === '010')).toBe(false); // Antarctica is left out
  });

  it('is decoded once per process', () => {
    expect(atlasFeatures()).toBe(atlasFeatures());
    expect(mapLayout('world')).toBe(mapLayout('world'));
  });
});

describe('the world map', () => {
  const layout = buildMapLayout('world');

  it('draws every tracked country exactly once, as a path or a dot', () => {
    const codes = layout.shapes.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(
      mapCountries()
        .map((c) => c.code)
        .sort(),
    );
    expect(codes).toHaveLength(196);
    for (const shape of layout.shapes) expect(Boolean(shape.d) !== Boolean(shape.circle)).toBe(true);
  });

  it('draws countries in the atlas as paths and the rest as dots', () => {
    for (const code of ['NZL', 'AUS', 'USA', 'TWN', 'PSE', 'FJI']) expect(shapeOf(layout, code).d).toBeTruthy();
    for (const code of ['TUV', 'NRU', 'KIR', 'MHL', 'PLW', 'TON', 'WSM', 'SGP']) {
      expect(shapeOf(layout, code).circle).toBeDefined();
    }
    expect(
      layout.shapes
        .filter((s) => s.circle)
        .map((s) => s.code)
        .sort(),
    ).toEqual([...countriesWithoutPolygon()].sort());
  });

  it('keeps the shapes inside the viewBox, New Zealand and Hawaii included', () => {
    for (const shape of layout.shapes) {
      const points = shape.d ? pathPoints(shape.d) : [[shape.circle!.cx, shape.circle!.cy] as [number, number]];
      expect(points.length).toBeGreaterThan(0);
      expect(
        points.every((p) => inside(layout, p)),
        shape.code,
      ).toBe(true);
    }
    expect(showsPlace('world', 174.8, -41.3)).toBe(true); // Wellington
    expect(showsPlace('world', -157.9, 21.3)).toBe(true); // Honolulu
  });

  it('stays small', () => {
    const bytes = layout.shapes.reduce((n, s) => n + (s.d?.length ?? 0), 0) + layout.otherLand.length;
    expect(bytes).toBeLessThan(150_000);
    // One decimal place at most.
    expect(/\d\.\d\d/.test(shapeOf(layout, 'NZL').d!)).toBe(false);
  });
});

describe('the Indo-Pacific map', () => {
  const layout = buildMapLayout('indo-pacific');

  it('shows the region, from India to Hawaii and Japan to New Zealand', () => {
    for (const code of ['NZL', 'AUS', 'JPN', 'IND', 'PHL', 'IDN', 'PNG', 'FJI', 'USA', 'CHN']) {
      const d = shapeOf(layout, code).d!;
      expect(
        pathPoints(d).every((p) => inside(layout, p)),
        code,
      ).toBe(true);
    }
    for (const code of ['TUV', 'NRU', 'KIR', 'PLW', 'TON', 'WSM', 'SGP', 'MDV']) {
      const { cx, cy } = shapeOf(layout, code).circle!;
      expect(inside(layout, [cx, cy]), code).toBe(true);
    }
    for (const [lon, lat] of [
      [174.8, -41.3], // Wellington
      [168.3, -46.6], // Invercargill, south of New Zealand
      [141.3, 43.1], // Sapporo
      [72.9, 19.1], // Mumbai
      [-157.9, 21.3], // Honolulu
      [-155.5, 19.6], // Hawaii's big island
    ] as const) {
      expect(showsPlace('indo-pacific', lon, lat), `${lon},${lat}`).toBe(true);
    }
  });

  it('keeps New Zealand and Fiji whole rather than split at the antimeridian', () => {
    for (const code of ['NZL', 'FJI']) {
      // Split, a country would reach across the whole map; whole, it spans a few per cent of it.
      const xs = pathPoints(shapeOf(layout, code).d!).map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs), code).toBeLessThan(layout.width / 10);
    }
  });

  it('leaves out countries wholly outside the view, so no hidden link is in the tab order', () => {
    const codes = new Set(layout.shapes.map((s) => s.code));
    for (const code of ['BRA', 'GBR', 'ATG', 'VAT']) expect(codes.has(code), code).toBe(false);
    expect(new Set(layout.shapes.map((s) => s.code)).size).toBe(layout.shapes.length);
  });
});

describe('layouts', () => {
  it('are deterministic', () => {
    for (const view of MAP_VIEWS) expect(JSON.stringify(buildMapLayout(view))).toBe(JSON.stringify(buildMapLayout(view)));
  });
});

describe('stances', () => {
  it('name and colour a country by its stance, or as having none', () => {
    expect(describeCountryStance('New Zealand', { position: 'committed', label: 'committed since Dec 2024' })).toBe('New Zealand: committed since Dec 2024');
    expect(describeCountryStance('Tuvalu', undefined)).toBe('Tuvalu: no stance recorded');
    expect(stanceFill(undefined)).toBe(NO_STANCE_COLOR);
    // The same colours as the stance badges, so a position looks the same everywhere.
    expect(stanceFill({ position: 'opposed', label: 'opposed' })).toBe(POSITION_COLORS.opposed.fill);
  });
});
