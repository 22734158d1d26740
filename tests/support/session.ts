// Stands in for the Auth.js session cookie in integration tests: the guard, the users and sessions tables
// and the actions stay real; only "what does the cookie carry" is set by the test, through sessionFor().
import { vi } from 'vitest';
import { startSession } from '@/lib/auth/sessions';

export const session: { current: { uid: number; sid: string } | null } = { current: null };

/** What the cookie of a fresh sign-in of this user carries: a real session row is opened for it. */
export function sessionFor(uid: number, { ip = '127.0.0.1', userAgent = 'vitest' }: { ip?: string; userAgent?: string } = {}) {
  return { uid, sid: startSession({ userId: uid, ip, userAgent }) };
}

vi.mock('@/lib/auth/next-auth', () => ({
  auth: async () => session.current,
  signIn: async () => undefined,
  signOut: async () => undefined,
  SignInRefused: class extends Error {},
}));

vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));

vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
  forbidden: () => {
    throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;403'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
  },
  notFound: () => {
    throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
}));
