// The first module of every worker thread: the app's TypeScript runs in workers from source, through the
// same tsx loader the scripts use, because Next bundles only the server's own module graph. Only tsx's
// CommonJS hook is registered: its ES-module hook would start a loader thread (another V8 isolate, tens
// of megabytes) in every worker. The worker's entry (a repo file, from lib/workers/spawn.ts) is required.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)(fileURLToPath(workerData.entry));
