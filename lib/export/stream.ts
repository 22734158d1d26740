// A CSV download streamed from batches of rows. better-sqlite3 is synchronous, so each batch holds the
// server for as long as it takes to read; between batches the stream yields to the event loop, so other
// requests are served beside a long export (docs/performance.md, "Export", measures it). The stream
// pulls a batch only when the client has taken the last one (backpressure: a slow reader holds one
// batch in memory, not the export), and stops reading at once when the client goes away.
import { csvText, type Column } from './csv';

export type ExportEnd = { rows: number; complete: boolean };

export function csvResponse<Row>({
  batches,
  columns,
  filename,
  bom = false,
  signal,
  onEnd,
}: {
  /** Each call of next() reads one batch; the generator is closed (return()) when the export stops early. */
  batches: Generator<Row[], void, undefined>;
  columns: readonly Column<Row>[];
  filename: string;
  bom?: boolean;
  /** The request's: aborted when the client disconnects. */
  signal?: AbortSignal;
  /** Once, when the export ends: after its last row, or when the client stopped it. */
  onEnd: (end: ExportEnd) => void;
}): Response {
  const encoder = new TextEncoder();
  let rows = 0;
  let ended = false;
  const end = (complete: boolean) => {
    if (ended) return;
    ended = true;
    batches.return();
    onEnd({ rows, complete });
  };
  signal?.addEventListener('abort', () => end(false), { once: true });
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // The header at once, so the first byte does not wait for the first batch's read.
        controller.enqueue(encoder.encode(csvText([], columns, { header: true, bom })));
      },
      async pull(controller) {
        // Let waiting requests run before this batch's synchronous read.
        await new Promise((resolve) => setImmediate(resolve));
        if (ended) return;
        const next = batches.next();
        if (next.done) {
          end(true);
          controller.close();
          return;
        }
        rows += next.value.length;
        controller.enqueue(encoder.encode(csvText(next.value, columns)));
      },
      cancel() {
        end(false);
      },
    },
    // One batch queued ahead at most: memory stays at a batch or two whatever the export's size.
    { highWaterMark: 1 },
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
