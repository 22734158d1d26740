// Demo stances and memberships, with evidence named by the titles of demo events.
import type { Confidence, MembershipRole, Position } from '@/lib/stances/scale';
import type { DatePrecision } from '../../lib/vocabulary';

const SHANGRI_LA = 'Thirteen nations endorse principles for Indo-Pacific defence industrial collaboration';
const PLENARY = 'PIPIR holds its inaugural plenary in Honolulu';
const NZ_JOINS = 'New Zealand confirms it takes part in PIPIR';
const AUKUS = 'AUKUS partnership announced';

type DemoStance = {
  country: string;
  initiative: string;
  position: Position;
  asOf: string;
  asOfPrecision: DatePrecision;
  confidence: Confidence;
  rationale: string;
  changeNote?: string;
  evidence: string[];
};

type DemoMembership = {
  country: string;
  initiative: string;
  role: MembershipRole;
  joined: string;
  joinedPrecision: DatePrecision;
  confidence: Confidence;
  note?: string;
  evidence: string[];
};

// In ledger order for each country: New Zealand's PIPIR entries show a change of stance.
export const DEMO_STANCES: DemoStance[] = [
  {
    country: 'USA',
    initiative: 'pipir',
    position: 'committed',
    asOf: '2024-05-31',
    asOfPrecision: 'day',
    confidence: 'high',
    rationale: 'Convened the endorsement of the founding principles and chairs the partnership.',
    evidence: [SHANGRI_LA, PLENARY],
  },
  {
    country: 'AUS',
    initiative: 'pipir',
    position: 'committed',
    asOf: '2024-10-07',
    asOfPrecision: 'day',
    confidence: 'moderate',
    rationale: 'Named as a member in reporting on the inaugural plenary; linked to missile co-production.',
    evidence: [PLENARY],
  },
  {
    country: 'JPN',
    initiative: 'pipir',
    position: 'committed',
    asOf: '2024-10-07',
    asOfPrecision: 'day',
    confidence: 'moderate',
    rationale: 'Named as a member in reporting on the inaugural plenary; linked to missile co-production.',
    evidence: [PLENARY],
  },
  {
    country: 'KOR',
    initiative: 'pipir',
    position: 'committed',
    asOf: '2024-10-07',
    asOfPrecision: 'day',
    confidence: 'moderate',
    rationale: 'Named as a member in reporting on the inaugural plenary; linked to drone production.',
    evidence: [PLENARY],
  },
  {
    country: 'TWN',
    initiative: 'pipir',
    position: 'supportive',
    asOf: '2024-10-07',
    asOfPrecision: 'day',
    confidence: 'low',
    rationale: 'Vice defence minister attended the plenary; an advisory role is reported by Taiwanese media only, not confirmed officially.',
    evidence: [PLENARY],
  },
  {
    country: 'NZL',
    initiative: 'pipir',
    position: 'supportive',
    asOf: '2024-06-01',
    asOfPrecision: 'month',
    confidence: 'moderate',
    rationale: 'Endorsed the Statement of Principles at the Shangri-La Dialogue, mentioned only in the defence minister’s speech.',
    evidence: [SHANGRI_LA],
  },
  {
    country: 'NZL',
    initiative: 'pipir',
    position: 'committed',
    asOf: '2024-12-09',
    asOfPrecision: 'day',
    confidence: 'high',
    rationale: 'The defence minister confirmed participation; the Defence Force takes part in the supply chain resilience workstream.',
    changeNote: 'Participation confirmed by the minister, moving from endorsing principles to taking part in a workstream.',
    evidence: [NZ_JOINS, PLENARY],
  },
  {
    country: 'AUS',
    initiative: 'aukus',
    position: 'committed',
    asOf: '2021-09-15',
    asOfPrecision: 'day',
    confidence: 'high',
    rationale: 'Founding party to the partnership.',
    evidence: [AUKUS],
  },
  {
    country: 'GBR',
    initiative: 'aukus',
    position: 'committed',
    asOf: '2021-09-15',
    asOfPrecision: 'day',
    confidence: 'high',
    rationale: 'Founding party to the partnership.',
    evidence: [AUKUS],
  },
  {
    country: 'USA',
    initiative: 'aukus',
    position: 'committed',
    asOf: '2021-09-15',
    asOfPrecision: 'day',
    confidence: 'high',
    rationale: 'Founding party to the partnership.',
    evidence: [AUKUS],
  },
  {
    country: 'NZL',
    initiative: 'aukus-pillar-2',
    position: 'ambiguous',
    asOf: '2024-12-09',
    asOfPrecision: 'day',
    confidence: 'moderate',
    rationale: 'The government is considering whether to join Pillar II amid public debate; no decision announced.',
    evidence: [NZ_JOINS],
  },
];

export const DEMO_MEMBERSHIPS: DemoMembership[] = [
  {
    country: 'USA',
    initiative: 'pipir',
    role: 'founding-member',
    joined: '2024-05-31',
    joinedPrecision: 'day',
    confidence: 'high',
    note: 'Convener and chair.',
    evidence: [SHANGRI_LA, PLENARY],
  },
  {
    country: 'NZL',
    initiative: 'pipir',
    role: 'founding-member',
    joined: '2024-05-31',
    joinedPrecision: 'day',
    confidence: 'high',
    note: 'Endorsed the founding principles; participation confirmed in December 2024.',
    evidence: [SHANGRI_LA, NZ_JOINS],
  },
  { country: 'AUS', initiative: 'pipir', role: 'member', joined: '2024-01-01', joinedPrecision: 'year', confidence: 'moderate', evidence: [PLENARY] },
  { country: 'JPN', initiative: 'pipir', role: 'member', joined: '2024-01-01', joinedPrecision: 'year', confidence: 'moderate', evidence: [PLENARY] },
  { country: 'KOR', initiative: 'pipir', role: 'member', joined: '2024-01-01', joinedPrecision: 'year', confidence: 'moderate', evidence: [PLENARY] },
  {
    country: 'TWN',
    initiative: 'pipir',
    role: 'advisory',
    joined: '2024-10-07',
    joinedPrecision: 'day',
    confidence: 'low',
    note: 'Reported by Taiwan News; not confirmed officially.',
    evidence: [PLENARY],
  },
  { country: 'AUS', initiative: 'aukus', role: 'founding-member', joined: '2021-09-15', joinedPrecision: 'day', confidence: 'high', evidence: [AUKUS] },
  { country: 'GBR', initiative: 'aukus', role: 'founding-member', joined: '2021-09-15', joinedPrecision: 'day', confidence: 'high', evidence: [AUKUS] },
  { country: 'USA', initiative: 'aukus', role: 'founding-member', joined: '2021-09-15', joinedPrecision: 'day', confidence: 'high', evidence: [AUKUS] },
];
