import Link from 'next/link';
import { signOutAction } from '@/app/login/actions';
import type { CurrentUser } from '@/lib/auth/guard';
import { can, ROLE_LABELS } from '@/lib/auth/roles';

export function AppHeader({ user }: { user: CurrentUser | null }) {
  const nav = [
    { href: '/', label: 'Overview' },
    { href: '/events', label: 'Timeline' },
    { href: '/countries', label: 'Stances' },
    { href: '/annotations', label: 'Annotations' },
    { href: '/views', label: 'Views' },
  ];
  if (user && can(user.role, 'restore')) nav.push({ href: '/events/deleted', label: 'Deleted events' });
  if (user && can(user.role, 'manage-users')) nav.push({ href: '/admin/users', label: 'Users' });
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-blue-700" />
          Watchfloor
        </Link>
        {user ? (
          <>
            <nav aria-label="Main" className="flex items-center gap-4 text-sm">
              {nav.map((item) => (
                <Link key={item.href} href={item.href} className="text-slate-600 hover:text-slate-900">
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <Link href="/account" className="text-slate-700 hover:text-slate-900" aria-label={`Account of ${user.name}`}>
                <span className="font-medium">{user.name}</span>
              </Link>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600" aria-label="Role">
                {ROLE_LABELS[user.role]}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline">
                  Sign out
                </button>
              </form>
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
