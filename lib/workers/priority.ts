// A worker thread's CPU priority. On a small machine a long read in a worker competes with the server's
// own thread for the cores; lowering the worker's priority lets the server's requests preempt it, and costs
// the worker nothing while the server is idle (docs/export.md measures both).
import fs from 'node:fs';
import os from 'node:os';

/**
 * Lowers the calling thread's priority (a nice value of 10) on Linux, where setpriority on a thread id
 * affects that thread alone. Elsewhere, or where it is refused, the thread keeps the process's priority.
 */
export function yieldCpuToServer(nice = 10) {
  try {
    const threadId = Number(path(fs.readlinkSync('/proc/thread-self')));
    if (Number.isInteger(threadId) && threadId > 0) os.setPriority(threadId, nice);
  } catch {
    // not Linux: the worker runs at the process's priority
  }
}

/** `/proc/thread-self` links to `<pid>/task/<tid>`. */
const path = (link: string) => link.split('/').pop();
