// Keeps the synthetic generator and the benchmark working at a small size; no timing assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { runBenchmark } from '@/scripts/lib/bench';
import { buildSyntheticDatabase } from '@/scripts/lib/synthetic';

it('builds a 10,000-event synthetic database and runs every benchmark query on it', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-')), 'synthetic.db');
  buildSyntheticDatabase({ file, events: 10_000 });
  const db = openDatabase(file);
  try {
    expect(db.$client.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 10_000 });
    const rows = runBenchmark(db, { iterations: 2, pages: 5 });
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) expect(row.result, row.name).toBeGreaterThan(0);
  } finally {
    db.$client.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}, 60_000);
