// Runs before every page and route. Two jobs: a Content-Security-Policy with a fresh nonce on every
// response (lib/security/csp.ts), with HSTS over https; and, as a convenience only, sending visitors
// without a session cookie to the sign-in page, remembering where they were going. The security boundary
// is lib/auth/guard.ts, which every page, action and route calls itself.
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security/csp';

const PUBLIC = [/^\/login(\/|$)/, /^\/api\//, /^\/_next\//, /^\/favicon\.ico$/, /^\/shared\//];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const config = env();
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: config.NODE_ENV === 'development' });
  // Only a trusted proxy may say the client came over https.
  const https = request.nextUrl.protocol === 'https:' || (config.TRUST_PROXY && request.headers.get('x-forwarded-proto') === 'https');
  const secure = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', policy);
    if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((p) => p.test(pathname)) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // The policy on the request too: that is where Next reads the nonce for its own scripts.
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', policy);
    return secure(NextResponse.next({ request: { headers } }));
  }
  const target = new URL('/login', request.url);
  target.search = new URLSearchParams({ from: `${pathname}${search}` }).toString();
  // Next turns a same-host Location into a relative one, so the browser stays on the host it used
  // (localhost, 127.0.0.1 or a LAN name) whatever host Next believes it is serving.
  return secure(NextResponse.redirect(target));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
