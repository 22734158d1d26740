'use server';
// Sign-in and sign-out: sign-in is the only action an anonymous caller may use.
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endSession } from '@/db/queries/sessions';
import { fieldErrorsOf, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/auth/guard';
import { signIn, signOut, SignInRefused } from '@/lib/auth/next-auth';
import { tooManyAttempts } from '@/lib/auth/lockout';
import { safeReturnPath } from '@/lib/auth/return-to';
import { isDatabaseBusy } from '@/lib/database-busy';

const GENERIC_FAILURE = 'Email or password is incorrect.';
const DATABASE_BUSY_SIGN_IN = 'Watchfloor is saving a large import right now and could not check your password. Try again in a minute.';

const signInInput = z.object({
  email: z.string().trim().min(1, 'Enter your email').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
  // Where to return after sign-in; an overlong one is dropped (the home page), not an error on a hidden field.
  from: z.string().max(2048).optional().catch(undefined),
});

export async function signInAction(_previous: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const parsed = signInInput.safeParse({ email: formData.get('email'), password: formData.get('password'), from: formData.get('from') ?? undefined });
  const email = typeof formData.get('email') === 'string' ? String(formData.get('email')) : '';
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: { email } };
  try {
    // redirect: false, then our own relative redirect below: Auth.js would follow `//host` callback values off-site.
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused || (error instanceof AuthError && error.type === 'CredentialsSignin')) {
      const { code, retryAt } = error as SignInRefused;
      if (code === 'busy') return { ok: false, message: DATABASE_BUSY_SIGN_IN, values: { email } };
      const refused = code === 'locked' || code === 'rate-limited';
      // Auth.js passes our error on; should a version not, the wait is unknown but the refusal is still said.
      const message = refused ? (retryAt instanceof Date ? tooManyAttempts(retryAt) : 'Too many failed attempts. Try again later.') : GENERIC_FAILURE;
      return { ok: false, message, values: { email } };
    }
    throw error;
  }
  redirect(safeReturnPath(parsed.data.from));
}

/** Ends this session on the server, so that a copy of its cookie no longer works, and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  let ended = true;
  if (user) {
    try {
      endSession({ sessionId: user.sessionId, userId: user.id, reason: 'sign-out', actorId: user.id });
    } catch (error) {
      // An import holds the write lock: the cookie is still cleared, and the sign-in page says what is left to do.
      if (!isDatabaseBusy(error)) throw error;
      ended = false;
    }
  }
  await signOut({ redirect: false });
  redirect(ended ? '/login' : '/login?signedOut=busy');
}
