// The timeline benchmark: each query through the app's own functions, then the exact SQL statements
// those functions ran (captured from better-sqlite3) replayed raw, to show what drizzle adds.
import type Database from 'better-sqlite3';
import type { DB } from '@/db/client';
import { countEvents, countEventsUpTo, eventBuckets, listEvents } from '@/db/queries/timeline';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { decodeCursor } from '@/lib/timeline/cursor';
import { annotationBenchmarks, annotationReads, hasAnnotations } from './bench-annotations';
import { viewBenchmarks } from './bench-views';

type Call = { sql: string; raw: boolean; method: 'all' | 'get' | 'run'; args: unknown[] };
export type BenchRow = {
  name: string;
  p50: number;
  p95: number;
  rawP50: number;
  rawP95: number;
  ratio: number;
  result: number;
  budget: number;
  /** The same page on the database without annotations, timed interleaved with this one (annotation rows only). */
  without?: { p50: number; p95: number };
};

// The targets: p95 within the budget (full text gets more), and the app within 1.5× raw SQL.
const BUDGET_MS = 50;
const TEXT_BUDGET_MS = 150;
const MAX_RATIO = 1.5;
// The cap of the capped counts ("10,000+ matching events").
const COUNT_CAP = 10_000;

/**
 * Wraps the connection's prepare so that, while recording, every statement run (including ones the app
 * prepared earlier and keeps) is noted with its parameters. Installed before the first query.
 */
function recorder(client: Database.Database, warmMs = 500) {
  let calls: Call[] | null = null;
  const original = client.prepare;
  client.prepare = ((source: string) => {
    const stmt = original.call(client, source);
    let raw = false;
    return new Proxy(stmt, {
      get(target, prop, receiver) {
        if (prop === 'raw') return (on?: boolean) => ((raw = on !== false), target.raw(raw), receiver);
        if (prop === 'all' || prop === 'get' || prop === 'run') {
          const run = target[prop].bind(target) as (...a: unknown[]) => unknown;
          return (...args: unknown[]) => (calls?.push({ sql: source, raw, method: prop, args }), run(...args));
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }) as typeof client.prepare;
  return {
    capture(fn: () => unknown): Call[] {
      calls = [];
      try {
        fn();
        return calls;
      } finally {
        calls = null;
      }
    },
    restore: () => void (client.prepare = original),
    warmMs,
    // The raw side keeps its prepared statements too, as the app does for the list details.
    prepare: (source: string) => original.call(client, source),
  };
}

function replay(prepare: (source: string) => Database.Statement, cache: Map<string, Database.Statement>, calls: Call[]) {
  for (const c of calls) {
    let stmt = cache.get(c.sql);
    if (!stmt) cache.set(c.sql, (stmt = prepare(c.sql)));
    if (stmt.reader) stmt.raw(c.raw);
    (stmt[c.method] as (...a: unknown[]) => unknown)(...c.args);
  }
}

// Warm the page cache, the kept statements and the JIT (the same for the app and the raw side): at least
// 3 runs, then up to 50 while under half a second (the test at 10,000 events asks for less).
function warmUp(fn: () => void, ms: number) {
  const warmUntil = Date.now() + ms;
  for (let i = 0; i < 50 && (i < 3 || Date.now() < warmUntil); i++) fn();
}

function elapsed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function time(iterations: number, fn: () => void, warmMs: number): number[] {
  warmUp(fn, warmMs);
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) out.push(elapsed(fn));
  return out.sort((a, b) => a - b);
}

/** Two functions timed in turns, so that both see the same machine load. */
function timePair(iterations: number, a: () => void, b: () => void, warmMs: number): [number[], number[]] {
  warmUp(a, warmMs);
  warmUp(b, warmMs);
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < iterations; i++) {
    outA.push(elapsed(a));
    outB.push(elapsed(b));
  }
  return [outA.sort((x, y) => x - y), outB.sort((x, y) => x - y)];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;

type Recorder = ReturnType<typeof recorder>;

function measure(rec: Recorder, name: string, iterations: number, fn: () => number, budget = BUDGET_MS, without?: () => number): BenchRow {
  let result = 0;
  const run = () => void (result = fn());
  let app: number[];
  let base: number[] | null = null;
  if (without) [app, base] = timePair(iterations, run, without, rec.warmMs);
  else app = time(iterations, run, rec.warmMs);
  const calls = rec.capture(fn);
  const cache = new Map<string, Database.Statement>();
  const raw = time(iterations, () => replay(rec.prepare, cache, calls), rec.warmMs);
  return {
    name,
    p50: pct(app, 0.5),
    p95: pct(app, 0.95),
    rawP50: pct(raw, 0.5),
    rawP95: pct(raw, 0.95),
    ratio: pct(app, 0.5) / pct(raw, 0.5),
    result,
    budget,
    ...(base ? { without: { p50: pct(base, 0.5), p95: pct(base, 0.95) } } : {}),
  };
}

/**
 * Picks realistic filter values from the data itself (most used country and tag, a known person, and a
 * small country: the most used one on fewer than 1 % of events, about 9,000 at 1M, under a count cap).
 */
function pickValues(db: DB) {
  const c = db.$client;
  const [country, second] = (c.prepare('SELECT country_code AS v FROM event_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 2').all() as { v: string }[]).map(
    (r) => r.v,
  );
  const small = (
    c
      .prepare(
        'SELECT country_code AS v FROM event_countries WHERE listed = 1 GROUP BY 1 HAVING count(*) < (SELECT count(*) FROM events) / 100 ORDER BY count(*) DESC LIMIT 1',
      )
      .get() as { v: string } | undefined
  )?.v;
  const tag = (c.prepare('SELECT tag AS v FROM event_tags GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { v: string }).v;
  const initiative = (c.prepare('SELECT slug AS v FROM initiatives ORDER BY id LIMIT 1').get() as { v: string }).v;
  const person = (c.prepare('SELECT name AS v FROM people ORDER BY id LIMIT 1 OFFSET 99').get() as { v: string } | undefined)?.v ?? 'minister';
  return { country: country!, second: second ?? country!, small: small ?? country!, tag, initiative, person };
}

export type BenchOptions = {
  iterations?: number;
  pages?: number;
  /** The same database before its annotations were added: the annotation rows compare each page with it. */
  baseline?: DB;
  /** How long each measured function is warmed up at most, in ms (at least 3 runs either way). */
  warmMs?: number;
  /** Only these rows: the timeline's or the annotations' (both when unset). */
  only?: 'timeline' | 'annotations' | 'views';
};

export function runBenchmark(db: DB, options: BenchOptions = {}): BenchRow[] {
  const rec = recorder(db.$client, options.warmMs);
  try {
    return benchmarks(db, rec, options);
  } finally {
    rec.restore();
  }
}

function benchmarks(db: DB, rec: Recorder, { iterations = 30, pages = 200, baseline, only }: BenchOptions): BenchRow[] {
  const rows = only === undefined || only === 'timeline' ? timelineBenchmarks(db, rec, iterations, pages) : [];
  if (only === undefined || only === 'views') rows.push(...viewBenchmarks({ db, measure: (name, fn) => measure(rec, name, iterations, fn) }));
  if ((only === undefined || only === 'annotations') && hasAnnotations(db)) {
    rows.push(
      ...annotationBenchmarks({ db, baseline: baseline ?? null, measure: (name, fn, without) => measure(rec, name, iterations, fn, BUDGET_MS, without) }),
    );
  }
  return rows;
}

function timelineBenchmarks(db: DB, rec: Recorder, iterations: number, pages: number): BenchRow[] {
  const v = pickValues(db);
  const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
  const list = (filter: TimelineFilter) => () => listEvents(filter, { limit: 50, cursor: null }, null, db).items.length;
  // The first query measured would otherwise also pay for compiling the shared list path (JIT).
  const warm = list(f({ tags: [v.tag], types: ['meeting'] }));
  for (let i = 0; i < 200; i++) warm();
  const rows: BenchRow[] = [
    measure(rec, `one country (${v.country})`, iterations, list(f({ countries: [v.country] }))),
    measure(
      rec,
      `country + type + range (${v.country}, meeting, 2015–2019)`,
      iterations,
      list(f({ countries: [v.country], types: ['meeting'], from: '2015-01-01', to: '2019-12-31' })),
    ),
    measure(rec, `one initiative (${v.initiative})`, iterations, list(f({ initiatives: [v.initiative] }))),
    measure(rec, `one tag (${v.tag})`, iterations, list(f({ tags: [v.tag] }))),
    measure(rec, `full text (${v.person})`, iterations, list(f({ q: v.person })), TEXT_BUDGET_MS),
    measure(rec, 'full text + range (submarine, 2010–2014)', iterations, list(f({ q: 'submarine', from: '2010-01-01', to: '2014-12-31' })), TEXT_BUDGET_MS),
    measure(rec, 'full text, common word (defence)', iterations, list(f({ q: 'defence' })), TEXT_BUDGET_MS),
    measure(rec, 'count, full text common word (defence)', iterations, () => countEvents(f({ q: 'defence' }), null, db), TEXT_BUDGET_MS),
    measure(
      rec,
      'count, full text + range (submarine, 2010–2014)',
      iterations,
      () => countEvents(f({ q: 'submarine', from: '2010-01-01', to: '2014-12-31' }), null, db),
      TEXT_BUDGET_MS,
    ),
  ];

  const broad = f({ from: '2000-01-01' });
  let cursor: string | null = null;
  for (let i = 1; i < pages; i++) cursor = listEvents(broad, { limit: 50, cursor: cursor ? decodeCursor(cursor) : null }, null, db).nextCursor;
  const deep = cursor ? decodeCursor(cursor) : null;
  rows.push(measure(rec, 'keyset page 1 (from 2000)', iterations, list(broad)));
  rows.push(measure(rec, `keyset page ${pages} (from 2000)`, iterations, () => listEvents(broad, { limit: 50, cursor: deep }, null, db).items.length));

  rows.push(measure(rec, 'chart, all years by year', iterations, () => eventBuckets(EMPTY_FILTER, 'year', null, db).length));
  rows.push(measure(rec, `chart, one country (${v.country}) by year`, iterations, () => eventBuckets(f({ countries: [v.country] }), 'year', null, db).length));
  rows.push(
    measure(
      rec,
      `chart, two countries (${v.country}, ${v.second}) by year`,
      iterations,
      () => eventBuckets(f({ countries: [v.country, v.second] }), 'year', null, db).length,
    ),
  );
  rows.push(
    measure(rec, 'count, broad (agreement|meeting|statement, 2000–2020)', iterations, () =>
      countEvents(f({ types: ['agreement', 'meeting', 'statement'], from: '2000-01-01', to: '2020-12-31' }), null, db),
    ),
  );
  rows.push(measure(rec, `count, one country (${v.country})`, iterations, () => countEvents(f({ countries: [v.country] }), null, db)));
  rows.push(measure(rec, 'count, everything', iterations, () => countEvents(EMPTY_FILTER, null, db)));

  const upTo = (filter: TimelineFilter) => () => countEventsUpTo(filter, COUNT_CAP, null, db).count;
  rows.push(measure(rec, 'count up to 10k, common word + type (defence, meeting)', iterations, upTo(f({ q: 'defence', types: ['meeting'] })), TEXT_BUDGET_MS));
  rows.push(
    measure(
      rec,
      `count up to 10k, common word + largest country (defence, ${v.country})`,
      iterations,
      upTo(f({ q: 'defence', countries: [v.country] })),
      TEXT_BUDGET_MS,
    ),
  );
  rows.push(
    measure(
      rec,
      `count up to 10k, common word + small country (defence, ${v.small})`,
      iterations,
      upTo(f({ q: 'defence', countries: [v.small] })),
      TEXT_BUDGET_MS,
    ),
  );
  rows.push(
    measure(
      rec,
      `count up to 10k, common word + two countries (defence, ${v.country}, ${v.second})`,
      iterations,
      upTo(f({ q: 'defence', countries: [v.country, v.second] })),
      TEXT_BUDGET_MS,
    ),
  );
  rows.push(measure(rec, `count up to 10k, two countries (${v.country}, ${v.second})`, iterations, upTo(f({ countries: [v.country, v.second] }))));
  rows.push(
    measure(
      rec,
      `count up to 10k, common word + country + type + range (defence, ${v.country}, meeting, 2015–2019)`,
      iterations,
      upTo(f({ q: 'defence', countries: [v.country], types: ['meeting'], from: '2015-01-01', to: '2019-12-31' })),
      TEXT_BUDGET_MS,
    ),
  );
  rows.push(measure(rec, 'count up to 10k, common word (defence)', iterations, upTo(f({ q: 'defence' })), TEXT_BUDGET_MS));
  return rows;
}

/** EXPLAIN QUERY PLAN of every statement the annotation rows run, as Markdown, for docs/performance.md. */
export function explainAnnotationReads(db: DB): string {
  const rec = recorder(db.$client);
  const out: string[] = [];
  try {
    for (const [name, read] of annotationReads(db)) {
      out.push(`${name}:`, '', '```');
      const seen = new Set<string>();
      for (const call of rec.capture(read)) {
        if (seen.has(call.sql)) continue;
        seen.add(call.sql);
        const explain = rec.prepare(`EXPLAIN QUERY PLAN ${call.sql}`);
        const plan = (explain.all as (...a: unknown[]) => { id: number; parent: number; detail: string }[]).call(explain, ...call.args);
        const depth = new Map<number, number>([[0, 0]]);
        out.push(call.sql.replace(/\s+/g, ' ').slice(0, 300));
        for (const p of plan) {
          depth.set(p.id, (depth.get(p.parent) ?? 0) + 1);
          out.push(`${'  '.repeat(depth.get(p.id)!)}${p.detail}`);
        }
      }
      out.push('```', '');
    }
  } finally {
    rec.restore();
  }
  return out.join('\n');
}

/** A Markdown table with each row checked against its targets (✓/✗); keyset page N also against 2× page 1. */
export function formatTable(rows: BenchRow[]): string {
  const ms = (n: number) => n.toFixed(2);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const firstPage = rows.find((r) => r.name.startsWith('keyset page 1 '));
  const lines = [
    '| query | p50 ms | p95 ms | raw p50 ms | raw p95 ms | ratio (p50) | result | p95 target | ratio ≤ 1.5 | without annotations p50 / p95 ms | × without (p50 / p95) | ≤ 1.5× without |',
    '|---|---:|---:|---:|---:|---:|---:|:-:|:-:|---:|---:|:-:|',
  ];
  for (const r of rows) {
    let target = `${mark(r.p95 <= r.budget)} ≤ ${r.budget}`;
    if (firstPage && r !== firstPage && r.name.startsWith('keyset page')) target += `, ${mark(r.p50 <= 2 * firstPage.p50)} ≤ 2× page 1`;
    const w = r.without;
    const without = w
      ? `${ms(w.p50)} / ${ms(w.p95)} | ${(r.p50 / w.p50).toFixed(2)} / ${(r.p95 / w.p95).toFixed(2)} | ${mark(r.p50 <= MAX_RATIO * w.p50 && r.p95 <= MAX_RATIO * w.p95)}`
      : '– | – | –';
    lines.push(
      `| ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.rawP50)} | ${ms(r.rawP95)} | ${r.ratio.toFixed(2)} | ${r.result} | ${target} | ${mark(r.ratio <= MAX_RATIO)} | ${without} |`,
    );
  }
  return lines.join('\n');
}
