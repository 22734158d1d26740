// Importing events from a CSV (issue 11, docs/import.md): the rows read from the file (lib/import/read.ts)
// planned against the database (which would create an event, which update one, which change nothing,
// and what is wrong with each), then applied in one transaction: every row, or none.
import 'server-only';
import { getDb, type Executor } from '@/db';
import type { EventInput } from '@/lib/events/schema';
import { IMPORT_LIMITS } from '@/lib/import/columns';
import { readImport, type ImportRow, type RowError } from '@/lib/import/read';
import type { ImportCounts, ImportProgress, ImportReport, PreviewRow, RunProgress } from '@/lib/import/report';
import { sameInput, validateRow } from '@/lib/import/validate';
import { insertAuditEntry } from './audit';
import { updateEvent } from './event-edit';
import { getEvent, toEventInput } from './event-detail';
import { syncEventsSearch } from './event-search';
import { insertEvent } from './events';
import { suspendInsertTriggers } from './import-triggers';
import { findUnknownReferences } from './reference';

export type PlannedRow =
  { row: number; action: 'create'; input: EventInput } | { row: number; action: 'update' | 'unchanged'; id: number; version: number; input: EventInput };

export type ImportPlan = { rows: PlannedRow[]; errors: RowError[]; counts: ImportCounts };

const PROGRESS_EVERY = 1000;

type References = { row: number; countries: string[]; initiatives: string[] };

/** The countries and initiatives a row names, from its checked input or, when it failed a check, its raw cells. */
function referencesOf(row: number, fields: { countries?: unknown; initiatives?: unknown }): References {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  return {
    row,
    countries: list(fields.countries).map((c: { code?: unknown }) =>
      String(c?.code ?? '')
        .trim()
        .toUpperCase(),
    ),
    initiatives: list(fields.initiatives).map((s) => String(s).trim().toLowerCase()),
  };
}

function unknownReferenceErrors(named: References[], t: Executor): RowError[] {
  const unknown = findUnknownReferences(
    { countries: [...new Set(named.flatMap((n) => n.countries))], initiatives: [...new Set(named.flatMap((n) => n.initiatives))] },
    t,
  );
  if (!unknown.countries.length && !unknown.initiatives.length) return [];
  const countries = new Set(unknown.countries);
  const initiatives = new Set(unknown.initiatives);
  const errors: RowError[] = [];
  for (const n of named) {
    const codes = n.countries.filter((c) => countries.has(c));
    if (codes.length)
      errors.push({
        row: n.row,
        column: 'countries',
        message: `Unknown ${codes.length === 1 ? 'country' : 'countries'} ${codes.join(', ')}: use ISO 3166-1 alpha-3 codes such as NZL`,
      });
    const slugs = n.initiatives.filter((s) => initiatives.has(s));
    if (slugs.length)
      errors.push({
        row: n.row,
        column: 'initiatives',
        message: `Unknown ${slugs.length === 1 ? 'initiative' : 'initiatives'} ${slugs.join(', ')}: an initiative must exist before events name it`,
      });
  }
  return errors;
}

/**
 * What importing these rows would do, and what is wrong with each: a row without an id creates an event,
 * a row with one updates that event if it is still at the row's version (the edit form's check), and a
 * row that would change nothing is left alone. Unknown countries and initiatives are errors, never created.
 */
export function planImport(rows: ImportRow[], { onProgress }: { onProgress?: (p: ImportProgress) => void } = {}, t: Executor = getDb()): ImportPlan {
  const errors: RowError[] = [];
  const planned: PlannedRow[] = [];
  const named: References[] = [];
  const firstRowOfId = new Map<number, number>();
  rows.forEach((row, i) => {
    if (i % PROGRESS_EVERY === 0) onProgress?.({ phase: 'check', done: i, total: rows.length });
    if (row.id === null) {
      const valid = validateRow(row, null);
      named.push(referencesOf(row.row, valid.ok ? valid.input : row.fields));
      if (valid.ok) planned.push({ row: row.row, action: 'create', input: valid.input });
      else errors.push(...valid.errors);
      return;
    }
    const earlier = firstRowOfId.get(row.id);
    if (earlier) {
      errors.push({ row: row.row, column: 'id', message: `Event ${row.id} is on row ${earlier} too: give each event one row` });
      return;
    }
    firstRowOfId.set(row.id, row.row);
    const stored = getEvent(row.id, { includeDeleted: true }, t);
    if (!stored) {
      errors.push({ row: row.row, column: 'id', message: `No event has id ${row.id}: clear the id to create a new event` });
      return;
    }
    if (stored.deletedAt) {
      errors.push({ row: row.row, column: 'id', message: `Event ${row.id} is deleted: restore it before importing changes to it` });
      return;
    }
    if (stored.version !== row.version) {
      errors.push({
        row: row.row,
        column: 'version',
        message: `Event ${row.id} has changed since this file was exported (version ${stored.version} here, ${row.version} in the file): export it again and redo the change`,
      });
      return;
    }
    const before = toEventInput(stored);
    const valid = validateRow(row, before);
    named.push(referencesOf(row.row, valid.ok ? valid.input : row.fields));
    if (!valid.ok) {
      errors.push(...valid.errors);
      return;
    }
    planned.push({ row: row.row, action: sameInput(before, valid.input) ? 'unchanged' : 'update', id: row.id, version: stored.version, input: valid.input });
  });
  // An unknown country is news only where the cell has no other problem (a malformed code is both).
  const flagged = new Set(errors.map((e) => `${e.row}:${e.column}`));
  errors.push(...unknownReferenceErrors(named, t).filter((e) => !flagged.has(`${e.row}:${e.column}`)));
  errors.sort((a, b) => a.row - b.row);
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0 };
  for (const p of planned) counts[p.action] += 1;
  return { rows: planned, errors, counts };
}

export type ImportOutcome = { ok: true; counts: ImportCounts; createdIds: number[] } | { ok: false; errors: RowError[]; errorCount: number };

/** The first errors of a plan (a report lists at most IMPORT_LIMITS.maxListedErrors) and how many in all. */
export const listedErrors = (errors: RowError[]) => ({ errors: errors.slice(0, IMPORT_LIMITS.maxListedErrors), errorCount: errors.length });

/**
 * Applies an import in one transaction, planned again inside it so that nothing changed between a dry
 * run and now can slip through: if any row has an error, nothing is written. New events are created from
 * the last row up, so that same-day events of an export (newest first) keep the file's order when
 * exported again. Each event's change is audited as the edit form's is, and the import as a whole once.
 */
export function applyImport(
  rows: ImportRow[],
  { actorId, file, onProgress }: { actorId: number | null; file: string; onProgress?: (p: ImportProgress) => void },
  db: Executor = getDb(),
): ImportOutcome {
  return db.transaction((t): ImportOutcome => {
    const plan = planImport(rows, { onProgress }, t);
    if (plan.errors.length) return { ok: false, ...listedErrors(plan.errors) };
    const writes = plan.rows.filter((p) => p.action !== 'unchanged');
    const createdIds: number[] = [];
    const updatedIds: number[] = [];
    let done = 0;
    const step = () => {
      if (++done % PROGRESS_EVERY === 0) onProgress?.({ phase: 'write', done, total: writes.length });
    };
    // New events first, with the insert triggers set aside and their work done once for all of them
    // (import-triggers.ts); then the updates, under their triggers. Each group in reverse file order.
    const creates = writes.filter((p) => p.action === 'create').reverse();
    if (creates.length) {
      const resume = suspendInsertTriggers(t);
      for (const p of creates) {
        const created = insertEvent({ input: p.input, actorId, tx: t, deferSearch: true });
        // Planned inside this same transaction, so a refusal here is a bug, not bad input.
        if (!created.ok) throw new Error(`Import row ${p.row} was planned but refused: ${JSON.stringify(created.issues)}`);
        createdIds.push(created.value);
        step();
      }
      resume(createdIds);
    }
    for (const p of writes.filter((w) => w.action === 'update').reverse()) {
      if (p.action !== 'update') continue;
      const updated = updateEvent({ id: p.id, expectedVersion: p.version, input: p.input, actorId, tx: t, deferSearch: true });
      if (!updated.ok) throw new Error(`Import row ${p.row} was planned but refused: ${updated.code}`);
      updatedIds.push(p.id);
      step();
    }
    onProgress?.({ phase: 'write', done, total: writes.length });
    syncEventsSearch(t, [...createdIds, ...updatedIds]);
    insertAuditEntry({ actorId, action: 'event.import', entityType: 'import', entityId: null, after: { file, ...plan.counts }, detail: null }, t);
    return { ok: true, counts: plan.counts, createdIds: createdIds.reverse() };
  });
}

/**
 * One import from start to end, as `npm run import` runs it (and the upload route, through it): read the
 * file, plan it, and either report the plan (a dry run) or apply it in one transaction.
 */
export async function runImport(
  {
    chunks,
    dryRun,
    actorId,
    file,
    onProgress,
  }: {
    chunks: AsyncIterable<Uint8Array>;
    dryRun: boolean;
    actorId: number | null;
    /** The file's name, for the audit log. */
    file: string;
    onProgress?: (p: RunProgress) => void;
  },
  db: Executor = getDb(),
): Promise<ImportReport> {
  const read = await readImport(chunks, { onProgress: (p) => onProgress?.({ phase: 'read', ...p }) });
  if (!read.ok) return { ok: false, fileError: read.error };
  const base = { rows: read.count, warnings: read.warnings };
  if (dryRun || read.errors.length) {
    // One read transaction: the plan sees one state of the database, however long it takes.
    const plan = db.transaction((t) => planImport(read.rows, { onProgress }, t));
    const errors = [...read.errors, ...plan.errors].sort((a, b) => a.row - b.row);
    if (errors.length) return { ok: false, ...base, ...listedErrors(errors) };
    const preview = plan.rows
      .slice(0, IMPORT_LIMITS.maxListedRows)
      .map((p): PreviewRow => ({ row: p.row, action: p.action, id: p.action === 'create' ? null : p.id, date: p.input.date, title: p.input.title }));
    return { ok: true, dryRun: true, ...base, counts: plan.counts, preview };
  }
  const applied = applyImport(read.rows, { actorId, file, onProgress }, db);
  if (!applied.ok) return { ok: false, ...base, errors: applied.errors, errorCount: applied.errorCount };
  return { ok: true, dryRun: false, ...base, counts: applied.counts, preview: [] };
}
