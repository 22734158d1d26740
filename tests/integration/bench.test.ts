// Keeps the synthetic generator and the benchmark working at a small size; no timing assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { explainAnnotationReads, runBenchmark } from '@/scripts/lib/bench';
import { buildSyntheticDatabase } from '@/scripts/lib/synthetic';
import { addSyntheticAnnotations, KNOWN_EVENT_ANNOTATIONS } from '@/scripts/lib/synthetic-annotations';

it('builds a 10,000-event synthetic database with 2,000 annotations and runs every benchmark query on it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-'));
  const file = path.join(dir, 'synthetic.db');
  const before = path.join(dir, 'before-annotations.db');
  buildSyntheticDatabase({ file, events: 10_000 });
  fs.copyFileSync(file, before);
  const added = addSyntheticAnnotations({ file, annotations: 2_000 });
  const db = openDatabase(file);
  const baseline = openDatabase(before);
  try {
    const c = db.$client;
    expect(c.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 10_000 });
    expect(c.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 2_000 });
    expect(c.prepare('SELECT count(*) AS n FROM annotations WHERE event_id = ?').get(added.knownEventId)).toEqual({ n: KNOWN_EVENT_ANNOTATIONS });
    const mix = c
      .prepare(
        "SELECT avg(visibility = 'private') AS private, avg(kind = 'judgment') AS judgment, avg(parent_id IS NOT NULL) AS reply, count(DISTINCT author_id) AS authors FROM annotations",
      )
      .get() as { private: number; judgment: number; reply: number; authors: number };
    expect(mix.private).toBeGreaterThan(0.2);
    expect(mix.private).toBeLessThan(0.4);
    expect(mix.judgment).toBeGreaterThan(0.15);
    expect(mix.judgment).toBeLessThan(0.35);
    expect(mix.reply).toBeGreaterThan(0.08);
    expect(mix.reply).toBeLessThan(0.22);
    expect(mix.authors).toBeGreaterThan(10);
    // Annotation text is searchable with its event: team bodies in `notes`, private ones as their author's tokens.
    const indexed = (visibility: string, column: string, term: (a: { author: number; word: string }) => string) => {
      const a = c
        .prepare(
          "SELECT a.author_id AS author, lower(substr(a.body, 1, instr(a.body, ' ') - 1)) AS word, a.event_id AS event FROM annotations a WHERE a.visibility = ? ORDER BY a.id LIMIT 1",
        )
        .get(visibility) as { author: number; word: string; event: number };
      return c
        .prepare(
          'SELECT count(*) AS n FROM events_fts WHERE events_fts MATCH ? AND rowid = (SELECT (unixepoch(date) / 86400) * 4294967296 + id FROM events WHERE id = ?)',
        )
        .get(`{${column}} : "${term(a)}"`, a.event);
    };
    expect(indexed('team', 'notes', (a) => a.word)).toEqual({ n: 1 });
    expect(indexed('private', 'private', (a) => `u${a.author}x${a.word}`)).toEqual({ n: 1 });

    const rows = runBenchmark(db, { iterations: 2, pages: 5, baseline, warmMs: 0 });
    expect(rows.length).toBeGreaterThanOrEqual(23);
    for (const row of rows) expect(row.result, row.name).toBeGreaterThan(0);
    expect(rows.find((r) => r.name.startsWith('event page, annotation reads'))?.result).toBe(KNOWN_EVENT_ANNOTATIONS);
    expect(rows.filter((r) => r.without).length).toBeGreaterThanOrEqual(8);
    expect(explainAnnotationReads(db)).toContain('annotations');
  } finally {
    db.$client.close();
    baseline.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
