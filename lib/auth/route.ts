// Wraps a route handler so it authorizes itself: 401 for anonymous callers, 403 for a missing permission;
// 503 when its write found the database locked by an import (lib/database-busy.ts).
import 'server-only';
import { DATABASE_BUSY, isDatabaseBusy } from '@/lib/database-busy';
import { authorize, type CurrentUser } from './guard';
import type { Permission } from './roles';

export function guardedRoute<C>(permission: Permission, handler: (request: Request, user: CurrentUser, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    const access = await authorize(permission);
    if (!access.ok) return Response.json({ error: access.message }, { status: access.status });
    try {
      return await handler(request, access.user, context);
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      return Response.json({ error: DATABASE_BUSY }, { status: 503, headers: { 'Retry-After': '60' } });
    }
  };
}
