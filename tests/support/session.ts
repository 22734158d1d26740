// Stands in for the Auth.js session cookie in integration tests: the guard, the users table and the
// actions stay real; only "who does the cookie say this is" is set by the test.
import { vi } from 'vitest';

export const session: { current: { uid: number; sv: number } | null } = { current: null };

vi.mock('@/lib/auth/next-auth', () => ({
  auth: async () => session.current,
  signIn: async () => undefined,
  signOut: async () => undefined,
  SignInRefused: class extends Error {},
  SESSION_MAX_AGE_SECONDS: 28800,
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
