// The Content-Security-Policy, built per request with a fresh nonce (proxy.ts). Scripts run only with the
// nonce, and what they load ('strict-dynamic'); no inline script and no other origin. Next finds the
// nonce in the request's policy and puts it on its own scripts. Styles keep 'unsafe-inline': the charts
// and maps set style attributes, and a style cannot run code.

export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    // Dev mode's refresh runtime needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** HSTS, sent only on https (a browser ignores it on http, and it must not pin a plain-http install). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
