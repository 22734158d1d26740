// The key that signs session cookies: AUTH_SECRET when set, else one generated once into the data folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '../env';

export function secretFilePath(): string {
  return path.join(env().DATA_DIR, 'auth-secret');
}

/** Returns the secret, creating the file (mode 0600) on first use when AUTH_SECRET is unset. */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  const file = secretFilePath();
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if another process created it meanwhile; then theirs wins and we read it.
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim();
  }
}
