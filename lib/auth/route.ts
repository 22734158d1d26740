// Wraps a route handler so it authorizes itself: 401 for anonymous callers, 403 for a missing permission.
import 'server-only';
import { authorize, type CurrentUser } from './guard';
import type { Permission } from './roles';

export function guardedRoute<C>(permission: Permission, handler: (request: Request, user: CurrentUser, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    const access = await authorize(permission);
    if (!access.ok) return Response.json({ error: access.message }, { status: access.status });
    return handler(request, access.user, context);
  };
}
