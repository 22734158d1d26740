import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

describe('environment', () => {
  it('has working defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_PATH).toBe(path.resolve('data/watchfloor.db'));
    expect(env.TRUST_PROXY).toBe(false);
    expect(env.SIGN_IN_RETENTION_DAYS).toBe(90);
  });

  it('stops with one line naming the bad variable', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(new EnvError('Invalid environment variable PORT: must be a port number (1-65535)'));
    expect(() => parseEnv({ ADMIN_EMAIL: 'nobody' })).toThrow(/^Invalid environment variable ADMIN_EMAIL: /);
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ SIGN_IN_RETENTION_DAYS: '0' })).toThrow(
      new EnvError('Invalid environment variable SIGN_IN_RETENTION_DAYS: must be a whole number of days (1-3650)'),
    );
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '' }).PORT).toBe(3000);
  });
});
