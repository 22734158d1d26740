// The audit log: who did what, when, with the state before and after.
import 'server-only';
import { getDb, type Executor } from '@/db';
import { auditLog } from '@/db/schema';

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
};

export function insertAuditEntry(entry: AuditInput, tx: Executor = getDb()) {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      detail: entry.detail ?? null,
    })
    .run();
}
