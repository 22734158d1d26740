// Auth.js set-up: email and password sign-in, stateless JWT sessions that expire after 8 hours.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from '@/lib/zod';
import { authenticate } from './authenticate';
import { clientIpFrom } from './client-ip';
import { authSecret } from './secret';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
  }
  interface User {
    sv?: number;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Thrown from authorize so the sign-in action can tell a lockout (which says "wait") from a failure. */
export class SignInRefused extends CredentialsSignin {
  constructor(
    code: 'invalid' | 'locked' | 'rate-limited' | 'busy',
    /** Until when a locked or rate-limited sign-in must wait. */
    readonly retryAt?: Date,
  ) {
    super();
    this.code = code;
  }
}

const credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

// The config is built per request so the secret is read at run time, never at build time.
export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Sign-in must work on localhost, 127.0.0.1, a LAN name or behind a proxy: trust the request's host,
  // and keep every redirect relative (see lib/auth/return-to.ts).
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  logger: {
    // A refused sign-in is an expected outcome, recorded in the audit log; not a server error to print.
    error(error) {
      if (error.name === 'CredentialsSignin' || error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new SignInRefused('invalid');
        const ip = clientIpFrom(request.headers.get('x-forwarded-for'));
        const result = await authenticate({ ...parsed.data, ip });
        if (!result.ok) throw new SignInRefused(result.reason, 'retryAt' in result ? result.retryAt : undefined);
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
}));
