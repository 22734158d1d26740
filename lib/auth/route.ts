// Wraps a route handler so it authorizes itself: 401 for anonymous callers, 403 for a missing permission;
// 503 when its write found the database locked by an import (lib/database-busy.ts); for a read the pool
// stopped at its budget, 422 with the budget (asking again would only be stopped again), and 503 when the
// pool has too many waiting (lib/reads/pool.ts).
import 'server-only';
import { DATABASE_BUSY, isDatabaseBusy } from '@/lib/database-busy';
import { isReadsBusy, stoppedBudget } from '@/lib/reads/errors';
import { authorize, type CurrentUser } from './guard';
import type { Permission } from './roles';

export function guardedRoute<C>(permission: Permission, handler: (request: Request, user: CurrentUser, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    const access = await authorize(permission);
    if (!access.ok) return Response.json({ error: access.message }, { status: access.status });
    try {
      return await handler(request, access.user, context);
    } catch (error) {
      const budgetMs = stoppedBudget(error);
      if (budgetMs !== null) return Response.json({ error: (error as Error).message, budgetMs }, { status: 422 });
      if (isReadsBusy(error)) return Response.json({ error: (error as Error).message }, { status: 503, headers: { 'Retry-After': '5' } });
      if (!isDatabaseBusy(error)) throw error;
      return Response.json({ error: DATABASE_BUSY }, { status: 503, headers: { 'Retry-After': '60' } });
    }
  };
}
