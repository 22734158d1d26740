// Worker threads for work that would otherwise hold the server's one synchronous database connection for
// long: each opens a connection of its own (WAL lets readers run beside the writer), so the server's
// thread keeps answering other requests meanwhile (docs/export.md).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// The repo root, behind a call the bundler does not evaluate: a path it can work out statically would be
// bundled (the bootstrap, then tsx itself), or traced with every file under the root.
const root = (): string => process.cwd();
const BOOTSTRAP = path.join(root(), 'lib', 'workers', 'bootstrap.mjs');

/**
 * Starts `entry` (a path from the repo root, such as `db/workers/export.ts`) in a worker thread. Its heap
 * is capped, so that a runaway job ends its worker, not the server.
 */
export function spawnWorker(entry: string, { heapMb, youngMb }: { heapMb: number; youngMb: number }): Worker {
  const entryUrl = fileUrlInRepo(entry);
  // The worker starts from a line of code that imports the bootstrap, not from the bootstrap's path: the
  // bundler would follow a path (into tsx and esbuild's binaries), and it cannot follow this.
  return new Worker(`import(${JSON.stringify(pathToFileURL(BOOTSTRAP).href)})`, {
    eval: true,
    workerData: { entry: entryUrl },
    // The app's server modules import 'server-only', which resolves to an empty module under this condition.
    execArgv: ['--conditions=react-server'],
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngMb },
  });
}

function fileUrlInRepo(file: string): string {
  return pathToFileURL(path.join(root(), file)).href;
}
