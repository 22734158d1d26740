// `npm run bench -- --db /tmp/watchfloor-1m.db [--baseline-db FILE] [--iterations 30] [--only timeline|annotations|views|export|stall] [--plans]`: times the
// timeline and annotation queries the app runs against a (synthetic) database and prints a Markdown table for docs/performance.md; then the export
// figures and the stall goal (issue 12: health and a rare-word search beside the worst searches) against a production server
// (scripts/bench-export-server.ts, scripts/bench-stall.ts, each on a copy of the database; need a build, and curl for the export).
// --baseline-db is the same database before its annotations (db:synthetic --baseline-db); --plans prints the query plans
// of the annotation reads instead; --only runs one part of the rows (the annotation part takes minutes, the whole about 15).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { explainAnnotationReads, formatTable, runBenchmark } from './lib/bench';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'baseline-db': { type: 'string' },
    iterations: { type: 'string', default: '30' },
    pages: { type: 'string', default: '200' },
    plans: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (!values.db) {
  console.error('bench: give the database with --db <path> (build one with npm run db:synthetic)');
  process.exit(1);
}
if (values.only !== undefined && !['timeline', 'annotations', 'views', 'export', 'stall'].includes(values.only)) {
  console.error(`bench: --only takes timeline, annotations, views, export or stall, not ${values.only}`);
  process.exit(1);
}
const only = values.only as 'timeline' | 'annotations' | 'views' | 'export' | 'stall' | undefined;
if (only === 'export') process.exit(serverBench('scripts/bench-export-server.ts', values.db));
if (only === 'stall') process.exit(serverBench('scripts/bench-stall.ts', values.db));
const db = openDatabase(values.db);
const baseline = values['baseline-db'] ? openDatabase(values['baseline-db']) : undefined;
if (values.plans) console.log(explainAnnotationReads(db));
else console.log(formatTable(runBenchmark(db, { iterations: Number(values.iterations), pages: Number(values.pages), baseline, only })));
db.$client.close();
baseline?.$client.close();
if (!values.plans && only === undefined) {
  const exported = serverBench('scripts/bench-export-server.ts', values.db);
  process.exit(serverBench('scripts/bench-stall.ts', values.db) || exported);
}

/** A benchmark against a production server, on a copy of the database (each adds users, views or share links to what it runs on). */
function serverBench(script: string, db: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watchfloor-bench-'));
  const copy = path.join(dir, 'export.db');
  try {
    // Closing the last connection checkpoints the WAL into the file, so that the copy holds every commit.
    openDatabase(db).$client.close();
    fs.copyFileSync(db, copy);
    const tsx = require.resolve('tsx/cli');
    const run = spawnSync(process.execPath, [tsx, '--conditions=react-server', script, '--db', copy], { stdio: 'inherit' });
    return run.status ?? 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
