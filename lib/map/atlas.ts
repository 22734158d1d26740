// Natural Earth 1:110m countries from world-atlas, decoded once per process.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// A JSON import is bundled by Next (Turbopack) and read by vitest alike, with no file path to trace at run time.
import countries110m from 'world-atlas/countries-110m.json';

interface AtlasProperties {
  name: string;
}

export interface AtlasFeature {
  /**
   * ISO 3166-1 numeric code as a zero-padded string ("036", "158" for Taiwan). Natural Earth gives
   * none to Kosovo, Northern Cyprus and Somaliland.
   */
  id: string | undefined;
  name: string;
  geometry: Geometry;
}

/** Antarctica: no country's stance to show, and it would take a sixth of the map's height. */
const LEFT_OUT = new Set(['010']);

let cached: AtlasFeature[] | undefined;

export function atlasFeatures(): AtlasFeature[] {
  if (!cached) {
    // The inferred JSON type is structural, not TopoJSON's union of geometry types.
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<AtlasProperties> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, AtlasProperties>;
    cached = collection.features
      .filter((f: Feature<Geometry, AtlasProperties>) => !(typeof f.id === 'string' && LEFT_OUT.has(f.id)))
      .map((f) => ({ id: f.id === undefined ? undefined : String(f.id), name: f.properties.name, geometry: f.geometry }));
  }
  return cached;
}
