// The annotation threads of one stance entry, under it on the country page: open when there are a few,
// collapsed behind their count when there are none or many.
import type { StanceEntry } from '@/db/queries/stances';
import type { AnnotationThread, AnnotationVersion } from '@/lib/annotations/types';
import { formatDate } from '@/lib/dates';
import { AnnotationThreads, type AnnotationReader } from './annotation-threads';

const OPEN_UP_TO = 3;

type Props = {
  stance: Pick<StanceEntry, 'id' | 'initiativeName' | 'asOf' | 'datePrecision'>;
  threads: AnnotationThread[];
  /** Earlier versions by annotation id (of these threads or more). */
  versions: Record<number, AnnotationVersion[]>;
  reader: AnnotationReader;
};

export function StanceThreads({ stance, threads, versions, reader }: Props) {
  const ids = threads.flatMap((t) => [t.id, ...t.replies.map((r) => r.id)]);
  // Only this stance's versions go to the client component.
  const own = Object.fromEntries(ids.filter((id) => versions[id]).map((id) => [id, versions[id]!]));
  const entry = `${stance.initiativeName} stance of ${formatDate(stance.asOf, stance.datePrecision)}`;
  return (
    <details className="mt-2" open={ids.length > 0 && ids.length <= OPEN_UP_TO}>
      <summary className="cursor-pointer text-xs font-medium text-slate-600">Annotations on this stance ({ids.length})</summary>
      <div className="mt-2">
        <AnnotationThreads
          label={`Annotations on the ${entry}`}
          threads={threads}
          versions={own}
          target={{ target: 'stance', stanceId: stance.id }}
          reader={reader}
          emptyText="No annotations on this stance yet."
        />
      </div>
    </details>
  );
}
