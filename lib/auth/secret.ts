// The key that signs session cookies: AUTH_SECRET when set, else one generated once into the data folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env, EnvError } from '../env';

const MIN_LENGTH = 32;

export function secretFilePath(): string {
  return path.join(env().DATA_DIR, 'auth-secret');
}

function readSecret(file: string): string {
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_LENGTH) {
    throw new EnvError(
      `The session key in ${file} is shorter than ${MIN_LENGTH} characters; delete the file to generate a new one (everyone will have to sign in again)`,
    );
  }
  return secret;
}

/** Returns the secret, creating the file (mode 0600) on first use when AUTH_SECRET is unset. */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  const file = secretFilePath();
  if (fs.existsSync(file)) return readSecret(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole to a temporary file, then linked into place: the link fails if another process won
  // the race, and nobody ever reads a half-written key.
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temporary, crypto.randomBytes(48).toString('base64url'), { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return readSecret(file);
}
