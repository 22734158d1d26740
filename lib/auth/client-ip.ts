// The client address used for rate limiting.

/**
 * Our server (scripts/server.mjs) overwrites X-Forwarded-For with the socket address unless TRUST_PROXY
 * is set, in which case the trusted proxy appends the address it saw. Either way the last entry is the one
 * nobody but us or our proxy wrote; earlier entries are whatever the client claimed.
 */
export function clientIpFrom(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(',').pop()?.trim();
  return last ? last.slice(0, 64) : 'unknown';
}
