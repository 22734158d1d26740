// The stance scale, its colours and symbols, confidence levels and membership roles. Which entry is
// current is decided in SQL (db/queries/stances.ts, LEDGER_ORDER).

export const POSITIONS = ['opposed', 'critical', 'ambiguous', 'supportive', 'committed'] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_VALUES: Record<Position, number> = { opposed: -2, critical: -1, ambiguous: 0, supportive: 1, committed: 2 };

/** A text cue beside every colour, so that colour is never the only signal. */
export const POSITION_SYMBOLS: Record<Position, string> = { opposed: '−−', critical: '−', ambiguous: '○', supportive: '+', committed: '++' };

/** Diverging, colour-blind-safe (ColorBrewer RdBu), with a readable text colour for each. */
export const POSITION_COLORS: Record<Position, { fill: string; text: string }> = {
  opposed: { fill: '#b2182b', text: '#ffffff' },
  critical: { fill: '#ef8a62', text: '#1f2937' },
  ambiguous: { fill: '#fee08b', text: '#1f2937' },
  supportive: { fill: '#67a9cf', text: '#0f172a' },
  committed: { fill: '#2166ac', text: '#ffffff' },
};
export const NO_STANCE_COLOR = '#f8fafc';

// ICD 203 expressions of confidence.
export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const MEMBERSHIP_ROLES = ['founding-member', 'member', 'partner', 'observer', 'advisory'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  'founding-member': 'Founding member',
  member: 'Member',
  partner: 'Partner',
  observer: 'Observer',
  advisory: 'Advisory',
};
