// `npm run bench:export-server -- --db /tmp/wf-1m.db [--port 3400] [--samples 40]`: the export figures issue 11
// asks for, measured against a production server (`next start` of the current build) on that database:
// time and size of a full events export through a share link (no sign-in needed) on an otherwise idle
// server, its first byte and the server's peak RSS; /api/health and a timeline page (the shared view)
// idle and beside a second export; the server's CPU after that export's client goes away; and
// `sqlite3 -csv` over the same rows when the sqlite3 CLI is installed. The exports are downloaded by curl,
// so that this process only times requests. Writes a view and a share link into the database.
// docs/export.md.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { insertShareLink, insertView } from '@/db/queries/views';
import { EMPTY_FILTER } from '@/lib/timeline/filters';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '3400' }, samples: { type: 'string', default: '40' } } });
if (!values.db) {
  console.error('bench:export-server: give the database with --db <path> (build one with npm run db:synthetic)');
  process.exit(1);
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:export-server: no production build; run npm run build (or npm start once) first');
  process.exit(1);
}
const dbPath = values.db;
const base = `http://127.0.0.1:${values.port}`;
const samples = Number(values.samples);

const db = openDatabase(dbPath);
const owner = db.$client.prepare("SELECT id, role FROM users WHERE role IN ('admin', 'analyst') ORDER BY id LIMIT 1").get() as
  { id: number; role: 'admin' | 'analyst' } | undefined;
if (!owner) throw new Error('the database has no analyst or admin to own the benchmark view');
const view = insertView({ input: { name: 'Export benchmark', briefing: '', filter: EMPTY_FILTER, mode: 'live', visibility: 'team' }, owner }, db);
if (!view.ok) throw new Error('could not create the benchmark view');
const link = insertShareLink({ viewId: view.value.id, label: 'export benchmark', editor: owner }, db);
if (!link.ok) throw new Error('could not create the share link');
const liveEvents = (db.$client.prepare('SELECT count(*) AS n FROM events WHERE deleted_at IS NULL').get() as { n: number }).n;
db.$client.close();
const token = link.value.token;

const server = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', values.port!, '-H', '127.0.0.1'], {
  env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: dbPath, AUTH_SECRET: crypto.randomBytes(32).toString('hex'), AUTH_TRUST_HOST: 'true' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

/** The server's memory and CPU, from /proc (Linux): `next start` serves from the process it starts. */
function proc() {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  const stat = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rssMb: kb('VmRSS') / 1024, anonMb: kb('RssAnon') / 1024, cpuSeconds: (Number(stat[11]) + Number(stat[12])) / 100 };
}

async function timed(path: string): Promise<number> {
  const t = performance.now();
  const response = await fetch(base + path);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return performance.now() - t;
}

const p95 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]!;
const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const HEALTH = '/api/health';
const TIMELINE = `/shared/${token}`;
const EXPORT = `/shared/${token}/events.csv`;
/** How long health and timeline requests are timed beside the second export. */
const DURING_SECONDS = 30;

async function sampleWhile(running: () => boolean, minimum: number) {
  const health: number[] = [];
  const timeline: number[] = [];
  while (running() || health.length < minimum) {
    health.push(await timed(HEALTH));
    timeline.push(await timed(TIMELINE));
  }
  return { health, timeline };
}

/** A full download by curl (a separate process, so this one stays free to time requests): its figures. */
function curl(path: string) {
  // curl writes its timings to stderr and the CSV to wc, which counts its lines (the header and one per row).
  const child = spawn('sh', ['-c', `curl -sS -w '%{stderr}%{http_code} %{time_starttransfer} %{time_total} %{size_download}' '${base}${path}' | wc -l`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that a stop kills curl, not only the shell
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ status: number; firstByteMs: number; seconds: number; bytes: number; rows: number }>((resolve) =>
    child.on('exit', () => {
      const [status, start, total, size] = err.trim().split(' ').map(Number);
      resolve({ status: status!, firstByteMs: start! * 1000, seconds: total!, bytes: size!, rows: Number(out.trim()) - 1 });
    }),
  );
  return { done, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

async function main() {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base + HEALTH)).ok) break;
    } catch {
      if (i > 600) throw new Error('the server did not start');
    }
    await sleep(100);
  }
  await timed(TIMELINE); // first render compiles nothing in production, but warms the page cache
  await sleep(2000); // the spare export worker (instrumentation.ts) finishes starting
  const idle = await sampleWhile(() => false, samples);
  const before = proc();

  // 1. A full export on its own: its time, first byte and the server's peak RSS.
  let peak = before;
  const sampler = setInterval(() => {
    const now = proc();
    if (now.rssMb > peak.rssMb) peak = now;
  }, 50);
  const result = await curl(EXPORT).done;
  clearInterval(sampler);
  if (result.status !== 200) throw new Error(`the export answered ${result.status}`);

  // 2. Health and timeline requests beside a second full export, for a while; then its client goes away,
  // and the server should stop reading at once, so that its CPU falls back to idle.
  await sleep(2000);
  const second = curl(EXPORT);
  await sleep(1000);
  const until = performance.now() + DURING_SECONDS * 1000;
  const during = await sampleWhile(() => performance.now() < until, 1);
  second.stop();
  await second.done;
  await sleep(200);
  const afterAbort = proc();
  await sleep(2000);
  const cpuAfterAbort = proc().cpuSeconds - afterAbort.cpuSeconds;

  stop();
  const sqlite = sqliteBaseline();
  console.log(
    JSON.stringify(
      {
        liveEvents,
        export: {
          rows: result.rows,
          megabytes: round(result.bytes / 1e6),
          seconds: round(result.seconds),
          firstByteMs: Math.round(result.firstByteMs),
          rssBeforeMb: Math.round(before.rssMb),
          rssPeakMb: Math.round(peak.rssMb),
          anonBeforeMb: Math.round(before.anonMb),
          anonAtPeakMb: Math.round(peak.anonMb),
        },
        sqlite3CsvSeconds: sqlite,
        idleMs: {
          healthP50: round(p50(idle.health)),
          healthP95: round(p95(idle.health)),
          timelineP50: round(p50(idle.timeline)),
          timelineP95: round(p95(idle.timeline)),
        },
        duringExportMs: {
          seconds: DURING_SECONDS,
          requests: during.health.length,
          healthP50: round(p50(during.health)),
          healthP95: round(p95(during.health)),
          timelineP50: round(p50(during.timeline)),
          timelineP95: round(p95(during.timeline)),
        },
        serverCpuSecondsInTheTwoSecondsAfterAClientDropsAnExport: round(cpuAfterAbort),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

/**
 * `sqlite3 -csv` over the same rows and columns, each multi-valued column a group_concat: the issue's
 * yardstick for the export's speed. Null when no sqlite3 CLI is installed or it cannot read the file.
 */
function sqliteBaseline(): number | null {
  const list = (table: string, expr: string) => `(SELECT group_concat(${expr}, '; ') FROM ${table} x WHERE x.event_id = e.id)`;
  const query = `SELECT e.id, e.date, e.date_precision, e.end_date, e.title, e.type, e.summary, e.location,
    ${list('event_countries', "x.country_code || ':' || x.role")},
    (SELECT group_concat(i.slug, '; ') FROM event_initiatives x JOIN initiatives i ON i.id = x.initiative_id WHERE x.event_id = e.id),
    ${list('event_tags', 'x.tag')},
    (SELECT group_concat(p.name, '; ') FROM event_people x JOIN people p ON p.id = x.person_id WHERE x.event_id = e.id),
    ${list('sources', 'x.url')},
    (SELECT min(x.reliability || x.credibility) FROM sources x WHERE x.event_id = e.id),
    (SELECT json_group_array(json_object('url', x.url, 'publisher', x.publisher, 'title', x.title, 'published_date', x.published_date,
       'reliability', x.reliability, 'credibility', x.credibility, 'quote', x.quote)) FROM sources x WHERE x.event_id = e.id),
    (SELECT count(*) FROM annotations a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.visibility = 'team'),
    e.created_at, e.updated_at, e.version
    FROM events e WHERE e.deleted_at IS NULL ORDER BY e.date DESC, e.id DESC;`;
  const t = performance.now();
  const run = spawnSync('sqlite3', ['-csv', '-header', dbPath, query], { stdio: ['ignore', fs.openSync('/dev/null', 'w'), 'pipe'], maxBuffer: 1 << 20 });
  if (run.error || run.status !== 0) {
    console.error(`bench:export-server: sqlite3 -csv did not run (${run.error?.message ?? run.stderr?.toString().trim()}); no baseline`);
    return null;
  }
  return round((performance.now() - t) / 1000);
}

main().catch((error: unknown) => {
  stop();
  console.error(error);
  process.exit(1);
});
