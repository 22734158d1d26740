// `npm start`: migrate and seed the database, build when the sources changed, then serve.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getDb } from '@/db';
import { env } from '@/lib/env';
import { buildIfStale } from './build-stamp';
import { scheduleBackups } from './lib/scheduled-backups';
import { prepareDatabase, runMain } from './prepare-db';

runMain(async () => {
  const config = env();
  await prepareDatabase({ seed: true });
  // The server opens its own connection; this process keeps none, so the server's close on shutdown is
  // the last one and SQLite removes the -wal.
  getDb().$client.close();
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_PATH: config.DATABASE_PATH };

  const built = buildIfStale(childEnv);
  if (built !== 0) {
    console.error('watchfloor: the build failed; see the output above.');
    process.exit(built);
  }

  const serverArgs = [path.join('scripts', 'server.mjs'), '--port', String(config.PORT), '--hostname', config.HOSTNAME, '--log-level', config.LOG_LEVEL];
  if (config.TRUST_PROXY) serverArgs.push('--trust-proxy');
  const server = spawn(process.execPath, serverArgs, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...childEnv, NODE_ENV: 'production' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));

  await waitForHealth(`http://127.0.0.1:${config.PORT}/api/health`);
  console.log(`\nWatchfloor is ready at http://localhost:${config.PORT}\n`);
  if (config.BACKUP_DIR) {
    const dir = path.resolve(config.BACKUP_DIR);
    console.log(`Backups every ${config.BACKUP_EVERY_HOURS} h into ${dir}, the newest ${config.BACKUP_KEEP} kept.`);
    scheduleBackups({ database: config.DATABASE_PATH, dir, everyHours: config.BACKUP_EVERY_HOURS, keep: config.BACKUP_KEEP });
  }
});

async function waitForHealth(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
