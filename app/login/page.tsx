import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/account/login-form';
import { getCurrentUser } from '@/lib/auth/guard';
import { safeReturnPath } from '@/lib/auth/return-to';

export const metadata: Metadata = { title: 'Sign in' };

const SIGNED_OUT: Record<string, string> = {
  everywhere: 'You are signed out everywhere: every session of your account has ended.',
  busy: 'You are signed out in this browser, but Watchfloor was saving an import and could not end the session on the server. It ends when it expires; to end it now, sign in and use “Sign out everywhere” on your account page.',
};

export default async function LoginPage(props: { searchParams: Promise<{ from?: string | string[]; signedOut?: string | string[] }> }) {
  const { from, signedOut } = await props.searchParams;
  const notice = typeof signedOut === 'string' ? SIGNED_OUT[signedOut] : undefined;
  const returnTo = safeReturnPath(Array.isArray(from) ? from[0] : from);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to Watchfloor</h1>
      <p className="mb-5 mt-1 text-sm text-slate-600">Use the account an admin created for you.</p>
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
          {notice}
        </p>
      ) : null}
      <LoginForm from={returnTo} />
    </div>
  );
}
