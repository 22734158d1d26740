// A stand-in read worker for tests/integration/read-pool.test.ts, speaking db/workers/reads.ts's protocol:
// a timeline-count job is answered after spinning its `cap` in milliseconds (as a long statement holds
// its thread), with the thread's priority at the end.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { FromReadWorker, ToReadWorker } from '@/lib/reads/job';
import { currentThreadId } from '@/lib/workers/priority';

const port = parentPort!;
const post = (message: FromReadWorker) => port.postMessage(message);
const threadId = currentThreadId();

port.on('message', ({ id, job }: ToReadWorker) => {
  if (job.kind !== 'timeline-count') return post({ type: 'failed', id, message: `unexpected ${job.kind}` });
  const until = Date.now() + job.cap;
  while (Date.now() < until);
  post({ type: 'done', id, value: { ms: job.cap, priority: threadId === null ? null : os.getPriority(threadId) } });
});

post({ type: 'ready', threadId });
