// Runs once when the server starts: the spare export worker is started now, so that the first export
// does not wait for it (lib/export/workers.ts). Not during `next build`, which loads this file too.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startSpareExportWorker } = await import('@/lib/export/workers');
  startSpareExportWorker();
}
