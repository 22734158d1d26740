// `npm run db:backup -- <file>`: an online backup of the configured database into a new file, taken with
// SQLite's backup API while the server runs, checked with integrity_check (db/backup.ts).
import { backupDatabase, BackupError } from '@/db/backup';
import { env } from '@/lib/env';
import { runMain } from './prepare-db';

runMain(async () => {
  const [file] = process.argv.slice(2);
  if (!file || file.startsWith('-')) {
    console.error('Usage: npm run db:backup -- <file>   (a new file; the database is DATABASE_PATH)');
    process.exit(2);
  }
  const t = performance.now();
  try {
    const { bytes, migrations } = await backupDatabase(env().DATABASE_PATH, file);
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    console.log(`Backed up ${env().DATABASE_PATH} to ${file}: ${(bytes / 1e6).toFixed(1)} MB, ${migrations} migrations, integrity ok (${seconds} s).`);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`watchfloor: ${error.message}`);
    process.exit(1);
  }
});
