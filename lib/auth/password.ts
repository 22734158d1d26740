// Password hashing (argon2id) and the password rules every new password must pass.
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from '@/lib/zod';

// OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 lane. `algorithm: 2` is Argon2id; the
// package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'Use at most 256 characters')
  .refine((p) => !COMMON.has(p.toLowerCase()), 'This password is on a list of common passwords; choose another');

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email) it still runs one argon2
 * verification against a dummy, so a failure takes about as long whether or not the account exists.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(crypto.randomBytes(32).toString('base64'));
  const target = storedHash ?? (await dummyHash);
  let ok = false;
  try {
    ok = await verify(target, password);
  } catch {
    ok = false; // a malformed stored hash is a failed sign-in, not a crash
  }
  return ok && storedHash != null;
}

/** A random password for a new account or a reset: 20 characters from a URL-safe alphabet. */
export function generatePassword(): string {
  return crypto.randomBytes(15).toString('base64url');
}
