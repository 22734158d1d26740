// `npm run bench:export -- --db /tmp/wf-1m.db [--rows 100000]`: reads an events export the way
// /export/events.csv does (eventExportBatches, then csvText per batch), in this process and without a
// server, and prints its rows, megabytes, seconds, first and mean batch and RSS growth. A first gauge of
// the export's cost (docs/export.md); the server-level figures the issue asks for are not measured yet.
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { eventExportBatches } from '@/db/queries/export';
import { csvText } from '@/lib/export/csv';
import { EVENT_COLUMNS } from '@/lib/export/event-columns';
import { EMPTY_FILTER } from '@/lib/timeline/filters';

const { values } = parseArgs({ options: { db: { type: 'string' }, rows: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) } } });
if (!values.db) {
  console.error('bench:export: give the database with --db <path> (build one with npm run db:synthetic)');
  process.exit(1);
}
const limit = Number(values.rows);
const db = openDatabase(values.db);
const rss0 = process.memoryUsage().rss;
let [peak, rows, bytes, batches, first] = [rss0, 0, 0, 0, 0];
const t0 = performance.now();
for (const batch of eventExportBatches(EMPTY_FILTER, null, {}, db)) {
  bytes += Buffer.byteLength(csvText(batch, EVENT_COLUMNS));
  if (!first) first = performance.now() - t0;
  batches++;
  rows += batch.length;
  peak = Math.max(peak, process.memoryUsage().rss);
  if (rows >= limit) break;
}
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    rows,
    megabytes: Math.round(bytes / 1e6),
    seconds: Number(seconds.toFixed(1)),
    firstBatchMs: Number(first.toFixed(1)),
    meanBatchMs: Number(((seconds * 1000) / batches).toFixed(1)),
    rssGrowthMb: Math.round((peak - rss0) / 1e6),
  }),
);
db.$client.close();
