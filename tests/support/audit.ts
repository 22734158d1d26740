// Reads the audit trail of one entity, newest first, for assertions.
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';

export function listAudit(entityType: string, entityId: number | string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .all();
}
