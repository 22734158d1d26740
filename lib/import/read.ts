// Reading an events CSV for import: bytes → UTF-8 text → records (csv-parse) → rows of event fields.
// Everything here is about the file itself (its encoding, header, shape and each cell's syntax); what the
// rows mean against the database (which events exist, which countries are known) is planned later
// (db/queries/event-import.ts). A problem with the whole file stops the read with one message; a problem
// with a cell is a row error, and reading goes on so that a dry run can list them all.
import { parse, type CsvError } from 'csv-parse';
import { LIST_SEPARATOR, restore } from '@/lib/export/csv';
import { DERIVED_COLUMNS, IMPORT_LIMITS, isWritable, KEY_COLUMNS, REQUIRED_FOR_NEW, WRITABLE_COLUMNS, formatBytes, type EventField } from './columns';

/** Row 1 is the header, so the first event is row 2, as a spreadsheet numbers it. */
export type RowError = { row: number; column: string | null; message: string };

export type ImportRow = {
  row: number;
  id: number | null;
  version: number | null;
  /** The fields this row's columns give, read but not yet validated; absent columns are absent here. */
  fields: Partial<Record<EventField, unknown>>;
};

export type ReadProgress = { bytes: number; rows: number };

export type ReadResult =
  | { ok: false; error: string }
  | {
      ok: true;
      columns: string[];
      rows: ImportRow[];
      errors: RowError[];
      warnings: string[];
      bytes: number;
      /** Rows with any cell filled in. */ count: number;
    };

const DEFAULT_ROLE = 'participant';
const WHOLE_NUMBER = /^[1-9][0-9]{0,14}$/;

const items = (cell: string) =>
  cell
    .split(LIST_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter(Boolean);

class CellError extends Error {}

/** `Name` or `Name (capacity)`, as the export writes people. */
function person(item: string) {
  const m = /^(.+?)\s*\((.*)\)$/s.exec(item);
  return m ? { name: m[1]!, capacity: m[2]!.trim() || null } : { name: item, capacity: null };
}

/** The `sources` cell: the export's JSON list of sources, snake_case keys. */
function sourcesOf(cell: string) {
  if (!cell) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    throw new CellError(
      'Give sources as the export writes them: a JSON list such as [{"url":"https://…","publisher":"…","title":"…","reliability":"B","credibility":2}]',
    );
  }
  if (!Array.isArray(parsed) || !parsed.every((s) => s !== null && typeof s === 'object' && !Array.isArray(s))) {
    throw new CellError('Give sources as a JSON list of objects, one per source');
  }
  return parsed.map((s: Record<string, unknown>) => ({
    url: s.url,
    publisher: s.publisher,
    title: s.title,
    publishedDate: s.published_date ?? null,
    reliability: s.reliability,
    credibility: s.credibility,
    quote: s.quote ?? null,
  }));
}

/** One cell as its field's raw value. Text cells lose the leading `'` an export adds (lib/export/csv.ts). */
function fieldValue(column: keyof typeof WRITABLE_COLUMNS, cell: string): unknown {
  switch (column) {
    case 'date':
      return cell.trim();
    case 'end_date':
      return cell.trim() || null;
    case 'countries':
      return items(restore(cell)).map((item) => {
        const [code, ...role] = item.split(':');
        return { code: code!.trim(), role: role.join(':').trim() || DEFAULT_ROLE };
      });
    case 'initiatives':
    case 'tags':
      return items(restore(cell));
    case 'people':
      return items(restore(cell)).map(person);
    case 'sources':
      return sourcesOf(restore(cell).trim());
    case 'location':
      return restore(cell).trim() || null;
    default:
      return restore(cell);
  }
}

function wholeNumber(cell: string, column: string): number | null {
  const text = cell.trim();
  if (!text) return null;
  if (!WHOLE_NUMBER.test(text)) throw new CellError(`Give ${column} as a whole number such as 42`);
  return Number(text);
}

/** What is wrong with a header, or null; and the warnings it earns. */
function checkHeader(columns: string[]): { error: string | null; warnings: string[] } {
  if (columns.length > IMPORT_LIMITS.maxColumns)
    return { error: `The header has ${columns.length} columns; an events CSV has at most ${IMPORT_LIMITS.maxColumns}.`, warnings: [] };
  const seen = new Set<string>();
  for (const name of columns) {
    if (!name) return { error: 'The header has an empty column name. The first line must name every column, as an export does.', warnings: [] };
    if (seen.has(name)) return { error: `The header names ${name} twice.`, warnings: [] };
    seen.add(name);
  }
  const known = (n: string) => isWritable(n) || (KEY_COLUMNS as readonly string[]).includes(n) || (DERIVED_COLUMNS as readonly string[]).includes(n);
  if (!columns.some(known)) {
    return {
      error: `The first line is not an events header: it names none of the export's columns (id, date, date_precision, title, type, …). Export events from Watchfloor to see the format.`,
      warnings: [],
    };
  }
  const missing = REQUIRED_FOR_NEW.filter((c) => !seen.has(c));
  if (missing.length && !seen.has('id')) {
    return { error: `The header lacks ${missing.join(', ')}: a file that creates events needs ${REQUIRED_FOR_NEW.join(', ')}.`, warnings: [] };
  }
  if (seen.has('id') !== seen.has('version')) {
    return {
      error: seen.has('id')
        ? 'The header has id but not version: an update must say which version it was exported at, so that a later edit is not overwritten.'
        : 'The header has version but not id.',
      warnings: [],
    };
  }
  const warnings: string[] = [];
  const derived = columns.filter((c) => (DERIVED_COLUMNS as readonly string[]).includes(c));
  if (derived.length) warnings.push(`Ignored ${derived.join(', ')}: Watchfloor computes ${derived.length === 1 ? 'it' : 'them'}.`);
  for (const name of columns.filter((c) => !known(c))) warnings.push(`Ignored the column ${JSON.stringify(name.slice(0, 64))}: the importer does not know it.`);
  return { error: null, warnings };
}

function rowOf(record: string[], columns: string[], row: number, errors: RowError[]): ImportRow | 'empty' | null {
  if (record.every((c) => c.trim() === '')) return 'empty'; // a spreadsheet's trailing ",,,," rows
  if (record.length !== columns.length) {
    const what = record.length > columns.length ? 'too many' : 'too few';
    errors.push({ row, column: null, message: `This row has ${record.length} cells, ${what} for the header’s ${columns.length}.` });
    return null;
  }
  const result: ImportRow = { row, id: null, version: null, fields: {} };
  let bad = false;
  record.forEach((cell, i) => {
    const column = columns[i]!;
    try {
      if (column === 'id') result.id = wholeNumber(cell, 'id');
      else if (column === 'version') result.version = wholeNumber(cell, 'version');
      else if (isWritable(column)) result.fields[WRITABLE_COLUMNS[column]] = fieldValue(column, cell);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.push({ row, column, message: error.message });
      bad = true;
    }
  });
  if (!bad && result.id !== null && result.version === null) {
    errors.push({ row, column: 'version', message: 'Give the version the event was exported at (the version column), or clear id to create a new event.' });
    bad = true;
  }
  return bad ? null : result;
}

/**
 * Passes the file's bytes on once they are known to be strict UTF-8, refusing a file over the byte limit.
 * The parser takes the bytes themselves: given text, it would encode it back to bytes first.
 */
async function* utf8Bytes(chunks: AsyncIterable<Uint8Array>, counted: (bytes: number) => void) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength;
      if (bytes > IMPORT_LIMITS.maxBytes)
        throw new FileError(`The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}, the most one import takes. Split it.`);
      counted(bytes);
      decoder.decode(chunk, { stream: true });
      yield chunk;
    }
    decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new FileError('The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.');
    throw error;
  }
}

class FileError extends Error {}

function csvErrorMessage(error: CsvError): string {
  const line = (error as { lines?: number }).lines;
  const where = line ? ` at line ${line}` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return `The CSV has a quote that is never closed${where}.`;
  if (error.code === 'CSV_MAX_RECORD_SIZE') return `A row${where} is longer than ${formatBytes(IMPORT_LIMITS.maxRecordBytes)}; is a quote left open?`;
  return `The CSV cannot be read${where}: ${error.message.split('.')[0]}.`;
}

/** Reads an events CSV into rows, listing what is wrong with each; or the one thing wrong with the file. */
export async function readImport(chunks: AsyncIterable<Uint8Array>, { onProgress }: { onProgress?: (p: ReadProgress) => void } = {}): Promise<ReadResult> {
  let bytes = 0;
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: IMPORT_LIMITS.maxRecordBytes });
  const feed = (async () => {
    try {
      for await (const chunk of utf8Bytes(chunks, (b) => (bytes = b))) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  let columns: string[] | null = null;
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  let warnings: string[] = [];
  let row = 1;
  let count = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!columns) {
        columns = record.map((c) => c.trim());
        const header = checkHeader(columns);
        if (header.error) throw new FileError(header.error);
        warnings = header.warnings;
        continue;
      }
      row += 1;
      if (row - 1 > IMPORT_LIMITS.maxRows)
        throw new FileError(`The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows, the most one import takes. Split it.`);
      const read = rowOf(record, columns, row, errors);
      if (read === 'empty') continue;
      count += 1;
      if (read) rows.push(read);
      if (row % 1000 === 0) onProgress?.({ bytes, rows: row - 1 });
    }
  } catch (error) {
    parser.destroy();
    await feed;
    if (error instanceof FileError) return { ok: false, error: error.message };
    if ((error as CsvError).code?.startsWith('CSV_')) return { ok: false, error: csvErrorMessage(error as CsvError) };
    throw error;
  }
  await feed;
  if (!columns) return { ok: false, error: 'The file is empty.' };
  if (count === 0) return { ok: false, error: 'The file has a header but no rows.' };
  onProgress?.({ bytes, rows: row - 1 });
  return { ok: true, columns, rows, errors, warnings, bytes, count };
}
