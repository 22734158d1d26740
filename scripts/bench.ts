// `npm run bench -- --db /tmp/watchfloor-1m.db [--baseline-db FILE] [--iterations 30] [--only timeline|annotations|views] [--plans]`: times the timeline and
// annotation queries the app runs against a (synthetic) database and prints a Markdown table for docs/performance.md.
// --baseline-db is the same database before its annotations (db:synthetic --baseline-db); --plans prints the query plans
// of the annotation reads instead; --only runs one part of the rows (the annotation part takes minutes, the whole about 15).
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
if (values.only !== undefined && !['timeline', 'annotations', 'views'].includes(values.only)) {
  console.error(`bench: --only takes timeline, annotations or views, not ${values.only}`);
  process.exit(1);
}
const only = values.only as 'timeline' | 'annotations' | 'views' | undefined;
const db = openDatabase(values.db);
const baseline = values['baseline-db'] ? openDatabase(values['baseline-db']) : undefined;
if (values.plans) console.log(explainAnnotationReads(db));
else console.log(formatTable(runBenchmark(db, { iterations: Number(values.iterations), pages: Number(values.pages), baseline, only })));
db.$client.close();
baseline?.$client.close();
