// The export worker: one export, read on a connection of its own and written as CSV in this thread, so
// that the server's thread only passes bytes on (docs/export.md). Started ahead of need
// (lib/export/workers.ts), it waits for its export, then reads a batch ahead: while the route sends one
// chunk, the next is being read. The route ends it by terminating the thread (done, or the client gone).
import { parentPort } from 'node:worker_threads';
import type { DB } from '@/db/client';
import { annotationExportBatches, eventExportBatches, pinnedExportBatches, stanceExportBatches } from '@/db/queries/export';
import { ANNOTATION_COLUMNS } from '@/lib/export/annotation-columns';
import { chooseColumns, csvText, type Column } from '@/lib/export/csv';
import { EVENT_COLUMNS } from '@/lib/export/event-columns';
import type { ExportJob, ExportWorkerData, FromExportWorker, ToExportWorker } from '@/lib/export/job';
import { STANCE_COLUMNS } from '@/lib/export/stance-columns';
import { yieldCpuToServer } from '@/lib/workers/priority';
import { openReader } from './reader';

const port = parentPort!;
const post = (message: FromExportWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const failure = (error: unknown): FromExportWorker => ({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
const encoder = new TextEncoder();

yieldCpuToServer();

port.once('message', (message: ToExportWorker) => {
  if (message.type !== 'start') return;
  try {
    run(message.data);
  } catch (error) {
    post(failure(error));
    port.close();
  }
});

function open(job: ExportJob, db: DB): { batches: Generator<unknown[], void, undefined>; columns: readonly Column<never>[] } | null {
  switch (job.kind) {
    case 'events':
      return { batches: eventExportBatches(job.filter, job.reader, {}, db), columns: EVENT_COLUMNS };
    case 'pinned':
      return { batches: pinnedExportBatches(job.viewId, {}, db), columns: EVENT_COLUMNS };
    case 'stances':
      return { batches: stanceExportBatches(job.query, {}, db), columns: STANCE_COLUMNS };
    case 'annotations': {
      const batches = annotationExportBatches({ query: job.query, events: job.events, reader: job.reader }, {}, db);
      return batches && { batches, columns: ANNOTATION_COLUMNS };
    }
  }
}

function run({ job, columns: names, databasePath }: ExportWorkerData) {
  // One pass over the data: a small page cache, since few pages are read twice.
  const db = openReader(databasePath, { cacheKb: 8192 });
  const opened = open(job, db);
  if (!opened) return post({ type: 'refused' });
  const chosen = chooseColumns<unknown>(names.join(','), opened.columns as readonly Column<unknown>[]);
  if (!chosen.ok) throw new Error(chosen.message); // the route chose them from the same list
  const { batches } = opened;
  const read = (): FromExportWorker => {
    const next = batches.next();
    if (next.done) return { type: 'end' };
    return { type: 'chunk', bytes: encoder.encode(csvText(next.value, chosen.columns)), rows: next.value.length };
  };
  let ahead = read();
  post({ type: 'ready' });
  port.on('message', (message: ToExportWorker) => {
    if (message.type !== 'pull') return;
    const chunk = ahead;
    post(chunk, chunk.type === 'chunk' ? [chunk.bytes.buffer as ArrayBuffer] : []);
    if (chunk.type !== 'chunk') {
      db.$client.close();
      port.close();
      return;
    }
    try {
      ahead = read();
    } catch (error) {
      ahead = failure(error);
    }
  });
}
