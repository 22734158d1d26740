// The parameters every export takes beside its filters: `columns` (a choice and order of columns) and
// `bom` (a byte-order mark for Excel). A bad one is a 400 that names it; the rest go to the filter parser.
import { chooseColumns, type Column } from './csv';

export type ExportRequest<Row> = { ok: true; columns: Column<Row>[]; bom: boolean; rest: URLSearchParams } | { ok: false; response: Response };

const refuse = (parameter: string, error: string): { ok: false; response: Response } => ({
  ok: false,
  response: Response.json({ error, parameter }, { status: 400 }),
});

export function exportRequest<Row>(params: URLSearchParams, all: readonly Column<Row>[]): ExportRequest<Row> {
  const rest = new URLSearchParams(params);
  rest.delete('columns');
  rest.delete('bom');
  if (params.getAll('columns').length > 1) return refuse('columns', 'Give columns once, as a comma-separated list');
  const chosen = chooseColumns(params.get('columns'), all);
  if (!chosen.ok) return refuse('columns', chosen.message);
  const bom = params.getAll('bom');
  if (bom.length > 1 || (bom.length === 1 && bom[0] !== '1' && bom[0] !== '0')) return refuse('bom', 'bom is 1 (add a byte-order mark for Excel) or 0');
  return { ok: true, columns: chosen.columns, bom: bom[0] === '1', rest };
}
