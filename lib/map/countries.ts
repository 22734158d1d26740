// The countries the map draws, with what the map needs to place them.
import { trackedCountries } from '../tracked-countries';

export interface MapCountry {
  /** ISO 3166-1 alpha-3, the code the database uses. */
  code: string;
  name: string;
  /** ISO 3166-1 numeric, the id of the country's feature in world-atlas. */
  numeric: string;
  /** [latitude, longitude] of a point inside the country, where a country too small for the atlas is drawn. */
  latlng: [number, number];
}

let cached: MapCountry[] | undefined;

export function mapCountries(): MapCountry[] {
  cached ??= trackedCountries()
    .map((c) => ({ code: c.cca3, name: c.name.common, numeric: c.ccn3, latlng: [c.latlng[0], c.latlng[1]] as [number, number] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return cached;
}
