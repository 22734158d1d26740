// Online backup and offline restore of a Watchfloor database (README, "Backup and restore"). A backup is
// taken through SQLite's backup API while the server runs, then checked page by page; a restore takes
// only a file that is a whole SQLite database of this schema or an older one, and keeps what it replaces.
// Framework-free, like client.ts, so that the scripts and the tests run the same code.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { MIGRATIONS_FOLDER, openDatabase, openReadOnly } from './client';

/** A refusal, with a one-line message for the operator. */
export class BackupError extends Error {}

/** The newest migration this code knows (its journal's `when`, which drizzle records as `created_at`). */
function newestKnownMigration(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Whether `file` is a whole database of this schema or an older one; the reason when it is not. */
export function checkDatabaseFile(file: string): { ok: true; migrations: number } | { ok: false; reason: string } {
  if (!fs.existsSync(file)) return { ok: false, reason: `${file} does not exist` };
  let db: Database.Database;
  try {
    db = openReadOnly(file);
  } catch (error) {
    return { ok: false, reason: `${file} cannot be opened: ${(error as Error).message}` };
  }
  try {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') {
      return {
        ok: false,
        reason: `${file} is corrupt (integrity_check: ${problems
          .slice(0, 3)
          .map((p) => p.integrity_check)
          .join('; ')})`,
      };
    }
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    if (!table) return { ok: false, reason: `${file} is not a Watchfloor database (it has no migration history)` };
    const { n, newest } = db.prepare('SELECT count(*) AS n, max(created_at) AS newest FROM __drizzle_migrations').get() as { n: number; newest: number | null };
    if ((newest ?? 0) > newestKnownMigration()) {
      return { ok: false, reason: `${file} comes from a newer version of Watchfloor (a migration this version does not know); upgrade first` };
    }
    return { ok: true, migrations: n };
  } catch (error) {
    return { ok: false, reason: `${file} cannot be read: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    db.close();
  }
}

/** Copies the live database at `source` into a new file `target` (online), then checks the copy. */
export async function backupDatabase(source: string, target: string): Promise<{ bytes: number; migrations: number }> {
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists; give a new file`);
  const db = openDatabase(source, { migrate: false });
  try {
    await db.$client.backup(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw new BackupError(`The backup to ${target} failed: ${(error as Error).message}`);
  } finally {
    db.$client.close();
  }
  fs.chmodSync(target, 0o600); // it holds what the database holds
  const check = checkDatabaseFile(target);
  if (!check.ok) {
    fs.rmSync(target, { force: true });
    throw new BackupError(`The backup failed its check and was removed: ${check.reason}`);
  }
  return { bytes: fs.statSync(target).size, migrations: check.migrations };
}

/**
 * Puts the backup `file` in place of the database at `target`, which must not be open anywhere (the
 * server stopped). The database it replaces is kept beside it as `<name>.before-restore-<time>`, and its
 * -wal and -shm go with it: left behind, SQLite would apply the old log to the restored file. The
 * restored database is then migrated to this version's schema.
 */
export function restoreDatabase(file: string, target: string, now: Date = new Date()): { keptAs: string | null; migrations: number } {
  const check = checkDatabaseFile(file);
  if (!check.ok) throw new BackupError(check.reason);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const incoming = `${target}.restoring`;
  fs.copyFileSync(file, incoming);
  fs.chmodSync(incoming, 0o600);
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, keptAs + suffix);
  }
  fs.renameSync(incoming, target);
  openDatabase(target).$client.close(); // migrates an older backup to this version's schema
  return { keptAs, migrations: check.migrations };
}
