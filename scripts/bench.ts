// `npm run bench -- --db /tmp/watchfloor-1m.db [--iterations 30]`: times the timeline queries the app
// runs against a (synthetic) database and prints a Markdown table for docs/performance.md.
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { formatTable, runBenchmark } from './lib/bench';

const { values } = parseArgs({ options: { db: { type: 'string' }, iterations: { type: 'string', default: '30' }, pages: { type: 'string', default: '200' } } });
if (!values.db) {
  console.error('bench: give the database with --db <path> (build one with npm run db:synthetic)');
  process.exit(1);
}
const db = openDatabase(values.db);
const rows = runBenchmark(db, { iterations: Number(values.iterations), pages: Number(values.pages) });
console.log(formatTable(rows));
db.$client.close();
