// Which countries Watchfloor tracks: UN member and observer states plus Taiwan, from the maintained
// world-countries package. The seed and the map both draw from this one list.
import worldCountries from 'world-countries';

// Not UN members, but analysts of the region follow them as actors in their own right.
const ALSO_TRACKED = new Set(['TWN', 'PSE']);

export type TrackedCountry = (typeof worldCountries)[number];

export function trackedCountries(): TrackedCountry[] {
  return worldCountries.filter((c) => c.unMember || ALSO_TRACKED.has(c.cca3));
}
