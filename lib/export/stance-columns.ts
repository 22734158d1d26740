// The columns of a stance-ledger export, in their default order; evidence as event ids joined with "; ".
import type { StanceEntry } from '@/db/queries/stances';
import { LIST_SEPARATOR, type Column } from './csv';

export const STANCE_COLUMNS: readonly Column<StanceEntry>[] = [
  { name: 'id', kind: 'number', value: (s) => s.id },
  { name: 'country', kind: 'text', value: (s) => s.country },
  { name: 'country_name', kind: 'text', value: (s) => s.countryName },
  { name: 'initiative', kind: 'text', value: (s) => s.initiative },
  { name: 'initiative_name', kind: 'text', value: (s) => s.initiativeName },
  { name: 'position', kind: 'text', value: (s) => s.position },
  { name: 'as_of', kind: 'date', value: (s) => s.asOf },
  { name: 'date_precision', kind: 'text', value: (s) => s.datePrecision },
  { name: 'confidence', kind: 'text', value: (s) => s.confidence },
  { name: 'rationale', kind: 'text', value: (s) => s.rationale },
  { name: 'change_note', kind: 'text', value: (s) => s.changeNote },
  { name: 'evidence_event_ids', kind: 'text', value: (s) => s.evidence.join(LIST_SEPARATOR) },
  { name: 'current', kind: 'text', value: (s) => (s.current ? 'yes' : 'no') },
  { name: 'recorded_by', kind: 'text', value: (s) => s.recordedBy },
  { name: 'recorded_at', kind: 'date', value: (s) => s.recordedAt },
  { name: 'version', kind: 'number', value: (s) => s.version },
];
