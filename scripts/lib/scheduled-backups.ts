// Scheduled backups (BACKUP_DIR, BACKUP_EVERY_HOURS, BACKUP_KEEP): `npm start`'s own process takes an online
// backup of the database into BACKUP_DIR at start when the newest there is older than the interval, then
// once every interval, and keeps the newest BACKUP_KEEP of them. Each is checked like `npm run db:backup`'s
// (db/backup.ts); a failed one is reported and the schedule goes on.
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '@/db/backup';

const NAME = /^watchfloor-\d{8}-\d{6}\.db$/;

/** `watchfloor-20261204-220000.db`, in UTC: names that sort by time. */
const nameAt = (now: Date) => `watchfloor-${now.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '-')}.db`;

/** The scheduled backups in `dir`, oldest first (other files are left alone). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort();
}

/** One scheduled backup: a new file in `dir`, then all but the newest `keep` removed. */
export async function runScheduledBackup({ database, dir, keep, now = new Date() }: { database: string; dir: string; keep: number; now?: Date }) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, nameAt(now));
  const { bytes } = await backupDatabase(database, file);
  const all = listBackups(dir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const old of removed) fs.rmSync(path.join(dir, old), { force: true });
  return { file, bytes, removed };
}

/** Whether the newest backup in `dir` is older than `everyMs` (or there is none). */
export function backupDue(dir: string, everyMs: number, now: Date = new Date()): boolean {
  const newest = listBackups(dir).at(-1);
  return !newest || now.getTime() - fs.statSync(path.join(dir, newest)).mtimeMs >= everyMs;
}

/** Starts the schedule; the timer does not keep the process alive on its own. */
export function scheduleBackups({ database, dir, everyHours, keep }: { database: string; dir: string; everyHours: number; keep: number }) {
  const everyMs = everyHours * 3600_000;
  const run = async () => {
    try {
      const { file, bytes, removed } = await runScheduledBackup({ database, dir, keep });
      console.log(`Backup: ${file} (${(bytes / 1e6).toFixed(1)} MB)${removed.length ? `; removed ${removed.length} older` : ''}.`);
    } catch (error) {
      console.error(`watchfloor: the scheduled backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (backupDue(dir, everyMs)) void run();
  setInterval(run, everyMs).unref();
}
