// Share-link tokens: 256 bits from the CSPRNG, kept only as their SHA-256 (docs/shared-views.md).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
// Compared against when no row has the hash, so an unknown token costs what a known one does.
const DUMMY_HASH = createHash('sha256').update('watchfloor: no such share link').digest('hex');

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token, shown to its owner once, and the hash that is stored. */
export function newShareToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashShareToken(token) };
}

/** Whether the text could be a token at all; a caller still hashes and compares when it is not. */
export function isTokenShaped(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}

/**
 * Whether the stored hash (or none) is the hash of the presented token, in time that does not depend on
 * where they differ or on whether a row was found.
 */
export function tokenMatches(stored: string | null, presented: string): boolean {
  const a = Buffer.from(stored ?? DUMMY_HASH, 'hex');
  const b = Buffer.from(hashShareToken(presented), 'hex');
  return timingSafeEqual(a, b) && stored !== null && isTokenShaped(presented);
}
