// The only reader of process.env: every setting is parsed and validated here once.
import path from 'node:path';
import { z } from '@/lib/zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('./data/watchfloor.db'),
  PORT: z.coerce
    .number({ error: 'must be a port number (1-65535)' })
    .int('must be a port number (1-65535)')
    .min(1, 'must be a port number (1-65535)')
    .max(65535, 'must be a port number (1-65535)')
    .default(3000),
  HOSTNAME: z.string().min(1).default('0.0.0.0'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().optional(),
  TRUST_PROXY: bool,
  // The request log's level (scripts/request-log.mjs): info writes a line per request, warn only failures.
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent'], { error: 'must be one of debug, info, warn, error, silent' }).default('info'),
  // Sign-in attempts (and refusal counts) older than this are deleted; an address stays an account's
  // usual one (lib/auth/lockout.ts) for at most this long.
  SIGN_IN_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days (1-3650)' })
    .int('must be a whole number of days (1-3650)')
    .min(1, 'must be a whole number of days (1-3650)')
    .max(3650, 'must be a whole number of days (1-3650)')
    .default(90),
  // Scheduled backups by `npm start` (scripts/lib/scheduled-backups.ts); none without BACKUP_DIR.
  BACKUP_DIR: z.string().max(4096).optional(),
  BACKUP_EVERY_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours (1-720)' })
    .int('must be a whole number of hours (1-720)')
    .min(1, 'must be a whole number of hours (1-720)')
    .max(720, 'must be a whole number of hours (1-720)')
    .default(24),
  BACKUP_KEEP: z.coerce
    .number({ error: 'must be a whole number of backups (1-1000)' })
    .int('must be a whole number of backups (1-1000)')
    .min(1, 'must be a whole number of backups (1-1000)')
    .max(1000, 'must be a whole number of backups (1-1000)')
    .default(7),
});

export type Env = z.infer<typeof schema> & { DATABASE_PATH: string; DATA_DIR: string };

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError whose message is one line naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string in a .env file means "unset", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(`Invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const databasePath = path.resolve(result.data.DATABASE_PATH);
  return { ...result.data, DATABASE_PATH: databasePath, DATA_DIR: path.dirname(databasePath) };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** PASSWORD for `npm run user`: an operator's one-off input, deliberately not part of the app's settings. */
export function operatorPassword(): string | undefined {
  return process.env.PASSWORD || undefined;
}
