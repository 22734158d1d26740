// Scheduled backups (BACKUP_DIR, BACKUP_EVERY_HOURS, BACKUP_KEEP; scripts/lib/scheduled-backups.ts): each
// run adds a checked backup named by its time, the newest BACKUP_KEEP are kept, other files are left alone,
// and a backup is due at start only when the newest is older than the interval.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkDatabaseFile } from '@/db/backup';
import { openDatabase } from '@/db/client';
import { parseEnv } from '@/lib/env';
import { backupDue, listBackups, runScheduledBackup } from '@/scripts/lib/scheduled-backups';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-scheduled-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('keeps the newest backups, each checked, and leaves other files in the folder alone', async () => {
  const database = path.join(dir, 'live.db');
  openDatabase(database).$client.close();
  const backups = path.join(dir, 'backups');
  fs.mkdirSync(backups);
  fs.writeFileSync(path.join(backups, 'notes.txt'), 'mine');
  fs.writeFileSync(path.join(backups, 'watchfloor-manual.db'), 'mine too');
  const t0 = new Date('2026-12-04T22:00:00Z');
  const hour = 3600_000;
  expect(backupDue(backups, 24 * hour, t0)).toBe(true);
  for (let i = 0; i < 4; i++) await runScheduledBackup({ database, dir: backups, keep: 3, now: new Date(t0.getTime() + i * hour) });
  expect(listBackups(backups)).toEqual(['watchfloor-20261204-230000.db', 'watchfloor-20261205-000000.db', 'watchfloor-20261205-010000.db']);
  for (const f of listBackups(backups)) expect(checkDatabaseFile(path.join(backups, f))).toMatchObject({ ok: true });
  expect(fs.readFileSync(path.join(backups, 'notes.txt'), 'utf8')).toBe('mine');
  expect(fs.existsSync(path.join(backups, 'watchfloor-manual.db'))).toBe(true);
  // Just made: not due again until the interval has passed since the newest.
  expect(backupDue(backups, 24 * hour)).toBe(false);
  expect(backupDue(backups, 24 * hour, new Date(Date.now() + 25 * hour))).toBe(true);
});

it('reads its settings from the environment, with a one-line message for a bad one', () => {
  expect(parseEnv({})).toMatchObject({ BACKUP_EVERY_HOURS: 24, BACKUP_KEEP: 7 });
  expect(parseEnv({}).BACKUP_DIR).toBeUndefined();
  expect(() => parseEnv({ BACKUP_KEEP: '0' })).toThrow('Invalid environment variable BACKUP_KEEP: must be a whole number of backups (1-1000)');
  expect(() => parseEnv({ BACKUP_EVERY_HOURS: 'daily' })).toThrow(/^Invalid environment variable BACKUP_EVERY_HOURS: /);
});
