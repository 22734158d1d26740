// `npm run bench:import-writes -- --db F --file F.csv [--every 250]`: what the server's own writes meet
// while an import is applied. Runs `npm run import -- <file>` on the database in a child process and,
// meanwhile, makes one small write of the app (an audit entry, as an export makes) every `--every` ms on
// a connection of its own opened as the server opens its (busy_timeout 250 ms, db/client.ts), timing each. Prints how long
// the import held the write lock, how long writes waited, and how many were refused (SQLITE_BUSY).
// Writes an import and audit entries into the database: run it on a copy. docs/import.md.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { recordExport } from '@/db/queries/audit';
import { isDatabaseBusy } from '@/lib/database-busy';
import type { ImportMessage } from '@/lib/import/report';

const { values } = parseArgs({ options: { db: { type: 'string' }, file: { type: 'string' }, every: { type: 'string', default: '250' } } });
if (!values.db || !values.file) {
  console.error('bench:import-writes: give --db <copy of a database> and --file <events.csv>');
  process.exit(1);
}
const every = Number(values.every);
const db = openDatabase(values.db);
const t0 = performance.now();
const since = () => (performance.now() - t0) / 1000;

const child = spawn(process.execPath, [require.resolve('tsx/cli'), '--conditions=react-server', 'scripts/import.ts', values.file, '--json'], {
  env: { ...process.env, DATABASE_PATH: values.db },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let writeStarted: number | null = null;
let imported = '';
readline.createInterface({ input: child.stdout }).on('line', (line) => {
  const message = JSON.parse(line) as ImportMessage;
  if (message.type === 'progress' && message.phase === 'write' && writeStarted === null) writeStarted = since();
  if (message.type === 'report') imported = message.report.ok ? `created ${message.report.counts.create}, updated ${message.report.counts.update}` : 'refused';
});

type Attempt = { at: number; ms: number; ok: boolean };
const attempts: Attempt[] = [];
let running = true;
child.on('exit', () => (running = false));

function attempt() {
  const at = since();
  const t = performance.now();
  try {
    recordExport({ actorId: null, kind: 'events', filters: '', columns: ['id'], rows: 0, complete: true, via: 'bench:import-writes' }, db);
    attempts.push({ at, ms: performance.now() - t, ok: true });
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    attempts.push({ at, ms: performance.now() - t, ok: false });
  }
}

(async () => {
  while (running) {
    attempt();
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  const ended = since();
  const refused = attempts.filter((a) => !a.ok);
  const waits = attempts.filter((a) => a.ok).map((a) => a.ms);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify(
      {
        import: imported,
        seconds: round(ended),
        writePhaseFrom: writeStarted === null ? null : round(writeStarted),
        writes: attempts.length,
        refused: refused.length,
        refusedBetween: refused.length ? [round(refused[0]!.at), round(refused[refused.length - 1]!.at + refused[refused.length - 1]!.ms / 1000)] : null,
        madeWaitMsMax: round(Math.max(0, ...waits)),
        madeWaitMsOver100: waits.filter((w) => w > 100).length,
      },
      null,
      2,
    ),
  );
  db.$client.close();
})();
