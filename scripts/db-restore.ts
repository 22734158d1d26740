// `npm run db:restore -- <file>`: replaces the configured database with a backup, only while Watchfloor
// is stopped. Refuses a file that is corrupt, not a Watchfloor database, or from a newer version; keeps
// the database it replaces beside it (db/backup.ts).
import { BackupError, restoreDatabase } from '@/db/backup';
import { env } from '@/lib/env';
import { runMain } from './prepare-db';

/** Whether a Watchfloor server answers on the configured port of this machine. */
async function serverAnswers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

runMain(async () => {
  const [file] = process.argv.slice(2);
  if (!file || file.startsWith('-')) {
    console.error('Usage: npm run db:restore -- <file>   (stop Watchfloor first; the database is DATABASE_PATH)');
    process.exit(2);
  }
  const { DATABASE_PATH, PORT } = env();
  console.log('A restore is safe only while Watchfloor is stopped: a running server would keep writing to the database it replaces.');
  if (await serverAnswers(PORT)) {
    console.error(`watchfloor: a server answers on port ${PORT}; stop it, then restore.`);
    process.exit(1);
  }
  try {
    const { keptAs, migrations } = restoreDatabase(file, DATABASE_PATH);
    console.log(`Restored ${file} (${migrations} migrations) to ${DATABASE_PATH}.${keptAs ? ` The database it replaced is kept as ${keptAs}.` : ''}`);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`watchfloor: nothing restored: ${error.message}`);
    process.exit(1);
  }
});
