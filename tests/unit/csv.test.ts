// The CSV an export writes: RFC 4180 to the byte, spreadsheet-safe text, and a round trip that gives back
// every value (parse with csv-parse, undo the defusing).
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseColumns, csvText, defuse, exportFilename, restore, type Column } from '@/lib/export/csv';

type Row = { id: number; text: string; date: string };
const COLUMNS: Column<Row>[] = [
  { name: 'id', kind: 'number', value: (r) => r.id },
  { name: 'text', kind: 'text', value: (r) => r.text },
  { name: 'date', kind: 'date', value: (r) => r.date },
];
const row = (text: string): Row => ({ id: 1, text, date: '2024-10-07' });
const textCell = (text: string) => csvText([row(text)], COLUMNS).slice('1,'.length, -',2024-10-07\r\n'.length);

describe('RFC 4180', () => {
  it('writes a header, CRLF line ends, and quotes only what needs quoting', () => {
    expect(csvText([row('plain')], COLUMNS, { header: true })).toBe('id,text,date\r\n1,plain,2024-10-07\r\n');
  });

  it('quotes a field with a comma, a quote, a CR or an LF, and doubles its quotes', () => {
    expect(textCell('a, b')).toBe('"a, b"');
    expect(textCell('the "Quad"')).toBe('"the ""Quad"""');
    expect(textCell('line one\nline two')).toBe('"line one\nline two"');
    expect(textCell('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(textCell('both\r\nends')).toBe('"both\r\nends"');
  });

  it('writes Unicode as UTF-8 text unchanged: macrons, emoji, right-to-left', () => {
    for (const text of ['Aotearoa Māori Tūhoe', 'Defence 🛰️ uplink', 'وزارة الدفاع', 'עברית, with a comma']) {
      const [parsed] = parse(csvText([row(text)], COLUMNS), { record_delimiter: '\r\n' }) as string[][];
      expect(parsed![1]).toBe(text);
    }
  });

  it('puts a BOM before the header only when asked', () => {
    expect(csvText([], COLUMNS, { header: true, bom: true }).startsWith('\uFEFFid,text,date\r\n')).toBe(true);
    expect(csvText([], COLUMNS, { header: true }).startsWith('id')).toBe(true);
  });

  it('writes an empty cell for null and undefined', () => {
    const columns: Column<{ v: string | null }>[] = [{ name: 'v', kind: 'text', value: (r) => r.v }];
    expect(csvText([{ v: null }], columns)).toBe('\r\n');
  });
});

describe('spreadsheet safety (OWASP CSV injection)', () => {
  it('prefixes text that a spreadsheet would run as a formula with a single quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\0']) {
      expect(defuse(`${start}HYPERLINK("http://evil")`)).toBe(`'${start}HYPERLINK("http://evil")`);
    }
    expect(textCell('=1+1')).toBe("'=1+1");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\t=cmd')).toBe(`'\t=cmd`);
  });

  it('leaves other text, and number and date columns, as they are', () => {
    expect(defuse('New Zealand joins PIPIR')).toBe('New Zealand joins PIPIR');
    expect(defuse('')).toBe('');
    const negative: Column<{ n: number }>[] = [{ name: 'n', kind: 'number', value: (r) => r.n }];
    expect(csvText([{ n: -3 }], negative)).toBe('-3\r\n');
  });

  it('prefixes text that already starts with a quote, so that the prefix can always be undone', () => {
    expect(defuse("'=not a formula")).toBe("''=not a formula");
    expect(restore(defuse("'quoted'"))).toBe("'quoted'");
  });

  it('gives back every original value: parse the export, remove the prefix', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", '"', ',', 'a', 'ā', '🛰', 'ש'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const rows = texts.map((t, i) => ({ id: i + 1, text: t, date: '2024-10-07' }));
        // Any unquoted CR or LF ends a record here, so a field left unquoted would break the rows apart.
        const strictLines = { record_delimiter: ['\r\n', '\n', '\r'], columns: true as const };
        const records = parse(csvText(rows, COLUMNS, { header: true }), strictLines) as Record<string, string>[];
        expect(records.map((r) => restore(r.text!))).toEqual(texts);
        expect(records.map((r) => Number(r.id))).toEqual(rows.map((r) => r.id));
      }),
      { numRuns: 300 },
    );
  });
});

describe('chooseColumns', () => {
  it('takes every column by default, or the ones asked for in their order', () => {
    expect(chooseColumns(null, COLUMNS)).toMatchObject({ ok: true, columns: COLUMNS });
    const chosen = chooseColumns('date,id', COLUMNS);
    expect(chosen.ok && chosen.columns.map((c) => c.name)).toEqual(['date', 'id']);
  });

  it('names an unknown or repeated column', () => {
    expect(chooseColumns('id,titel', COLUMNS)).toEqual({ ok: false, message: expect.stringContaining('Unknown column "titel"') });
    expect(chooseColumns('id,id', COLUMNS)).toEqual({ ok: false, message: 'Column id is asked for twice' });
  });
});

it('names the file after what was exported and when, in UTC', () => {
  expect(exportFilename('events', new Date('2026-12-03T14:05:59.999Z'))).toBe('watchfloor-events-20261203-1405.csv');
});
