import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSecret, secretFilePath } from '@/lib/auth/secret';

describe('the session key', () => {
  it('is generated once into the data folder, readable only by its owner, and reused', () => {
    const file = secretFilePath();
    expect(path.dirname(file)).toBe(path.dirname(process.env.DATABASE_PATH!));
    const first = authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(authSecret()).toBe(first);
  });

  it('refuses a truncated key file with a message naming it', () => {
    fs.writeFileSync(secretFilePath(), 'short');
    expect(() => authSecret()).toThrow(/auth-secret is shorter than 32 characters/);
    fs.rmSync(secretFilePath());
  });
});
