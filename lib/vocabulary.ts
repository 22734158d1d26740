// The controlled vocabularies of Watchfloor: event types, date precisions, roles and source grades.

export const EVENT_TYPES = ['agreement', 'meeting', 'policy-document', 'statement', 'membership', 'budget', 'exercise', 'incident', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  agreement: 'Agreement',
  meeting: 'Meeting',
  'policy-document': 'Policy document',
  statement: 'Statement',
  membership: 'Membership',
  budget: 'Budget',
  exercise: 'Exercise',
  incident: 'Incident',
  other: 'Other',
};

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How a country took part in an event. Free to grow; these are the ones the forms offer. */
export const COUNTRY_ROLES = [
  'host',
  'chair',
  'convener',
  'participant',
  'party',
  'author',
  'subject',
  'endorser',
  'member',
  'partner',
  'observer',
  'advisory',
] as const;

/** User roles, from most to least privileged. */
export const ROLES = ['admin', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Why a session ended: the user signed out (here, from another session, or everywhere), or an operator changed the account. */
export const SESSION_END_REASONS = [
  'sign-out',
  'ended-by-user',
  'sign-out-everywhere',
  'disabled',
  'role-change',
  'password-change',
  'password-reset',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

// NATO / Admiralty grading: reliability of the source, credibility of the information.
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_GRADES)[number];
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** "B2: usually reliable, probably true" */
export function describeGrade(reliability: Reliability, credibility: number): string {
  return `${reliability}${credibility}: ${RELIABILITY_LABELS[reliability]}, ${CREDIBILITY_LABELS[credibility as Credibility] ?? 'unknown credibility'}`;
}
