// What each role may do. Pages, actions and routes ask here instead of comparing role names.
import type { Role } from '../vocabulary';

export type Permission = 'read' | 'export' | 'write' | 'manage-users' | 'restore';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['read', 'export', 'write', 'manage-users', 'restore'],
  analyst: ['read', 'export', 'write'],
  viewer: ['read', 'export'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', analyst: 'Analyst', viewer: 'Viewer' };
