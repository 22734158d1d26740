// The reads the pool runs in its worker threads (lib/reads/pool.ts), on the worker's own connection.
import type { Executor } from '@/db';
import type { ReadJob, ReadResult } from '@/lib/reads/job';
import { chartBuckets, countEventsUpTo, listEvents } from './timeline';

export function runReadJob<J extends ReadJob>(job: J, db: Executor): ReadResult<J> {
  switch (job.kind) {
    case 'timeline-list':
      return listEvents(job.filter, job.page, job.reader, db) as ReadResult<J>;
    case 'timeline-count':
      return countEventsUpTo(job.filter, job.cap, job.reader, db) as ReadResult<J>;
    case 'timeline-summary': {
      // One count of the matches serves the match count and tells the chart whether it may read them all.
      const count = countEventsUpTo(job.filter, job.cap, job.reader, db);
      return { count, chart: chartBuckets(job.filter, job.granularity, job.cap, job.reader, db, count) } as ReadResult<J>;
    }
  }
}
