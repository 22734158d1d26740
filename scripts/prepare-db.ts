// Opens the configured database (creating and migrating it) and seeds it. `--no-seed` only migrates.
import { loadEnvConfig } from '@next/env';
import { getDb } from '@/db';
import { DatabaseOpenError } from '@/db/client';
import { seedDemoEvents, seedReferenceData } from '@/db/seed';
import { env, EnvError } from '@/lib/env';

// Scripts read .env files exactly as the Next server does, so `npm start` and the app agree on settings.
loadEnvConfig(process.cwd());

export function prepareDatabase({ seed }: { seed: boolean }) {
  const { DATABASE_PATH } = env();
  getDb();
  if (!seed) return;
  seedReferenceData();
  const loaded = seedDemoEvents();
  if (loaded) console.log(`Loaded ${loaded} demo events into ${DATABASE_PATH}.`);
}

/** Runs a script's main, turning known start-up failures into one line on stderr and exit code 1. */
export function runMain(main: () => void | Promise<void>) {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof EnvError || error instanceof DatabaseOpenError) {
        console.error(`watchfloor: ${error.message}`);
        process.exit(1);
      }
      throw error;
    });
}

if (process.argv[1] && /prepare-db\.ts$/.test(process.argv[1])) {
  runMain(() => prepareDatabase({ seed: !process.argv.includes('--no-seed') }));
}
