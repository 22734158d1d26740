// Backup and restore (db/backup.ts, `npm run db:backup` / `db:restore`): an online backup holds every
// committed row and passes integrity_check; a restore refuses a corrupt file, a non-Watchfloor file and one
// from a newer version, replaces the database otherwise, and keeps what it replaced, -wal and -shm included.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BackupError, backupDatabase, checkDatabaseFile, restoreDatabase } from '@/db/backup';
import { openDatabase } from '@/db/client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 120_000 });
let n = 0;
const file = (name: string) => path.join(dir, `${++n}-${name}`);

/** A migrated database with one row of our own, still open (its -wal holds the last commit). */
function liveDatabase(note: string) {
  const db = openDatabase(file('live.db'));
  db.$client.exec(`CREATE TABLE IF NOT EXISTS notes (body TEXT); INSERT INTO notes VALUES ('${note}')`);
  return db;
}
const notes = (f: string) => {
  const db = openDatabase(f, { migrate: false });
  const rows = db.$client.prepare('SELECT body FROM notes').pluck().all();
  db.$client.close();
  return rows;
};

describe('backup', () => {
  it('copies a database that is open and writing, commits in its -wal included, into a private, checked file', async () => {
    const db = liveDatabase('before the backup');
    const target = file('backup.db');
    const result = await backupDatabase(db.$client.name, target);
    expect(result.migrations).toBeGreaterThan(10);
    expect(notes(target)).toEqual(['before the backup']);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    await expect(backupDatabase(db.$client.name, target)).rejects.toThrow(new BackupError(`${target} already exists; give a new file`));
    db.$client.close();
  });
});

describe('restore', () => {
  it('refuses a corrupt file, a file that is not a Watchfloor database, and one from a newer version', async () => {
    const db = liveDatabase('x');
    const good = file('good.db');
    await backupDatabase(db.$client.name, good);
    db.$client.close();

    const corrupt = file('corrupt.db');
    const bytes = fs.readFileSync(good);
    bytes.fill(0x5a, 8192, 12288); // garbage over a page in the middle
    fs.writeFileSync(corrupt, bytes);
    expect(checkDatabaseFile(corrupt)).toMatchObject({ ok: false, reason: expect.stringMatching(/is corrupt|cannot be read/) });

    const plain = file('plain.db');
    openDatabase(plain, { migrate: false }).$client.close();
    expect(checkDatabaseFile(plain)).toEqual({ ok: false, reason: `${plain} is not a Watchfloor database (it has no migration history)` });

    const newer = file('newer.db');
    fs.copyFileSync(good, newer);
    const n2 = openDatabase(newer, { migrate: false });
    n2.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 10 ** 12);
    n2.$client.close();
    expect(checkDatabaseFile(newer)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version of Watchfloor/) });

    const target = file('target.db');
    const existing = openDatabase(target);
    existing.$client.close();
    for (const bad of [corrupt, plain, newer]) expect(() => restoreDatabase(bad, target)).toThrow(BackupError);
    expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]); // nothing was touched
  });

  it('replaces the database, keeps the one it replaced with its -wal and -shm, and the result opens migrated', async () => {
    const source = liveDatabase('from the backup');
    const backup = file('backup.db');
    await backupDatabase(source.$client.name, backup);
    source.$client.close();

    const current = openDatabase(file('current.db'));
    current.$client.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('current')");
    const target = current.$client.name;
    current.$client.close();
    // A server that did not shut down cleanly can leave a -wal beside the file: it must go with the old database.
    fs.writeFileSync(`${target}-wal`, 'stale log');
    const { keptAs } = restoreDatabase(backup, target, new Date('2026-12-04T21:30:00Z'));
    expect(keptAs).toBe(`${target}.before-restore-20261204T213000`);
    expect(fs.existsSync(`${target}-wal`) && fs.readFileSync(`${target}-wal`, 'utf8') === 'stale log').toBe(false);
    expect(fs.readFileSync(`${keptAs}-wal`, 'utf8')).toBe('stale log');
    expect(notes(target)).toEqual(['from the backup']);
    expect(notes(keptAs!)).toEqual(['current']);
    expect(checkDatabaseFile(target)).toMatchObject({ ok: true });
  });

  it('runs from the commands: db:backup then db:restore, which says to stop the server first', async () => {
    const db = liveDatabase('through the commands');
    const live = db.$client.name;
    db.$client.close();
    const backup = file('cli-backup.db');
    const target = file('cli-target.db');
    const run = (script: string, args: string[], databasePath: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(
          path.resolve('node_modules/.bin/tsx'),
          ['--conditions=react-server', script, ...args],
          // A port no server listens on, so the restore's check for a running server finds none.
          { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: databasePath, PORT: '3999' } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
    const made = await run('scripts/db-backup.ts', [backup], live);
    expect(made.stdout).toMatch(/^Backed up .* integrity ok/);
    const restored = await run('scripts/db-restore.ts', [backup], target);
    expect(restored.stdout).toMatch(/safe only while Watchfloor is stopped/);
    expect(restored.stdout).toMatch(/Restored .* to /);
    expect(notes(target)).toEqual(['through the commands']);
    const refused = await run('scripts/db-restore.ts', [file('missing.db')], target);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/nothing restored: .*does not exist/) });
  });
});
