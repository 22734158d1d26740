import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { requireUser } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage(props: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await props.searchParams;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-slate-600">
          {user.name} · {user.email} · {ROLE_LABELS[user.role]}
        </p>
      </div>
      {changed ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Password changed. Your other sessions have been signed out.
        </p>
      ) : null}
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="mb-4 text-lg font-medium">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
