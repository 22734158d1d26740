// The audit log: who did what, when, with the state before and after.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { auditLog } from '@/db/schema';
import { preparedPerConnection } from './statements';

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
};

const p = (name: keyof AuditInput) => sql.placeholder(name);
// The states are bound as text (JSON.stringify, as the column's encoder would) through bare placeholders,
// because the encoder would store a missing state as the JSON text 'null' rather than as NULL.
const raw = (name: keyof AuditInput) => sql`${p(name)}`;
// An import writes one entry per event, so the insert is compiled once per connection.
const insertStatement = preparedPerConnection((t) =>
  t
    .insert(auditLog)
    .values({
      actorId: p('actorId'),
      action: p('action'),
      entityType: p('entityType'),
      entityId: p('entityId'),
      before: raw('before'),
      after: raw('after'),
      detail: p('detail'),
    })
    .prepare(),
);

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

export function insertAuditEntry(entry: AuditInput, tx: Executor = getDb()) {
  insertStatement(tx).run({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: json(entry.before),
    after: json(entry.after),
    detail: entry.detail ?? null,
  });
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
