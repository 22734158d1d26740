// A CSV download streamed from the export worker (db/workers/export.ts). better-sqlite3 is synchronous,
// so an export read on the server's own connection would stall every other request for as long as each
// batch ran; the worker reads and encodes on a connection of its own and this thread only passes its
// chunks on (docs/export.md measures both). The stream asks for a chunk only when the client has taken
// the last one (backpressure: a slow client holds a chunk or two in memory, not the export), and a client
// that goes away ends the worker at once.
import type { Worker } from 'node:worker_threads';
import { env } from '@/lib/env';
import { csvText, type Column } from './csv';
import type { ExportJob, ExportWorkerData, FromExportWorker, ToExportWorker } from './job';
import { startSpareExportWorker, takeExportWorker } from './workers';

export type ExportEnd = { rows: number; complete: boolean };

/** Exports running at once, each a thread with its own connection; one more waits for a free one. */
export const MAX_RUNNING_EXPORTS = 4;
let running = 0;

/** How many export workers are running now. */
export const runningExports = () => running;

export async function csvExport<Row>({
  job,
  columns,
  filename,
  bom = false,
  signal,
  onEnd,
  onRefused,
}: {
  job: ExportJob;
  columns: readonly Column<Row>[];
  filename: string;
  bom?: boolean;
  /** The request's: aborted when the client disconnects. */
  signal?: AbortSignal;
  /** Once, when the export ends: after its last row, or when the client stopped it or it failed. */
  onEnd: (end: ExportEnd) => void;
  /** The response when the worker refuses the job (an annotation filter whose event text is too common). */
  onRefused?: () => Response;
}): Promise<Response> {
  if (running >= MAX_RUNNING_EXPORTS) {
    const error = `${MAX_RUNNING_EXPORTS} exports are running; try again when one has finished`;
    return Response.json({ error }, { status: 503, headers: { 'Retry-After': '30' } });
  }
  running++;
  const worker = takeExportWorker();
  const inbox = messagesOf(worker);
  const data: ExportWorkerData = { job, columns: columns.map((c) => c.name), databasePath: env().DATABASE_PATH };
  worker.postMessage({ type: 'start', data } satisfies ToExportWorker);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    void worker.terminate();
    if (--running === 0) startSpareExportWorker();
  };
  let rows = 0;
  let ended = false;
  const end = (complete: boolean) => {
    if (ended) return;
    ended = true;
    release();
    onEnd({ rows, complete });
  };
  const failed = (message: FromExportWorker) =>
    console.error(`watchfloor: export ${job.kind} failed after ${rows} rows: ${message.type === 'failed' ? message.message : message.type}`);

  signal?.addEventListener('abort', () => end(false), { once: true });
  // A job the worker may refuse (only an annotation filter can be) is answered once the worker has looked
  // at it, so that a refusal can still be a 400; any other starts streaming at once, its header first.
  let ready = false;
  if (onRefused) {
    const first = await inbox.next();
    if (first.type !== 'ready') {
      release();
      if (first.type === 'refused') return onRefused();
      failed(first);
      return Response.json({ error: 'The export failed; try again' }, { status: 500 });
    }
    ready = true;
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(new TextEncoder().encode(csvText([], columns, { header: true, bom })));
      },
      async pull(controller) {
        if (ended) return;
        if (!ready) {
          const first = await inbox.next();
          ready = first.type === 'ready';
          if (!ready) {
            failed(first);
            end(false);
            controller.error(new Error('export failed'));
            return;
          }
        }
        worker.postMessage({ type: 'pull' } satisfies ToExportWorker);
        const message = await inbox.next();
        if (ended) return;
        if (message.type === 'chunk') {
          rows += message.rows;
          controller.enqueue(message.bytes);
        } else if (message.type === 'end') {
          end(true);
          controller.close();
        } else {
          failed(message);
          end(false);
          // The client sees a cut-off download rather than a file that looks complete.
          controller.error(new Error('export failed'));
        }
      },
      cancel() {
        end(false);
      },
    },
    // One chunk queued ahead at most (and one read ahead in the worker): memory stays at a few batches.
    { highWaterMark: 1 },
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The worker's messages one at a time, in order; its crash or exit arrives as a `failed` message. */
function messagesOf(worker: Worker) {
  const queue: FromExportWorker[] = [];
  let waiting: ((m: FromExportWorker) => void) | null = null;
  const deliver = (m: FromExportWorker) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(m);
    } else queue.push(m);
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ type: 'failed', message: error.message }));
  worker.on('exit', (code) => deliver({ type: 'failed', message: `the worker exited (${code})` }));
  return {
    next: () => new Promise<FromExportWorker>((resolve) => (queue.length ? resolve(queue.shift()!) : (waiting = resolve))),
  };
}
