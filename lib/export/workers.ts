// The export workers (db/workers/export.ts): one thread per running export, and one spare started ahead
// of need, so that an export starts without waiting for a thread to load the app's modules (about 400 ms)
// and the server's memory does not jump by a worker's worth when an export begins. The spare is started
// when the server starts (instrumentation.ts) and again after each export ends, never while one runs.
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '@/lib/workers/spawn';

const ENTRY = 'db/workers/export.ts';
// Enough for a batch of rows and its CSV several times over; a runaway export ends its worker, not the server.
const LIMITS = { heapMb: 64, youngMb: 16 };

let spare: Worker | null = null;

function spawn(): Worker {
  const worker = spawnWorker(ENTRY, LIMITS);
  // An idle spare must not keep a script or a test run alive.
  worker.unref();
  worker.on('error', (error) => console.error(`watchfloor: an export worker failed: ${error.message}`));
  return worker;
}

/** Starts the spare export worker if there is none. */
export function startSpareExportWorker() {
  if (spare) return;
  const worker = spawn();
  worker.once('exit', () => {
    if (spare === worker) spare = null;
  });
  spare = worker;
}

/** A worker for one export: the spare when there is one, else a new one. */
export function takeExportWorker(): Worker {
  const worker = spare ?? spawn();
  spare = null;
  return worker;
}
