import type { Metadata } from 'next';
import { listActiveSessions, SESSION_LIST_LIMIT } from '@/db/queries/sessions';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SessionList } from '@/components/account/session-list';
import { requireUser } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { describeUserAgent } from '@/lib/auth/user-agent';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage(props: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await props.searchParams;
  const sessions = listActiveSessions(user.id).map((s) => ({
    id: s.id,
    device: describeUserAgent(s.userAgent),
    ip: s.ip,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    current: s.id === user.sessionId,
  }));
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
      <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="sessions-heading" className="text-lg font-medium">
          Sessions
        </h2>
        <p className="mb-4 text-sm text-slate-600">
          Where your account is signed in. A session lasts 8 hours from sign-in; sign out any you do not recognise, and change your password.
        </p>
        <SessionList sessions={sessions} capped={sessions.length >= SESSION_LIST_LIMIT} />
      </section>
    </div>
  );
}
