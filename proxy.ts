// Convenience only: sends visitors without a session cookie to the sign-in page, remembering where they
// were going. The security boundary is lib/auth/guard.ts, which every page, action and route calls itself.
import { NextResponse, type NextRequest } from 'next/server';

const PUBLIC = [/^\/login(\/|$)/, /^\/api\//, /^\/_next\//, /^\/favicon\.ico$/, /^\/shared\//];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((p) => p.test(pathname))) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const target = new URL('/login', request.url);
  target.search = new URLSearchParams({ from: `${pathname}${search}` }).toString();
  // Next turns a same-host Location into a relative one, so the browser stays on the host it used
  // (localhost, 127.0.0.1 or a LAN name) whatever host Next believes it is serving.
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
