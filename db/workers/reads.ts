// A read pool worker (lib/reads/pool.ts): answers one read at a time on a connection of its own, so that a
// heavy search holds this thread, never the server's. The pool stops it (terminates the thread) when a read
// runs past its budget.
import { parentPort } from 'node:worker_threads';
import type { DB } from '@/db/client';
import { runReadJob } from '@/db/queries/reads';
import type { FromReadWorker, ToReadWorker } from '@/lib/reads/job';
import { currentThreadId } from '@/lib/workers/priority';
import { openReader } from './reader';

const port = parentPort!;
const post = (message: FromReadWorker) => port.postMessage(message);

let db: DB | null = null;
let openPath = '';

port.on('message', ({ id, job, databasePath }: ToReadWorker) => {
  try {
    if (!db || openPath !== databasePath) {
      db?.$client.close();
      // Timeline reads revisit the same index pages page after page: a larger cache than an export's.
      db = openReader(databasePath, { cacheKb: 32_768 });
      openPath = databasePath;
    }
    post({ type: 'done', id, value: runReadJob(job, db) });
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});

post({ type: 'ready', threadId: currentThreadId() });
