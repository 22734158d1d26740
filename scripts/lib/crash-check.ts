// The crash test's verdict on a database a killed server left behind (docs/performance.md, "Crash safety"):
// the file passes integrity_check and holds every write the server acknowledged. Read-only, so that the
// check itself can neither repair nor hide what the crash did.
import type Database from 'better-sqlite3';
import { openReadOnly } from '@/db/client';

export type WriteKind = 'event' | 'stance' | 'annotation';
export const WRITE_KINDS: readonly WriteKind[] = ['event', 'stance', 'annotation'];

/** One write through a form: its unique text (an event's title, a stance's rationale, an annotation's body) and, when the answer named it, its id. */
export type CrashWrite = { kind: WriteKind; marker: string; id?: number };

export type CrashCheck = {
  /** integrity_check's answer: ['ok'], or its problems (or why the file could not be read at all). */
  integrity: string[];
  /** Acknowledged writes that are not in the database. */
  missing: CrashWrite[];
  /** How many of the writes whose answer never arrived were committed all the same. */
  unacknowledgedPresent: number;
};

export const isSound = (check: CrashCheck) => check.integrity.length === 1 && check.integrity[0] === 'ok' && check.missing.length === 0;

// Live rows only: a write that comes back deleted did not survive as the client was told it did.
const PRESENT: Record<WriteKind, string> = {
  event: 'SELECT id, title AS marker FROM events WHERE deleted_at IS NULL AND title IN (SELECT value FROM json_each(?))',
  stance: 'SELECT id, rationale AS marker FROM stances WHERE deleted_at IS NULL AND rationale IN (SELECT value FROM json_each(?))',
  annotation: 'SELECT id, body AS marker FROM annotations WHERE deleted_at IS NULL AND body IN (SELECT value FROM json_each(?))',
};

/** Which of `writes` are in the database: by marker, and by id as well where the write has one. */
function presentIn(db: Database.Database, writes: CrashWrite[]): Set<CrashWrite> {
  const present = new Set<CrashWrite>();
  for (const kind of WRITE_KINDS) {
    const ofKind = writes.filter((w) => w.kind === kind);
    if (!ofKind.length) continue;
    const rows = db.prepare(PRESENT[kind]).all(JSON.stringify(ofKind.map((w) => w.marker))) as { id: number; marker: string }[];
    const ids = new Map<string, Set<number>>();
    for (const row of rows) ids.set(row.marker, (ids.get(row.marker) ?? new Set()).add(row.id));
    for (const w of ofKind) {
      const found = ids.get(w.marker);
      if (found && (w.id === undefined || found.has(w.id))) present.add(w);
    }
  }
  return present;
}

/** Checks the database at `file`, which no server may have open for writing. */
export function checkCrashedDatabase(file: string, writes: { acknowledged: CrashWrite[]; unacknowledged?: CrashWrite[] }): CrashCheck {
  let db: Database.Database;
  try {
    db = openReadOnly(file);
  } catch (error) {
    return { integrity: [`cannot be opened: ${(error as Error).message}`], missing: writes.acknowledged, unacknowledgedPresent: 0 };
  }
  try {
    const integrity = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check);
    const present = presentIn(db, [...writes.acknowledged, ...(writes.unacknowledged ?? [])]);
    return {
      integrity,
      missing: writes.acknowledged.filter((w) => !present.has(w)),
      unacknowledgedPresent: (writes.unacknowledged ?? []).filter((w) => present.has(w)).length,
    };
  } catch (error) {
    // A page so damaged that reading it fails is as much a verdict as integrity_check's list.
    return { integrity: [`cannot be read: ${(error as Error).message.split('\n')[0]}`], missing: writes.acknowledged, unacknowledgedPresent: 0 };
  } finally {
    db.close();
  }
}
