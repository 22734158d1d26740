// Auth.js set-up: email and password sign-in. The JWT cookie carries the token of a server-side session
// (lib/auth/sessions.ts), which the guard checks on every request, so that signing out ends it for good.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { isDatabaseBusy } from '@/lib/database-busy';
import { z } from '@/lib/zod';
import { authenticate } from './authenticate';
import { clientIpFrom } from './client-ip';
import { authSecret } from './secret';
import { SESSION_MAX_AGE_SECONDS, startSession } from './sessions';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    /** The server-side session's token; only its hash is stored. */
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sid?: string;
  }
}

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
        let sid: string;
        try {
          sid = startSession({ userId: result.user.id, ip, userAgent: request.headers.get('user-agent') ?? '' });
        } catch (error) {
          if (isDatabaseBusy(error)) throw new SignInRefused('busy');
          throw error;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sid };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sid: token.sid };
    },
  },
}));
