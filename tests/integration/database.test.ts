import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '@/db/client';
import { countEvents, listEvents } from '@/db/queries/timeline';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { listCountries, listInitiatives } from '@/db/queries/reference';
import { seedDemoEvents, seedReferenceData } from '@/db/seed';

describe('opening a database', () => {
  it('creates a missing folder and sets the pragmas', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-open-'));
    const db = openDatabase(path.join(dir, 'nested', 'deeper', 'x.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(Number(db.$client.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    db.$client.close();
  });

  it('keeps the database private to its owner: a folder it makes 0700, the file and its -wal and -shm 0600', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-private-'));
    const file = path.join(dir, 'data', 'x.db');
    const db = openDatabase(file);
    db.$client.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);'); // the -wal and -shm exist while it is open
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    expect(mode(path.dirname(file))).toBe(0o700);
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    db.$client.close();
    // A database made before, readable by everyone, is tightened when opened.
    fs.chmodSync(file, 0o644);
    openDatabase(file).$client.close();
    expect(mode(file)).toBe(0o600);
  });

  it('names the path when the file is not a database', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bad-')), 'notes.db');
    fs.writeFileSync(file, 'these are not the pages you are looking for '.repeat(40));
    expect(() => openDatabase(file)).toThrow(new DatabaseOpenError(`Cannot open database at ${file}: the file is not a SQLite database`));
  });

  it('names the path when it cannot be created', () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-ro-')), 'a-file');
    fs.writeFileSync(blocker, '');
    expect(() => openDatabase(path.join(blocker, 'x.db'))).toThrow(/^Cannot open database at .*a-file\/x\.db: /);
  });
});

describe('seeding', () => {
  it('loads countries, initiatives and the demo events once', () => {
    seedReferenceData();
    expect(seedDemoEvents()).toBe(11);
    seedReferenceData();
    expect(seedDemoEvents()).toBe(0);
    expect(countEvents()).toBe(11);

    const countries = listCountries();
    expect(countries.length).toBeGreaterThanOrEqual(194);
    expect(countries.find((c) => c.code === 'TWN')?.name).toBe('Taiwan');
    expect(countries.find((c) => c.code === 'NZL')?.region).toBe('Oceania');
    expect(listInitiatives().map((i) => i.slug)).toEqual(expect.arrayContaining(['pipir', 'aukus', 'aukus-pillar-2', 'quad']));
  });

  it('lists events newest first with their countries and initiatives', () => {
    const events = listEvents(EMPTY_FILTER, { limit: 3, cursor: null }).items;
    expect(events.map((e) => e.date)).toEqual(['2025-04-07', '2025-01-01', '2024-12-09']);
    const nz = events[2]!;
    expect(nz.countries).toEqual(expect.arrayContaining([{ code: 'NZL', name: 'New Zealand', role: 'member' }]));
    expect(nz.initiatives.map((i) => i.slug)).toContain('pipir');
  });
});
