// Countries from the maintained world-countries package: UN member and observer states, plus Taiwan.
import worldCountries from 'world-countries';
import type { Country } from '../schema';

// Not UN members, but analysts of the region follow them as actors in their own right.
const ALSO_TRACKED = new Set(['TWN', 'PSE']);

export function countryRows(): Country[] {
  return worldCountries
    .filter((c) => c.unMember || ALSO_TRACKED.has(c.cca3))
    .map((c) => ({ code: c.cca3, name: c.name.common, region: c.region, subregion: c.subregion || null }));
}
