// `npm run bench:export -- --db /tmp/wf-1m.db [--rows 100000] [--columns a,b] [--out file.csv]`: reads an events export the way
// /export/events.csv does (eventExportBatches, then csvText per batch), in this process and without a
// server, and prints its rows, megabytes, seconds, first and mean batch and RSS growth. A first gauge of
// the export's cost (docs/export.md); the server-level figures the issue asks for are not measured yet.
// `--out` also writes the CSV, for instance as the input of an import benchmark (docs/import.md).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { eventExportBatches } from '@/db/queries/export';
import { chooseColumns, csvText } from '@/lib/export/csv';
import { EVENT_COLUMNS } from '@/lib/export/event-columns';
import { EMPTY_FILTER } from '@/lib/timeline/filters';

const { values } = parseArgs({
  options: { db: { type: 'string' }, rows: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) }, columns: { type: 'string' }, out: { type: 'string' } },
});
if (!values.db) {
  console.error('bench:export: give the database with --db <path> (build one with npm run db:synthetic)');
  process.exit(1);
}
const chosen = chooseColumns(values.columns ?? null, EVENT_COLUMNS);
if (!chosen.ok) {
  console.error(`bench:export: ${chosen.message}`);
  process.exit(1);
}
const columns = chosen.columns;
const out = values.out ? fs.openSync(values.out, 'w') : null;
if (out !== null) fs.writeSync(out, csvText([], columns, { header: true }));
const limit = Number(values.rows);
const db = openDatabase(values.db);
const rss0 = process.memoryUsage().rss;
let [peak, rows, bytes, batches, first] = [rss0, 0, 0, 0, 0];
const t0 = performance.now();
for (const batch of eventExportBatches(EMPTY_FILTER, null, {}, db)) {
  const text = csvText(batch.slice(0, limit - rows), columns);
  bytes += Buffer.byteLength(text);
  if (out !== null) fs.writeSync(out, text);
  if (!first) first = performance.now() - t0;
  batches++;
  rows += Math.min(batch.length, limit - rows);
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
if (out !== null) fs.closeSync(out);
