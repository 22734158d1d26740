// The client address used for rate limiting.
import { isIPv6 } from 'node:net';

/**
 * Our server (scripts/server.mjs) overwrites X-Forwarded-For with the socket address unless TRUST_PROXY
 * is set, in which case the trusted proxy appends the address it saw. Either way the last entry is the one
 * nobody but us or our proxy wrote; earlier entries are whatever the client claimed.
 */
export function clientIpFrom(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(',').pop()?.trim();
  return last ? rateLimitKey(last.slice(0, 64)) : 'unknown';
}

/**
 * One key per client for the limits: an IPv4 address as it is, an IPv6 address by its /64, because
 * one subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g || '0').toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
