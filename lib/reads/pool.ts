// The read pool: timeline reads that can be heavy (a broad search, its count and chart) run in worker
// threads on connections of their own (db/workers/reads.ts), each within a time budget, so that no one
// request holds the server's synchronous connection or stalls anyone else (docs/performance.md).
//
// - A read that runs past demoteAfterMs is heavy: its thread's priority drops to the least, so that the
//   server's thread and the quick reads beside it get the cores first, and it stops counting as one of the
//   pool's ready threads, so a fresh one is started if too few are left and quick reads never queue behind
//   heavy ones. When the read ends the thread's priority is restored and it rejoins the pool; where raising
//   a priority is not allowed (an unprivileged process), the thread ends instead.
// - A read still running at its budget is answered with ReadStopped. better-sqlite3 cannot interrupt a
//   statement and terminating the thread would not stop one either, so the statement runs to its end at the
//   lowest priority and its answer is dropped. Until then it still counts against its user's perReader
//   reads: a user's stopped searches delay that user's next ones, nobody else's.
// - At most maxThreads threads exist; at most maxQueued reads wait for one, and more are refused with
//   ReadsBusy. Waiting counts against the budget.
import 'server-only';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { env } from '@/lib/env';
import { spawnWorker } from '@/lib/workers/spawn';
import { setThreadPriority } from '@/lib/workers/priority';
import { ReadsBusy, ReadStopped } from './errors';
import type { FromReadWorker, ReadJob, ReadResult, ToReadWorker } from './job';

// A page of events with their details, or a chart's buckets, several times over.
const LIMITS = { heapMb: 96, youngMb: 16 };
const LOWEST_PRIORITY = 19;
/** The default budget of one read, from the moment it is asked for. */
export const READ_BUDGET_MS = 3_000;

export type PoolOptions = {
  /** The worker's module, from the repo root. */
  entry: string;
  /** Threads kept ready for quick reads: not reading, or reading for less than demoteAfterMs. */
  size: number;
  /** Threads in all, heavy ones included. */
  maxThreads: number;
  maxQueued: number;
  /** A read still running after this long is heavy: its thread yields the cores to everything else. */
  demoteAfterMs: number;
  /** Reads one signed-in user may have running at once, stopped ones included; the rest wait their turn. */
  perReader: number;
  /** A thread beyond `size` (one back from a heavy read) ends after this long idle. */
  spareIdleMs: number;
};

const APP_POOL: PoolOptions = { entry: 'db/workers/reads.ts', size: 3, maxThreads: 10, maxQueued: 64, demoteAfterMs: 100, perReader: 2, spareIdleMs: 60_000 };

type Pending = {
  id: number;
  job: ReadJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
  budgetMs: number;
  /** Answered with ReadStopped: the statement still runs, its answer will be dropped. */
  stopped: boolean;
};

type Slot = {
  worker: Worker;
  threadId: number | null;
  ready: boolean;
  running: Pending | null;
  heavy: boolean;
  demoteTimer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
};

export type ReadPool = {
  run<J extends ReadJob>(job: J, options?: { budgetMs?: number }): Promise<ReadResult<J>>;
  /** Starts threads up to the pool's size. */
  start(): void;
  /** Threads alive, those ready for a quick read (idle or on a read not yet heavy), reads waiting, and each thread's id. */
  stats(): { threads: number; ready: number; queued: number; threadIds: (number | null)[] };
  /** Ends every thread (tests). */
  close(): Promise<void>;
};

export function createReadPool(options: PoolOptions): ReadPool {
  const slots = new Set<Slot>();
  const queue: Pending[] = [];
  // The priority a thread is restored to after a heavy read: the server thread's own.
  const normalPriority = os.getPriority();
  const runningBy = new Map<number, number>();
  // Share-link reads (no reader) run a view an analyst saved, not a search a caller typed: not limited.
  const readerOf = (pending: Pending) => pending.job.reader?.id ?? null;
  const mayRun = (pending: Pending) => {
    const reader = readerOf(pending);
    return reader === null || (runningBy.get(reader) ?? 0) < options.perReader;
  };
  const charge = (pending: Pending, by: number) => {
    const reader = readerOf(pending);
    if (reader !== null) runningBy.set(reader, (runningBy.get(reader) ?? 0) + by);
  };
  const quick = () => [...slots].filter((s) => !s.heavy);
  let nextId = 1;
  let closed = false;

  function run<J extends ReadJob>(job: J, { budgetMs = READ_BUDGET_MS }: { budgetMs?: number } = {}): Promise<ReadResult<J>> {
    if (queue.length >= options.maxQueued) return Promise.reject(new ReadsBusy());
    return new Promise<ReadResult<J>>((resolve, reject) => {
      const pending: Pending = { id: nextId++, job, resolve: resolve as (value: unknown) => void, reject, budgetMs, timer: null, stopped: false };
      // While no thread has loaded yet (the server just started), the wait is the pool's, not the read's:
      // the budget starts once one is ready.
      if ([...slots].some((s) => s.ready)) startBudget(pending);
      queue.push(pending);
      fill();
      dispatch();
    });
  }

  function startBudget(pending: Pending) {
    pending.timer ??= setTimeout(() => stop(pending), pending.budgetMs);
  }

  function stop(pending: Pending) {
    const queued = queue.indexOf(pending);
    if (queued >= 0) queue.splice(queued, 1);
    pending.stopped = true;
    pending.reject(new ReadStopped(pending.budgetMs));
  }

  function spawn() {
    const worker = spawnWorker(options.entry, LIMITS);
    // Idle threads must not keep a script or a test run alive.
    worker.unref();
    const slot: Slot = { worker, threadId: null, ready: false, running: null, heavy: false, demoteTimer: null, idleTimer: null };
    slots.add(slot);
    worker.on('message', (message: FromReadWorker) => onMessage(slot, message));
    worker.on('error', (error) => console.error(`watchfloor: a read worker failed: ${error.message}`));
    worker.once('exit', () => {
      slots.delete(slot);
      const pending = slot.running;
      if (pending) {
        charge(pending, -1);
        clearTimeout(pending.timer ?? undefined);
        if (!pending.stopped) pending.reject(new Error('The read worker stopped unexpectedly.'));
      }
      fill();
      dispatch();
    });
  }

  function onMessage(slot: Slot, message: FromReadWorker) {
    if (message.type === 'ready') {
      slot.ready = true;
      slot.threadId = message.threadId;
      queue.forEach(startBudget);
    } else {
      const pending = slot.running;
      if (!pending || pending.id !== message.id) return;
      charge(pending, -1);
      clearTimeout(pending.timer ?? undefined);
      clearTimeout(slot.demoteTimer ?? undefined);
      slot.running = null;
      if (!pending.stopped) {
        if (message.type === 'done') pending.resolve(message.value);
        else pending.reject(new Error(message.message));
      }
      if (slot.heavy) {
        // Back to the server's priority and into the pool, or, where that is not allowed, ended.
        if (setThreadPriority(slot.threadId, normalPriority)) slot.heavy = false;
        else return void slot.worker.terminate();
      }
      // Kept a while as a spare, so that the next heavy read does not start a thread (loading one costs
      // more than most reads), then ended.
      if (quick().length > options.size) {
        slot.idleTimer = setTimeout(() => {
          if (!slot.running && quick().length > options.size) void slot.worker.terminate();
        }, options.spareIdleMs);
        slot.idleTimer.unref();
      }
    }
    fill();
    dispatch();
  }

  function fill() {
    while (!closed && quick().length < options.size && slots.size < options.maxThreads) spawn();
  }

  function dispatch() {
    for (const slot of slots) {
      if (!queue.length) return;
      if (!slot.ready || slot.running) continue;
      const next = queue.findIndex(mayRun);
      if (next < 0) return;
      const [pending] = queue.splice(next, 1) as [Pending];
      charge(pending, 1);
      clearTimeout(slot.idleTimer ?? undefined);
      slot.running = pending;
      slot.demoteTimer = setTimeout(() => {
        if (slot.running !== pending || !setThreadPriority(slot.threadId, LOWEST_PRIORITY)) return;
        slot.heavy = true;
        fill();
        dispatch();
      }, options.demoteAfterMs);
      const message: ToReadWorker = { id: pending.id, job: pending.job, databasePath: env().DATABASE_PATH };
      slot.worker.postMessage(message);
    }
  }

  return {
    run,
    start: fill,
    stats: () => ({
      threads: slots.size,
      ready: quick().filter((s) => s.ready).length,
      queued: queue.length,
      threadIds: [...slots].map((s) => s.threadId),
    }),
    async close() {
      closed = true;
      const all = [...slots];
      slots.clear();
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

// One pool per server process, kept across Next's module instances like the database connection.
const global = globalThis as { watchfloorReadPool?: ReadPool };
const appPool = (): ReadPool => (global.watchfloorReadPool ??= createReadPool({ ...APP_POOL }));

/** Starts the pool's threads ahead of need (instrumentation.ts), so the first search does not wait for one to load. */
export function startReadPool() {
  appPool().start();
}

/** Runs a read in the app's pool: its answer, or ReadStopped past the budget, or ReadsBusy when too many wait. */
export function runRead<J extends ReadJob>(job: J, options?: { budgetMs?: number }): Promise<ReadResult<J>> {
  return appPool().run(job, options);
}
