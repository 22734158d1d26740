// What the event form's actions answer: the shared action result, plus the conflict a stale save meets.
import type { ActionResult } from '@/lib/action-result';
import type { EventFormValues } from './form';
import type { EventInput } from './schema';

/** What the edit form needs to show when someone else saved first. */
export type EventConflict = {
  version: number;
  updatedByName: string | null;
  updatedAt: string;
  differingFields: (keyof EventInput)[];
  current: EventFormValues;
};

export type EventFormResult = ActionResult & { conflict?: EventConflict };
