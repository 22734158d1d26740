// How the map fills a country: the app's stance colours, plus the fills only a map needs.
import { NO_STANCE_COLOR, POSITION_COLORS, type Position } from '@/lib/stances/scale';

export const NO_STANCE_LABEL = 'No stance recorded';
/** Land that is none of our countries (Greenland, Western Sahara, Somaliland…): drawn, never linked. */
export const OTHER_LAND_LABEL = 'Territory not tracked';

export interface CountryStance {
  position: Position;
  /** How the stance reads after the country's name, e.g. "committed since Dec 2024". */
  label: string;
}

export function stanceFill(stance: CountryStance | undefined): string {
  return stance ? POSITION_COLORS[stance.position].fill : NO_STANCE_COLOR;
}

/** The accessible name and hover text of a country: "New Zealand: committed since Dec 2024". */
export function describeCountryStance(name: string, stance: CountryStance | undefined): string {
  return `${name}: ${stance ? stance.label : NO_STANCE_LABEL.toLowerCase()}`;
}
