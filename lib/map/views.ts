// The map's views: one projection each, fitted to the part of the world the view shows.
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

export const MAP_VIEWS = ['world', 'indo-pacific'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

export const MAP_VIEW_LABELS: Record<MapView, string> = {
  world: 'World',
  'indo-pacific': 'Indo-Pacific',
};

interface ViewSpec {
  /** Longitude at the centre of the map: the view's antimeridian falls half a world away. */
  centre: number;
  /** West and east edges in degrees east (east may pass 180), north and south edges in degrees north. */
  box: { west: number; east: number; north: number; south: number };
  /** Radius of the dot drawn for a country too small for the atlas, in viewBox units. */
  dotRadius: number;
  padding: number;
  /**
   * With a height, the box is fitted inside width × height and the map fills the rest with what lies
   * beyond the box; without one, the height is the box's own.
   */
  height?: number;
}

const SPECS: Record<MapView, ViewSpec> = {
  // Up to the Arctic coasts, down to Cape Horn: Antarctica is not drawn.
  world: { centre: 0, box: { west: -180, east: 180, north: 84, south: -57 }, dotRadius: 3, padding: 2 },
  // From India to Hawaii (150°W = 210°E), Japan to New Zealand; the wider frame adds East Africa and
  // the Gulf to the west. Centred on the western Pacific, so the antimeridian runs through the
  // Atlantic and New Zealand, Fiji and Kiribati stay whole.
  'indo-pacific': {
    centre: 135,
    box: { west: 60, east: 210, north: 48, south: -48 },
    dotRadius: 4.5,
    padding: 0,
    height: 600,
  },
};

export const MAP_WIDTH = 960;

export interface ViewProjection {
  projection: GeoProjection;
  width: number;
  height: number;
  dotRadius: number;
}

/**
 * The box's outline sampled every degree: as points, its sides follow meridians and parallels on
 * the map, where the edges of a polygon would be great circles.
 */
function boxOutline({ west, east, north, south }: ViewSpec['box']): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) coordinates.push([lon, north], [lon, south]);
  for (let lat = south; lat <= north; lat += 1) coordinates.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates };
}

/** Equal Earth keeps areas true, so large countries do not dominate the choropleth. */
export function viewProjection(view: MapView): ViewProjection {
  const spec = SPECS[view];
  const outline = boxOutline(spec.box);
  const projection = geoEqualEarth().rotate([-spec.centre, 0]);
  const width = MAP_WIDTH;
  const pad = spec.padding;
  let height: number;
  if (spec.height) {
    height = spec.height;
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      outline,
    );
  } else {
    projection.fitWidth(width - 2 * pad, outline);
    const [[x0, y0], [, y1]] = geoPath(projection).bounds(outline);
    const [tx, ty] = projection.translate();
    projection.translate([tx - x0 + pad, ty - y0 + pad]);
    height = Math.ceil(y1 - y0 + 2 * pad);
  }
  // Shapes are cut at the view's edges, so off-map parts of Russia or the Americas cost no bytes.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height, dotRadius: spec.dotRadius };
}
