import { describe, expect, it } from 'vitest';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { accountLockedUntil, ipBlocked, pairRetryAt } from '@/lib/auth/lockout';
import { generatePassword, hashPassword, passwordSchema, verifyPassword } from '@/lib/auth/password';
import { safeReturnPath } from '@/lib/auth/return-to';
import { can } from '@/lib/auth/roles';

const minute = 60_000;
const t0 = new Date('2026-01-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

describe('account lockout', () => {
  it('locks for 15 minutes after 10 failures within 15 minutes', () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i));
    expect(accountLockedUntil(failures, at(10))).toEqual(at(24));
    expect(accountLockedUntil(failures, at(23.9))).toEqual(at(24));
    expect(accountLockedUntil(failures, at(24))).toBeNull();
  });

  it('does not lock for 9 failures, nor for 10 spread over more than 15 minutes', () => {
    expect(
      accountLockedUntil(
        Array.from({ length: 9 }, (_, i) => at(i)),
        at(9),
      ),
    ).toBeNull();
    expect(
      accountLockedUntil(
        Array.from({ length: 10 }, (_, i) => at(i * 2)),
        at(19),
      ),
    ).toBeNull();
  });

  it('lets one address try 5 times, then doubles its wait after each failure, up to 15 minutes', () => {
    const second = 1000;
    const failures = (n: number) => Array.from({ length: n }, () => t0);
    expect(pairRetryAt(failures(4), t0)).toBeNull();
    expect(pairRetryAt(failures(5), t0)).toEqual(new Date(t0.getTime() + second));
    expect(pairRetryAt(failures(8), t0)).toEqual(new Date(t0.getTime() + 8 * second));
    expect(pairRetryAt(failures(30), t0)).toEqual(at(15));
    expect(pairRetryAt(failures(8), new Date(t0.getTime() + 8 * second))).toBeNull();
  });

  it('blocks a client address at 100 failures', () => {
    expect(ipBlocked(99)).toBe(false);
    expect(ipBlocked(100)).toBe(true);
  });
});

describe('passwords', () => {
  it('requires 12 characters and refuses common passwords', () => {
    expect(passwordSchema.safeParse('short-pass').success).toBe(false);
    expect(passwordSchema.safeParse('password1234').success).toBe(false);
    expect(passwordSchema.safeParse('Password1234').success).toBe(false);
    expect(passwordSchema.safeParse('ferry-lantern-quartz').success).toBe(true);
    expect(passwordSchema.safeParse(generatePassword()).success).toBe(true);
  });

  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const hash = await hashPassword('ferry-lantern-quartz');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'ferry-lantern-quartz')).toBe(true);
    expect(await verifyPassword(hash, 'ferry-lantern-quartzz')).toBe(false);
    expect(await verifyPassword(null, 'ferry-lantern-quartz')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('return path after sign-in', () => {
  it('keeps same-site paths', () => {
    expect(safeReturnPath('/events?country=NZL#top')).toBe('/events?country=NZL#top');
    expect(safeReturnPath('/admin/users')).toBe('/admin/users');
  });

  it.each([
    '/a/..//evil.example',
    '/.//evil.example/x',
    '/%2e%2e//evil.example',
    '/x/%2e%2e//evil.example',
    '/x/%2E%2E/%2F/evil.example',
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example/',
    'http://localhost:3000/events',
    'javascript:alert(1)',
    '/%0d%0aLocation:x',
    '',
    undefined,
    '/login',
    ' /x',
  ])('refuses %j', (value) => {
    const result = safeReturnPath(value);
    // Wherever a browser resolves the result against our site, it stays on our site, and never on /login.
    expect(result).toMatch(/^\/(?![/\\])/);
    expect(new URL(result, 'http://watchfloor.invalid').host).toBe('watchfloor.invalid');
    expect(result).not.toMatch(/^\/login/);
  });
});

describe('client address', () => {
  it('takes the last X-Forwarded-For entry, the one our server or proxy wrote', () => {
    expect(clientIpFrom('1.2.3.4')).toBe('1.2.3.4');
    expect(clientIpFrom('6.6.6.6, 10.0.0.7')).toBe('10.0.0.7');
    expect(clientIpFrom(null)).toBe('unknown');
  });

  it('keys an IPv6 client by its /64, so it cannot rotate through its own block', () => {
    expect(clientIpFrom('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientIpFrom('2001:0DB8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(clientIpFrom('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(clientIpFrom('::1')).toBe('0:0:0:0::/64');
    expect(clientIpFrom('::ffff:10.1.2.3')).toBe('10.1.2.3');
  });
});

describe('roles', () => {
  it('gives each role its permissions', () => {
    expect(can('viewer', 'read')).toBe(true);
    expect(can('viewer', 'export')).toBe(true);
    expect(can('viewer', 'write')).toBe(false);
    expect(can('analyst', 'write')).toBe(true);
    expect(can('analyst', 'manage-users')).toBe(false);
    expect(can('admin', 'manage-users')).toBe(true);
  });
});
