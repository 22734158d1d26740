// Runs once when the server starts: the spare export worker and the read pool's threads are started now,
// so that the first export or search does not wait for one to load (lib/export/workers.ts, lib/reads/pool.ts). Not during `next build`, which loads this file too.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startSpareExportWorker } = await import('@/lib/export/workers');
  startSpareExportWorker();
  const { startReadPool } = await import('@/lib/reads/pool');
  startReadPool();
}
