// Opens the configured database (creating and migrating it) and seeds it. `--no-seed` only migrates.
import { loadEnvConfig } from '@next/env';
import { getDb } from '@/db';
import { DatabaseOpenError } from '@/db/client';
import { seedDemoEvents, seedDemoStances, seedReferenceData } from '@/db/seed';
import { ensureFirstAdmin } from '@/lib/auth/bootstrap';
import { authSecret } from '@/lib/auth/secret';
import { env, EnvError } from '@/lib/env';

// Scripts read .env files exactly as the Next server does, so `npm start` and the app agree on settings.
loadEnvConfig(process.cwd());

export async function prepareDatabase({ seed }: { seed: boolean }) {
  const { DATABASE_PATH } = env();
  getDb();
  // Created here, before the server starts, so that concurrent first requests never race to write it.
  authSecret();
  if (!seed) return;
  seedReferenceData();
  const loaded = seedDemoEvents();
  if (loaded) console.log(`Loaded ${loaded} demo events into ${DATABASE_PATH}.`);
  const stances = seedDemoStances();
  if (stances) console.log(`Loaded ${stances} demo stances and memberships.`);
  const admin = await ensureFirstAdmin();
  if (admin.created && admin.generatedPassword) {
    console.log(
      `\nCreated the first admin account. Sign in with\n  email:    ${admin.email}\n  password: ${admin.generatedPassword}\n` +
        'This password is shown only once: change it under Account after signing in.\n',
    );
  } else if (admin.created) {
    console.log(`Created the first admin account ${admin.email} from ADMIN_EMAIL / ADMIN_PASSWORD.`);
  }
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
