import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/account/login-form';
import { getCurrentUser } from '@/lib/auth/guard';
import { safeReturnPath } from '@/lib/auth/return-to';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage(props: { searchParams: Promise<{ from?: string | string[] }> }) {
  const { from } = await props.searchParams;
  const returnTo = safeReturnPath(Array.isArray(from) ? from[0] : from);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to Watchfloor</h1>
      <p className="mb-5 mt-1 text-sm text-slate-600">Use the account an admin created for you.</p>
      <LoginForm from={returnTo} />
    </div>
  );
}
