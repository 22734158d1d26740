// The first admin: created at start when the database has no users at all.
import 'server-only';
import { countUsers, insertUser } from '@/db/queries/users';
import { unwrap } from '@/lib/write-result';
import { env, EnvError } from '../env';
import { generatePassword, hashPassword, passwordSchema } from './password';

export type BootstrapResult = { created: false } | { created: true; email: string; generatedPassword: string | null };

export async function ensureFirstAdmin(): Promise<BootstrapResult> {
  if (countUsers() > 0) return { created: false };
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  const email = ADMIN_EMAIL ?? 'admin@localhost';
  let password = ADMIN_PASSWORD;
  if (password !== undefined) {
    const check = passwordSchema.safeParse(password);
    if (!check.success) throw new EnvError(`Invalid environment variable ADMIN_PASSWORD: ${check.error.issues[0]!.message}`);
  }
  const generated = password === undefined;
  password ??= generatePassword();
  unwrap(insertUser({ email, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(password), actorId: null }));
  return { created: true, email, generatedPassword: generated ? password : null };
}
