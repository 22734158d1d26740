import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

describe('environment', () => {
  it('has working defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_PATH).toBe(path.resolve('data/watchfloor.db'));
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('stops with one line naming the bad variable', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(new EnvError('Invalid environment variable PORT: must be a port number (1-65535)'));
    expect(() => parseEnv({ ADMIN_EMAIL: 'nobody' })).toThrow(/^Invalid environment variable ADMIN_EMAIL: /);
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '' }).PORT).toBe(3000);
  });
});
