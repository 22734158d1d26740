// One colour per event type, shared by badges and charts so a type looks the same everywhere.
import type { EventType } from './vocabulary';

export const TYPE_COLORS: Record<EventType, string> = {
  agreement: '#059669',
  meeting: '#0284c7',
  'policy-document': '#7c3aed',
  statement: '#64748b',
  membership: '#1d4ed8',
  budget: '#d97706',
  exercise: '#0d9488',
  incident: '#e11d48',
  other: '#a1a1aa',
};
