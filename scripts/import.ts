// `npm run import -- <file.csv> [--dry-run]`: imports events from a CSV in the export's format, on the
// configured database, in one transaction (docs/import.md). A progress bar on a terminal, a summary at
// the end; exit code 1 when anything was wrong and nothing was written.
//   --json         progress and the report as JSON lines on stdout (what the upload route reads)
//   --actor-id N   whom the audit log names (the upload route's signed-in analyst); operators: nobody
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDb } from '@/db';
import { runImport } from '@/db/queries/event-import';
import type { ImportMessage, ImportReport, RunProgress } from '@/lib/import/report';
import { formatBytes } from '@/lib/import/columns';
import { prepareDatabase, runMain } from './prepare-db';

const USAGE = 'Usage: npm run import -- <file.csv> [--dry-run]';

function fail(message: string): never {
  console.error(`watchfloor import: ${message}`);
  process.exit(2);
}

function progressLine(p: RunProgress, fileBytes: number): string {
  const width = 30;
  const [label, done, total] = p.phase === 'read' ? ['Reading ', p.bytes, fileBytes] : [p.phase === 'check' ? 'Checking' : 'Writing ', p.done, p.total];
  const share = total ? Math.min(1, done / total) : 1;
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
  const detail =
    p.phase === 'read'
      ? `${formatBytes(p.bytes)} of ${formatBytes(fileBytes)}, ${p.rows.toLocaleString('en')} rows`
      : `${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`;
  return `${label} [${bar}] ${String(Math.round(share * 100)).padStart(3)}%  ${detail}`;
}

function summary(report: ImportReport, dryRun: boolean): string[] {
  if (!report.ok && report.fileError !== undefined) return [`Nothing imported: ${report.fileError}`];
  const lines = report.warnings.map((w) => `warning: ${w}`);
  if (!report.ok) {
    lines.push(
      `Nothing imported: ${report.errorCount.toLocaleString('en')} ${report.errorCount === 1 ? 'error' : 'errors'} in ${report.rows.toLocaleString('en')} rows.`,
    );
    for (const e of report.errors.slice(0, 50)) lines.push(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
    if (report.errorCount > 50) lines.push(`  … and ${(report.errorCount - 50).toLocaleString('en')} more`);
    return lines;
  }
  const { create, update, unchanged } = report.counts;
  const events = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'}`;
  const verb = dryRun ? ['Would create', 'would update'] : ['Created', 'updated'];
  lines.push(
    `${verb[0]} ${events(create)}, ${verb[1]} ${events(update)}; ${unchanged.toLocaleString('en')} unchanged.${dryRun ? ' Nothing was written (dry run).' : ''}`,
  );
  return lines;
}

runMain(async () => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, 'actor-id': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      return fail(`${(error as Error).message}\n${USAGE}`);
    }
  })();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) fail(`name one CSV file.\n${USAGE}`);
  const actorId = values['actor-id'] === undefined ? null : Number(values['actor-id']);
  if (actorId !== null && !Number.isSafeInteger(actorId)) fail('--actor-id takes a user id');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return fail(`cannot read ${file}`);
  }
  const dryRun = values['dry-run'] === true;
  await prepareDatabase({ seed: false });
  // This process may wait for the server's writes (milliseconds each) as long as it likes; the server's own
  // connection waits only briefly for this one's (db/client.ts).
  getDb().$client.pragma('busy_timeout = 30000');

  const json = values.json === true;
  const tty = !json && process.stderr.isTTY;
  let last = 0;
  const onProgress = (p: RunProgress) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    if (json) process.stdout.write(JSON.stringify({ type: 'progress', ...p, fileBytes: size } satisfies ImportMessage) + '\n');
    else if (tty) process.stderr.write(`\r${progressLine(p, size)}`);
  };
  const started = Date.now();
  const report = await runImport({ chunks: fs.createReadStream(file), dryRun, actorId, file: path.basename(file), onProgress });
  if (tty) process.stderr.write('\r\x1b[2K');
  if (json) process.stdout.write(JSON.stringify({ type: 'report', report } satisfies ImportMessage) + '\n');
  else {
    for (const line of summary(report, dryRun)) console.log(line);
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (!report.ok) process.exitCode = 1;
});
