// The stance scale and the ledger's rules: which entry is a country's current stance on a subject.

export const POSITIONS = ['opposed', 'critical', 'ambiguous', 'supportive', 'committed'] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_VALUES: Record<Position, number> = { opposed: -2, critical: -1, ambiguous: 0, supportive: 1, committed: 2 };

export function positionFromValue(value: number): Position | undefined {
  return POSITIONS.find((p) => POSITION_VALUES[p] === value);
}

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

type LedgerEntry = { id: number; asOf: string; recordedAt: string };

/**
 * Newest first, in ledger order: by as-of date, then by when it was recorded (a change the same day
 * recorded later supersedes), then by id for entries recorded in the same instant.
 */
export function compareLedger(a: LedgerEntry, b: LedgerEntry): number {
  return b.asOf.localeCompare(a.asOf) || b.recordedAt.localeCompare(a.recordedAt) || b.id - a.id;
}

/** The current stance: the entry with the latest as-of date, ties broken by recording time. */
export function currentEntry<T extends LedgerEntry>(entries: T[]): T | undefined {
  return [...entries].sort(compareLedger)[0];
}
