import Link from 'next/link';
import type { Role } from '@/lib/vocabulary';
import { can } from '@/lib/auth/roles';

/** "New event", for the roles that may write; nothing for the others. */
export function NewEventLink({ role }: { role: Role }) {
  if (!can(role, 'write')) return null;
  return (
    <Link href="/events/new" className="no-print rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
      New event
    </Link>
  );
}
