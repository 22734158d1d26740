// A worker thread's CPU priority. On a small machine a long read in a worker competes with the server's
// own thread for the cores; lowering the worker's priority lets the server's requests preempt it, and costs
// the worker nothing while the server is idle (docs/export.md measures both).
import fs from 'node:fs';
import os from 'node:os';

/** The calling thread's id on Linux (`/proc/thread-self` links to `<pid>/task/<tid>`), else null. */
export function currentThreadId(): number | null {
  try {
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(threadId) && threadId > 0 ? threadId : null;
  } catch {
    return null;
  }
}

/**
 * Sets a thread's nice value on Linux, where setpriority on a thread id affects that thread alone; false
 * where it is refused (raising a priority needs privileges) or there is no thread id.
 */
export function setThreadPriority(threadId: number | null, nice: number): boolean {
  if (threadId === null) return false;
  try {
    os.setPriority(threadId, nice);
    return true;
  } catch {
    return false;
  }
}

/** Lowers the calling thread's priority (a nice value of 10); elsewhere than Linux it keeps the process's. */
export function yieldCpuToServer(nice = 10) {
  setThreadPriority(currentThreadId(), nice);
}
