// Where to send a user after sign-in: only a path on this site, never another host.

/**
 * Returns `value` when it is a same-origin path (one leading slash, no scheme, no host, no backslash
 * tricks such as `/\evil.example`), else `/`. Absolute URLs are refused even for our own host, because
 * behind a proxy or on 127.0.0.1 the server cannot tell which host name the browser used.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const url = new URL(value, 'http://watchfloor.invalid');
    if (url.host !== 'watchfloor.invalid') return '/';
    // Check the result too: resolving dot segments turns `/a/..//evil.example` into `//evil.example`.
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (path.startsWith('//') || path.startsWith('/\\') || url.pathname === '/login') return '/';
    return path;
  } catch {
    return '/';
  }
}
