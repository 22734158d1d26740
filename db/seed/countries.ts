// Countries for the database, from the tracked list (UN member and observer states, plus Taiwan).
import { trackedCountries } from '../../lib/tracked-countries';
import type { Country } from '../schema';

export function countryRows(): Country[] {
  return trackedCountries().map((c) => ({ code: c.cca3, name: c.name.common, region: c.region, subregion: c.subregion || null }));
}
