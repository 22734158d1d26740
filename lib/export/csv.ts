// CSV for spreadsheets and notebooks: RFC 4180 (comma, CRLF, a field with a comma, quote, CR or LF
// quoted, quotes doubled) through csv-stringify, and text that a spreadsheet would run as a formula
// defused as OWASP's CSV-injection guidance says, reversibly, so that an import gives back what was sent.
import { stringify } from 'csv-stringify/sync';

/**
 * First characters a spreadsheet may read as the start of a formula (OWASP: = + - @ tab CR; NUL; the
 * full-width forms Apple Numbers folds into them), and the quote itself: a text cell that begins with one
 * gets a leading `'`, so removing one leading `'` from any text cell gives back the original value.
 */
const DEFUSED_START = new Set(['=', '+', '-', '@', '\t', '\r', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'"]);

export function defuse(text: string): string {
  return text !== '' && DEFUSED_START.has(text[0]!) ? `'${text}` : text;
}

/** What `defuse` did, undone: for a text cell read back from an export. */
export function restore(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** The separator of a multi-valued cell (`NZL:participant; USA:host`). */
export const LIST_SEPARATOR = '; ';

/**
 * One column of an export. Text cells are defused; number and date cells (ids, counts, ISO dates and
 * timestamps, written by the app itself) are written as they are.
 */
export type Column<Row> = { name: string; kind: 'text' | 'number' | 'date'; value: (row: Row) => string | number | null | undefined };

export type ColumnChoice<Row> = { ok: true; columns: Column<Row>[] } | { ok: false; message: string };

/** At most this many names in `?columns=`; every export has fewer columns than this. */
const MAX_COLUMN_NAMES = 50;

/**
 * The columns `?columns=a,b,c` asks for, in its order, or every column when it is absent or empty. An
 * unknown or repeated name is refused with a message that names it.
 */
export function chooseColumns<Row>(param: string | null, all: readonly Column<Row>[]): ColumnChoice<Row> {
  if (param === null || param.trim() === '') return { ok: true, columns: [...all] };
  const names = param.split(',').map((n) => n.trim());
  if (names.length > MAX_COLUMN_NAMES) return { ok: false, message: `At most ${MAX_COLUMN_NAMES} columns` };
  const byName = new Map(all.map((c) => [c.name, c]));
  const chosen: Column<Row>[] = [];
  for (const name of names) {
    const column = byName.get(name);
    if (!column) return { ok: false, message: `Unknown column ${JSON.stringify(name.slice(0, 64))}; the columns are ${all.map((c) => c.name).join(',')}` };
    if (chosen.includes(column)) return { ok: false, message: `Column ${name} is asked for twice` };
    chosen.push(column);
  }
  return { ok: true, columns: chosen };
}

const UTF8_BOM = '\uFEFF';

/** Rows as CSV text, with the header line first when `header` (and a BOM before it when `bom`). */
export function csvText<Row>(rows: readonly Row[], columns: readonly Column<Row>[], { header = false, bom = false } = {}): string {
  const records = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return '';
      return c.kind === 'text' ? defuse(String(v)) : String(v);
    }),
  );
  if (header) records.unshift(columns.map((c) => c.name));
  // quote_record_delimiter: with a record delimiter of its own set, csv-stringify would otherwise quote a
  // field only for a CRLF, not for a lone CR or LF, which RFC 4180 and spreadsheets need quoted too.
  const text = records.length ? stringify(records, { record_delimiter: 'windows', quote_record_delimiter: true, eof: true }) : '';
  return bom ? UTF8_BOM + text : text;
}

/** `watchfloor-events-20261203-1405.csv`: what was exported, and when (UTC). */
export function exportFilename(kind: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 13).replace('T', '-');
  return `watchfloor-${kind}-${stamp}.csv`;
}
