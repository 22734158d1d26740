import type { Metadata } from 'next';
import { AddUserForm } from '@/components/admin/add-user-form';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatTimestamp } from '@/lib/dates';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  await requirePermission('manage-users');
  const users = listUsers();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="text-sm text-slate-600">Admins manage everything; analysts record and edit; viewers read and export.</p>
      </div>
      <section aria-labelledby="add-user" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="add-user" className="mb-4 text-lg font-medium">
          Add a user
        </h2>
        <AddUserForm />
      </section>
      <section aria-labelledby="all-users">
        <h2 id="all-users" className="mb-3 text-lg font-medium">
          All users ({users.length})
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">
                  User
                </th>
                <th scope="col" className="px-4 py-2">
                  Role
                </th>
                <th scope="col" className="px-4 py-2">
                  Status
                </th>
                <th scope="col" className="px-4 py-2">
                  Last sign-in
                </th>
                <th scope="col" className="px-4 py-2">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id} aria-label={u.email}>
                  <td className="px-4 py-3">
                    <div className="font-medium">{u.name}</div>
                    <div className="text-slate-500">{u.email}</div>
                  </td>
                  <td className="px-4 py-3">{ROLE_LABELS[u.role]}</td>
                  <td className="px-4 py-3">{u.disabledAt ? <span className="text-rose-700">Disabled</span> : 'Active'}</td>
                  <td className="px-4 py-3 tabular-nums text-slate-600">{u.lastSignInAt ? formatTimestamp(u.lastSignInAt) : 'Never'}</td>
                  <td className="px-4 py-3">
                    <UserRowActions key={`${u.id}-${u.role}-${!!u.disabledAt}`} id={u.id} email={u.email} role={u.role} disabled={!!u.disabledAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
