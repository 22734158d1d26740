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

/** An export, when it ends: who, what and with which filters, how many rows, and whether it ran to its end. */
export function recordExport(
  {
    actorId,
    kind,
    filters,
    columns,
    rows,
    complete,
    via,
  }: { actorId: number | null; kind: string; filters: string; columns: string[]; rows: number; complete: boolean; via?: string },
  tx: Executor = getDb(),
) {
  insertAuditEntry(
    { actorId, action: `export.${kind}`, entityType: 'export', entityId: kind, after: { filters, columns, rows, complete }, detail: via ?? null },
    tx,
  );
}
